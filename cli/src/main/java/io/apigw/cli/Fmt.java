package io.apigw.cli;

import io.apigw.model.Parsed;
import io.apigw.model.dsl.Dsl;
import io.apigw.openapi.ApiFiles;
import io.apigw.openapi.OpenApi;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code apigw fmt}: rewrite DSL files in canonical form, comments kept. */
@Command(
    name = "fmt",
    description = {
      "Rewrite apigw DSL files in canonical form (comments are kept).",
      "With --check, change nothing and exit 1 when a file is not in canonical form.",
    },
    mixinStandardHelpOptions = true)
final class Fmt implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "apigw DSL files.")
  List<Path> files;

  @Option(names = "--check", description = "Report files that would change; change nothing.")
  boolean check;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Definitions definitions = new Definitions(OpenApi.ReaderOptions.defaults());
    int code = ExitCode.OK;
    for (Path file : files) {
      ApiFiles.Loaded loaded = definitions.load(file);
      if (loaded.kind() != ApiFiles.Kind.DSL) {
        err.println("apigw: " + file + " is not an apigw DSL file; use `apigw convert --to dsl`");
        code = Math.max(code, ExitCode.INVALID_INPUT);
        continue;
      }
      Parsed<String> formatted = Dsl.format(loaded.fileName(), loaded.text());
      definitions.print(formatted.diagnostics(), err);
      if (formatted.hasErrors() || formatted.value() == null) {
        err.println("apigw: " + file + ": " + Definitions.summary(formatted.diagnostics()));
        code = Math.max(code, Definitions.exitCode(formatted.diagnostics()));
        continue;
      }
      if (formatted.value().equals(loaded.text())) {
        continue;
      }
      if (check) {
        out.println("would reformat " + file);
        code = Math.max(code, ExitCode.FINDINGS);
      } else {
        Output.write(file, formatted.value(), true);
        out.println("reformatted " + file);
      }
    }
    out.flush();
    return code;
  }
}
