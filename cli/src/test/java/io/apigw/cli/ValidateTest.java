package io.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateTest {
  @Test
  void everySampleIsValid() {
    Cli.Result result =
        Cli.run(
            "validate",
            Cli.sample("petstore.apigw"),
            Cli.sample("petstore.openapi.yaml"),
            Cli.sample("http-jwt.apigw"),
            Cli.sample("websocket-chat.apigw"),
            Cli.sample("keys-and-plans.apigw"));

    assertThat(result.code()).isZero();
    assertThat(result.out())
        .contains("petstore.apigw: ok (REST API `PetStore`, 4 routes)")
        .contains("websocket-chat.apigw: ok (WEBSOCKET API `chat`, 4 routes)");
  }

  @Test
  void reportsEveryUndefinedReferenceAndDuplicate(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("refs.apigw");
    Files.writeString(
        file,
        String.join(
            "\n",
            "api refs: rest",
            "auth tokenAuth: token function=authorize header=Authorization",
            "plan basic: stages prod",
            "key partner: plan basci",
            "GET /pets -> lambda getPet auth tokenAuht",
            "GET /pets -> mock 200",
            ""));

    Cli.Result result = Cli.run("validate", file.toString());

    assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.out())
        .contains("unknown function `authorize`")
        .contains("unknown stage `prod`")
        .contains("did you mean `basic`?")
        .contains("did you mean `tokenAuth`?")
        .contains("unknown function `getPet`")
        .contains("route `GET /pets` is defined twice")
        .contains(file + ": ");
  }

  @Test
  void specChecksAreOptInWarnings(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pets.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "swagger: \"2.0\"",
            "info: {title: pets, version: \"1\"}",
            "paths:",
            "  /pets/{id}:",
            "    get:",
            "      x-amazon-apigateway-integration: {type: mock}",
            ""));

    Cli.Result plain = Cli.run("validate", file.toString());
    Cli.Result checked = Cli.run("validate", "--spec", file.toString());

    assertThat(plain.out()).isEqualTo(file + ": ok (REST API `pets`, 1 route)\n");
    assertThat(checked.code()).isZero();
    assertThat(checked.out()).contains(file + ":5:5: warning: ").contains("responses is missing");
  }
}
