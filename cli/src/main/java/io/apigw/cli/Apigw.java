package io.apigw.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command: global options and the list of verbs. */
@Command(
    name = "apigw",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Serve, check and convert AWS API Gateway definitions: OpenAPI / Swagger with the",
      "x-amazon-apigateway-* extensions, or the compact apigw DSL.",
    },
    subcommands = {
      Serve.class,
      Validate.class,
      Lint.class,
      Routes.class,
      Convert.class,
      Generate.class,
      Fmt.class,
      Deploy.class,
      Plan.class,
      Destroy.class,
      Train.class
    },
    footer = {
      "",
      "Exit codes:",
      "  0  ok",
      "  1  findings, or fmt --check would change a file",
      "  2  invalid input or usage",
      "  3  AWS or deploy failure",
      "  4  internal error (a bug; --debug prints the stack trace)",
    })
final class Apigw implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of internal errors.")
  boolean debug;

  /** Without a command: the usage, on standard error, as for any other usage mistake. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("apigw: missing command");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.INVALID_INPUT;
  }
}
