package io.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateTest {
  @Test
  void writesASamTemplateWithCodePathsRelativeToIt(@TempDir Path dir) throws Exception {
    Path template = dir.resolve("deploy").resolve("template.yaml");

    Cli.Result result =
        Cli.run("generate", "sam", Cli.sample("http-jwt.apigw"), "--output", template.toString());

    assertThat(result.code()).as(result.err()).isZero();
    String text = Files.readString(template);
    assertThat(text).startsWith("AWSTemplateFormatVersion: \"2010-09-09\"");
    assertThat(text).contains("Transform: AWS::Serverless-2016-10-31");
    assertThat(text).contains("Type: AWS::Serverless::HttpApi");
    Path code = Path.of(Cli.sample("http-jwt.apigw")).getParent().resolve("functions/notes");
    String expected = template.getParent().relativize(code.toAbsolutePath()).toString();
    assertThat(text).contains("CodeUri: \"" + expected + "/\"");
  }

  @Test
  void printsCloudFormationAsJsonOnStandardOutput() {
    Cli.Result result =
        Cli.run(
            "generate", "cloudformation", Cli.sample("keys-and-plans.apigw"), "--format", "json");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("{").contains("\"AWS::ApiGateway::RestApi\"");
    assertThat(result.out()).doesNotContain("AWS::Serverless");
  }

  @Test
  void generatesOneStageWhenAsked() {
    Cli.Result result =
        Cli.run(
            "generate", "cloudformation", Cli.sample("keys-and-plans.apigw"), "--stage", "sandbox");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains("SandboxStage:").doesNotContain("ProdStage:");
  }

  @Test
  void anUnknownStageIsAUsageError() {
    Cli.Result result =
        Cli.run("generate", "sam", Cli.sample("keys-and-plans.apigw"), "--stage", "qa");

    assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("no stage named qa").contains("prod, sandbox");
  }

  @Test
  void writesAnOpenApiDocumentToImport() {
    Cli.Result result = Cli.run("generate", "openapi", Cli.sample("petstore.apigw"));

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("openapi: \"3.0.1\"").doesNotContain("x-apigw-");
  }

  @Test
  void aWebSocketApiHasNoOpenApiForm() {
    Cli.Result result = Cli.run("generate", "openapi", Cli.sample("websocket-chat.apigw"));

    assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("WebSocket");
  }

  @Test
  void neverOverwritesAFileUnasked(@TempDir Path dir) throws Exception {
    Path mine = dir.resolve("template.yaml");
    Files.writeString(mine, "my own work\n");

    Cli.Result refused =
        Cli.run("generate", "sam", Cli.sample("petstore.apigw"), "-o", mine.toString());
    assertThat(refused.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(refused.err()).contains("already exists; pass --force");
    assertThat(Files.readString(mine)).isEqualTo("my own work\n");

    Cli.Result forced =
        Cli.run("generate", "sam", Cli.sample("petstore.apigw"), "-o", mine.toString(), "--force");
    assertThat(forced.code()).isZero();
    assertThat(Files.readString(mine)).contains("AWS::Serverless::Api");
  }

  @Test
  void anInvalidDefinitionIsRefused(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.apigw");
    Files.writeString(broken, "api x: rest\nGET /a -> lambda missing\n");

    Cli.Result result = Cli.run("generate", "sam", broken.toString());

    assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.out()).isEmpty();
  }
}
