package io.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void versionNamesTheTool() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("apigw ");
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    Cli.Result result = Cli.run("--help");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("validate", "routes", "convert", "fmt", "internal error");
  }

  @Test
  void noCommandIsAUsageMistake() {
    Cli.Result result = Cli.run();

    assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("missing command", "Usage: apigw");
  }

  @Test
  void anUnknownCommandIsAUsageMistake() {
    Cli.Result result = Cli.run("rotues", Cli.sample("petstore.apigw"));

    assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("rotues");
  }

  @Test
  void aMissingFileIsInvalidInputWithoutAStackTrace() {
    Cli.Result result = Cli.run("routes", "no/such/file.apigw");

    assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).isEqualTo("apigw: no such file: no/such/file.apigw\n");
  }
}
