package io.apigw.cli;

import io.apigw.model.Api;
import io.apigw.model.Diagnostic;
import io.apigw.model.DiagnosticPrinter;
import io.apigw.model.Severity;
import io.apigw.openapi.ApiFiles;
import io.apigw.openapi.OpenApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads definition files for the commands and prints what the readers found. */
final class Definitions {
  private final Map<String, String> texts = new HashMap<>();
  private final DiagnosticPrinter printer = DiagnosticPrinter.of(this::text);

  private final OpenApi.ReaderOptions openApiOptions;

  Definitions(SpecMixin spec) {
    this(spec.openApiOptions());
  }

  Definitions(OpenApi.ReaderOptions openApiOptions) {
    this.openApiOptions = openApiOptions;
  }

  ApiFiles.Loaded load(Path file) throws IOException {
    ApiFiles.Loaded loaded = ApiFiles.load(file, openApiOptions);
    texts.put(loaded.fileName(), loaded.text());
    return loaded;
  }

  /**
   * Loads a file for a command that needs a usable model: prints the diagnostics to {@code err} and
   * stops the command (exit 2) when there are errors.
   */
  Api loadValid(Path file, PrintWriter err) throws IOException {
    ApiFiles.Loaded loaded = load(file);
    List<Diagnostic> diagnostics = loaded.parsed().diagnostics();
    print(diagnostics, err);
    if (loaded.parsed().hasErrors() || loaded.parsed().value() == null) {
      throw new UserError(file + ": " + summary(diagnostics), exitCode(diagnostics));
    }
    return loaded.parsed().value();
  }

  void print(List<Diagnostic> diagnostics, PrintWriter writer) {
    for (Diagnostic diagnostic : diagnostics) {
      writer.print(printer.print(diagnostic));
    }
    writer.flush();
  }

  /** 4 when a reader met a bug of its own, else 2: the input has mistakes. */
  static int exitCode(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(Diagnostic::isInternal)
        ? ExitCode.INTERNAL
        : ExitCode.INVALID_INPUT;
  }

  /** {@code 2 errors, 1 warning}, or {@code ok}. */
  static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    if (errors == 0 && warnings == 0) {
      return "ok";
    }
    StringBuilder out = new StringBuilder();
    if (errors > 0) {
      out.append(count(errors, "error"));
    }
    if (warnings > 0) {
      out.append(out.length() > 0 ? ", " : "").append(count(warnings, "warning"));
    }
    return out.toString();
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private String text(String fileName) {
    return texts.computeIfAbsent(
        fileName,
        name -> {
          try {
            return Files.readString(Path.of(name));
          } catch (IOException | RuntimeException e) {
            return null;
          }
        });
  }
}
