package io.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.openapi.ApiFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertTest {
  @Test
  void dslToOpenApiAndBackKeepsTheModel(@TempDir Path dir) throws Exception {
    Path openApi = dir.resolve("keys.yaml");
    Path dsl = dir.resolve("keys.apigw");

    Cli.Result toOpenApi =
        Cli.run(
            "convert",
            Cli.sample("keys-and-plans.apigw"),
            "--to",
            "openapi",
            "-o",
            openApi.toString());
    Cli.Result toDsl = Cli.run("convert", openApi.toString(), "--to", "dsl", "-o", dsl.toString());

    assertThat(toOpenApi.code()).isZero();
    assertThat(toDsl.code()).isZero();
    assertThat(Files.readString(openApi)).startsWith("openapi: \"3.0.1\"");
    Api original = ApiFiles.load(Path.of(Cli.sample("keys-and-plans.apigw"))).parsed().value();
    Api back = ApiFiles.load(dsl).parsed().value();
    assertThat(back).isEqualTo(original);
  }

  @Test
  void writesJsonWhenTheOutputSaysSo(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("petstore.json");

    Cli.Result result =
        Cli.run(
            "convert",
            Cli.sample("petstore.apigw"),
            "--to",
            "openapi",
            "--output",
            json.toString());

    assertThat(result.code()).isZero();
    assertThat(Files.readString(json)).startsWith("{");
  }

  @Test
  void printsToStandardOutputWithoutOutput() {
    Cli.Result result = Cli.run("convert", Cli.sample("petstore.openapi.yaml"), "--to", "dsl");

    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("api PetStore: rest");
  }

  @Test
  void neverOverwritesAFileUnasked(@TempDir Path dir) throws Exception {
    Path mine = dir.resolve("mine.yaml");
    Files.writeString(mine, "my own work\n");

    Cli.Result refused =
        Cli.run("convert", Cli.sample("petstore.apigw"), "--to", "openapi", "-o", mine.toString());

    assertThat(refused.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(refused.err()).contains("already exists; pass --force");
    assertThat(Files.readString(mine)).isEqualTo("my own work\n");

    Cli.Result forced =
        Cli.run(
            "convert",
            Cli.sample("petstore.apigw"),
            "--to",
            "openapi",
            "-o",
            mine.toString(),
            "--force");

    assertThat(forced.code()).isZero();
    assertThat(Files.readString(mine)).startsWith("openapi:");
  }

  @Test
  void optionsSayWhatOpenApiCannot() {
    Cli.Result regional =
        Cli.run(
            "convert",
            Cli.sample("petstore.openapi.yaml"),
            "--to",
            "dsl",
            "--endpoint-type",
            "regional");
    Cli.Result http =
        Cli.run(
            "convert", Cli.sample("petstore.openapi.yaml"), "--to", "dsl", "--protocol", "http");

    assertThat(regional.out()).startsWith("api PetStore: rest, regional\n");
    assertThat(http.out()).startsWith("api PetStore: http\n");
  }
}
