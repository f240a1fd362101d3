package io.apigw.cli;

import io.apigw.openapi.OpenApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Where a command that writes a document puts it: standard output, or {@code --output F} (never
 * replacing a file without {@code --force}), as YAML or JSON.
 */
final class OutputMixin {
  enum Format {
    yaml,
    json
  }

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @Option(
      names = "--format",
      description = "yaml or json (default: json when --output ends in .json, else yaml).")
  Format format;

  @Option(names = "--force", description = "Replace the --output file if it exists.")
  boolean force;

  /** The format asked for, or the one the output file's name says. */
  OpenApi.Format format() {
    if (format != null) {
      return format == Format.json ? OpenApi.Format.JSON : OpenApi.Format.YAML;
    }
    boolean json = output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return json ? OpenApi.Format.JSON : OpenApi.Format.YAML;
  }

  /** Writes the text to {@code --output} (atomically), or to {@code out}. */
  void emit(String text, PrintWriter out) throws IOException {
    if (output == null) {
      out.print(text);
      out.flush();
    } else {
      Output.write(output, text, force);
    }
  }
}
