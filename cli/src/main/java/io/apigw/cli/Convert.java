package io.apigw.cli;

import io.apigw.model.Api;
import io.apigw.model.dsl.Dsl;
import io.apigw.openapi.OpenApi;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code apigw convert}: DSL to OpenAPI and back. */
@Command(
    name = "convert",
    description =
        "Convert a definition to the apigw DSL or to OpenAPI 3.0 with the API Gateway extensions.",
    mixinStandardHelpOptions = true)
final class Convert implements Callable<Integer> {
  enum Target {
    dsl,
    openapi
  }

  enum Format {
    yaml,
    json
  }

  @Spec CommandSpec spec;

  @Mixin SpecMixin reading;

  @Parameters(paramLabel = "FILE", description = "A DSL or OpenAPI file.")
  Path file;

  @Option(names = "--to", required = true, description = "dsl or openapi.")
  Target target;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @Option(
      names = "--format",
      description =
          "OpenAPI as yaml or json (default: json when --output ends in .json, else yaml).")
  Format format;

  @Option(names = "--force", description = "Replace the --output file if it exists.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    Api api = new Definitions(reading).loadValid(file, spec.commandLine().getErr());
    String text =
        switch (target) {
          case dsl -> Dsl.writer().write(api);
          case openapi -> OpenApi.writer(openApiFormat()).write(api);
        };
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      Output.write(output, text, force);
    }
    return ExitCode.OK;
  }

  private OpenApi.Format openApiFormat() {
    if (format != null) {
      return format == Format.json ? OpenApi.Format.JSON : OpenApi.Format.YAML;
    }
    boolean json = output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return json ? OpenApi.Format.JSON : OpenApi.Format.YAML;
  }
}
