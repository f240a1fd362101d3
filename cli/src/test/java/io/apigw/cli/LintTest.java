package io.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static final String NO_ACCESS_LOG =
      """
      api Orders: rest, regional
      stage prod log error
      GET /orders -> mock 200 {"orders":[]}
      """;

  @Test
  void warningsPrintAsTextAndPassAtTheDefaultFailSeverity() throws Exception {
    Path file = write("orders.apigw", NO_ACCESS_LOG);

    Cli.Result result = Cli.run("lint", "--format", "text", file.toString());

    assertThat(result.code()).isZero();
    assertThat(result.out())
        .contains(file + ":2:1  warning  W7001  stage `prod` writes no access log")
        .containsPattern("\\d+ problems? \\(0 errors, \\d+ warnings?, \\d+ info\\) in 1 file of 1");
  }

  @Test
  void failSeverityWarningExitsOne() throws Exception {
    Path file = write("orders.apigw", NO_ACCESS_LOG);

    Cli.Result result = Cli.run("lint", "--fail-severity", "warning", file.toString());

    assertThat(result.code()).isEqualTo(ExitCode.FINDINGS);
  }

  @Test
  void aConfigFileUpwardsTurnsARuleOffOrUp() throws Exception {
    Path file = write("apis/orders.apigw", NO_ACCESS_LOG);
    write(".apigw-lint.yaml", "rules:\n  W7001: error\n");

    Cli.Result up = Cli.run("lint", file.toString());
    assertThat(up.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(up.out()).contains("error    W7001");

    write(".apigw-lint.yaml", "rules:\n  W7001: off\n");
    assertThat(Cli.run("lint", file.toString()).out()).doesNotContain("W7001");
  }

  @Test
  void ignoredPathsAreNotLinted() throws Exception {
    Path file = write("generated/orders.apigw", NO_ACCESS_LOG);
    write(".apigw-lint.yaml", "ignore: ['generated/**']\n");

    Cli.Result result = Cli.run("lint", file.toString());

    assertThat(result.out()).doesNotContain("W7001").contains("no problems in 0 files");
  }

  @Test
  void anInvalidConfigIsExitTwoWithItsPosition() throws Exception {
    Path file = write("orders.apigw", NO_ACCESS_LOG);
    Path config = write("lint.yaml", "rules:\n  X1234: off\n");

    Cli.Result result = Cli.run("lint", "--config", config.toString(), file.toString());

    assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains(config + ":2:1: no rule is called `X1234`");
    assertThat(result.err()).doesNotContain("Exception");
  }

  @Test
  void anUnreadableFileIsExitTwoWithItsDiagnostics() throws Exception {
    Path file = write("broken.apigw", "api Orders: rest\nGET /orders -> lambda nowhere\n");

    Cli.Result result = Cli.run("lint", file.toString());

    assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains(file + ":2:").contains("unknown function `nowhere`");
  }

  @Test
  void githubFormatPrintsAnnotations() throws Exception {
    Path file = write("orders.apigw", NO_ACCESS_LOG);

    Cli.Result result = Cli.run("lint", "--format", "github", file.toString());

    assertThat(result.out())
        .contains("::warning file=" + file + ",line=2,col=1,title=W7001::stage `prod`");
  }

  @Test
  void sarifAndJsonFormatsAreJson() throws Exception {
    Path file = write("orders.apigw", NO_ACCESS_LOG);

    assertThat(Cli.run("lint", "--format", "sarif", file.toString()).out())
        .contains("\"version\" : \"2.1.0\"")
        .contains("\"ruleId\" : \"W7001\"");
    assertThat(Cli.run("lint", "--format", "json", file.toString()).out())
        .contains("\"rule\" : \"W7001\"");
  }

  @Test
  void listsAndExplainsRules() {
    assertThat(Cli.run("lint", "--list-rules").out())
        .contains("W7001  warning  stages and logging");

    Cli.Result explained = Cli.run("lint", "--explain", "w7001");
    assertThat(explained.code()).isZero();
    assertThat(explained.out()).contains("# W7001").contains("## Bad").contains("## Good");

    Cli.Result unknown = Cli.run("lint", "--explain", "W0000");
    assertThat(unknown.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(unknown.err()).contains("no rule is called `W0000`");
  }

  @Test
  void everySampleLints() {
    Cli.Result result =
        Cli.run(
            "lint",
            Cli.sample("petstore.apigw"),
            Cli.sample("petstore.openapi.yaml"),
            Cli.sample("http-jwt.apigw"),
            Cli.sample("websocket-chat.apigw"),
            Cli.sample("keys-and-plans.apigw"));

    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isIn(ExitCode.OK, ExitCode.FINDINGS);
    assertThat(result.out()).doesNotContain("internal error");
  }
}
