package io.apigw.cli;

import io.apigw.model.Api;
import io.apigw.openapi.ApiFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code apigw validate}: read definitions and check that every reference leads somewhere. */
@Command(
    name = "validate",
    description = {
      "Check definitions: every reference defined, nothing defined twice.",
      "Reports unknown authorizers, functions, plans, stages, keys, models and",
      "validators, duplicate routes and names, and every syntax error, with positions.",
    },
    mixinStandardHelpOptions = true)
final class Validate implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SpecMixin reading;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "DSL or OpenAPI files.")
  List<Path> files;

  @Option(
      names = "--spec",
      description = {
        "Also check OpenAPI files against the OpenAPI specification (swagger-parser's",
        "checks, reported as warnings; about five times slower)."
      })
  boolean specChecks;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    Definitions definitions = new Definitions(reading.openApiOptions().withValidation(specChecks));
    int code = ExitCode.OK;
    for (Path file : files) {
      ApiFiles.Loaded loaded = definitions.load(file);
      definitions.print(loaded.parsed().diagnostics(), out);
      Api api = loaded.parsed().value();
      String verdict = Definitions.summary(loaded.parsed().diagnostics());
      if (api != null && !loaded.parsed().hasErrors()) {
        out.printf(
            "%s: %s (%s API `%s`, %s)%n",
            file,
            verdict,
            api.protocol().name(),
            api.name(),
            Definitions.count(api.routes().size(), "route"));
      } else {
        out.printf("%s: %s%n", file, verdict);
        code = Math.max(code, Definitions.exitCode(loaded.parsed().diagnostics()));
      }
    }
    out.flush();
    return code;
  }
}
