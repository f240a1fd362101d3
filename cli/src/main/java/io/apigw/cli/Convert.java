package io.apigw.cli;

import io.apigw.model.Api;
import io.apigw.model.dsl.Dsl;
import io.apigw.openapi.OpenApi;
import java.nio.file.Path;
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

  @Spec CommandSpec spec;

  @Mixin SpecMixin reading;

  @Mixin OutputMixin writing;

  @Parameters(paramLabel = "FILE", description = "A DSL or OpenAPI file.")
  Path file;

  @Option(names = "--to", required = true, description = "dsl or openapi.")
  Target target;

  @Override
  public Integer call() throws Exception {
    Api api = new Definitions(reading).loadValid(file, spec.commandLine().getErr());
    String text =
        switch (target) {
          case dsl -> Dsl.writer().write(api);
          case openapi -> OpenApi.writer(writing.format()).write(api);
        };
    writing.emit(text, spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
