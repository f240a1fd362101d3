package io.apigw.cli;

import io.apigw.deployers.generate.Generator;
import io.apigw.model.Api;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code apigw generate}: a SAM or CloudFormation template, or an OpenAPI document to import. */
@Command(
    name = "generate",
    description = {
      "Generate a SAM template, a CloudFormation template, or OpenAPI 3.0 with the API Gateway",
      "extensions ready for aws apigateway import-rest-api / apigatewayv2 import-api."
    },
    mixinStandardHelpOptions = true)
final class Generate implements Callable<Integer> {
  enum Target {
    sam,
    cloudformation,
    openapi
  }

  @Spec CommandSpec spec;

  @Mixin SpecMixin reading;

  @Mixin OutputMixin writing;

  @Parameters(index = "0", paramLabel = "TARGET", description = "sam, cloudformation or openapi.")
  Target target;

  @Parameters(index = "1", paramLabel = "FILE", description = "A DSL or OpenAPI file.")
  Path file;

  @Option(
      names = "--stage",
      paramLabel = "S",
      description = "Generate only this stage (default: every stage of the definition).")
  String stage;

  @Override
  public Integer call() throws Exception {
    Api api = new Definitions(reading).loadValid(file, spec.commandLine().getErr());
    Generator.Options options =
        Generator.Options.defaults()
            .withStage(stage)
            .withFormat(writing.format())
            .withCodePath(this::codePath);
    String text;
    try {
      text =
          Generator.generate(
              api, Generator.Target.valueOf(target.name().toUpperCase(Locale.ROOT)), options);
    } catch (IllegalArgumentException e) {
      throw new UserError(file + ": " + e.getMessage());
    }
    writing.emit(text, spec.commandLine().getOut());
    return ExitCode.OK;
  }

  /**
   * A function's code path is relative to the definition; SAM's CodeUri is relative to the
   * template, so it is rewritten for where the template goes.
   */
  private String codePath(String code) {
    Path definitionDir = file.toAbsolutePath().normalize().getParent();
    Path templateDir =
        writing.output == null
            ? Path.of("").toAbsolutePath()
            : writing.output.toAbsolutePath().normalize().getParent();
    Path target = definitionDir.resolve(code).normalize();
    String relative = templateDir.relativize(target).toString().replace('\\', '/');
    if (relative.isEmpty()) {
      relative = ".";
    }
    return code.endsWith("/") && !relative.endsWith("/") ? relative + "/" : relative;
  }
}
