package io.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtTest {
  private static final String MESSY =
      String.join(
          "\n",
          "# Partner API: keep this comment",
          "api   partners :   rest",
          "GET /b   ->   mock 200    # the b route",
          "",
          "",
          "GET /a -> lambda fn key",
          "function fn: nodejs20.x handler=index.handler",
          "");

  @Test
  void rewritesInCanonicalFormAndKeepsComments(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("partners.apigw");
    Files.writeString(file, MESSY);

    Cli.Result result = Cli.run("fmt", file.toString());

    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo("reformatted " + file + "\n");
    String formatted = Files.readString(file);
    assertThat(formatted)
        .startsWith("# Partner API: keep this comment\napi partners: rest\n")
        .contains("# the b route")
        .contains("function fn: nodejs20.x handler=index.handler");
    assertThat(Cli.run("fmt", "--check", file.toString()).code()).isZero();
  }

  @Test
  void checkReportsAndChangesNothing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("partners.apigw");
    Files.writeString(file, MESSY);

    Cli.Result result = Cli.run("fmt", "--check", file.toString());

    assertThat(result.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(result.out()).isEqualTo("would reformat " + file + "\n");
    assertThat(Files.readString(file)).isEqualTo(MESSY);
  }

  @Test
  void refusesOpenApiFiles() {
    Cli.Result result = Cli.run("fmt", Cli.sample("petstore.openapi.yaml"));

    assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("not an apigw DSL file");
  }

  @Test
  void leavesAFileWithErrorsAlone(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.apigw");
    Files.writeString(file, "api broken: rest\nGET /x -> lamda f\n");

    Cli.Result result = Cli.run("fmt", file.toString());

    assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(Files.readString(file)).isEqualTo("api broken: rest\nGET /x -> lamda f\n");
  }
}
