package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Parsed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiFilesTest {
  @Test
  void detectsTheDslByItsFirstStatementWhateverTheName() {
    assertThat(ApiFiles.detect("x.txt", "# comment\n\napi pets: rest\n"))
        .isEqualTo(ApiFiles.Kind.DSL);
    assertThat(ApiFiles.detect("x.yaml", "api pets: http\n")).isEqualTo(ApiFiles.Kind.DSL);
  }

  @Test
  void detectsOpenApiAndSwaggerInYamlAndJson() {
    assertThat(ApiFiles.detect("x", "openapi: 3.0.1\ninfo: {}\n")).isEqualTo(ApiFiles.Kind.OPENAPI);
    assertThat(ApiFiles.detect("x", "---\n# c\nswagger: '2.0'\n")).isEqualTo(ApiFiles.Kind.OPENAPI);
    assertThat(ApiFiles.detect("x.apigw", "{\n  \"info\": {}, \"openapi\": \"3.1.0\"}"))
        .isEqualTo(ApiFiles.Kind.OPENAPI);
    assertThat(ApiFiles.detect("x", "info:\n  title: a\n\"openapi\": 3.0.0\n"))
        .isEqualTo(ApiFiles.Kind.OPENAPI);
  }

  @Test
  void detectsSamAndCloudFormationTemplates() {
    assertThat(ApiFiles.detect("t.yaml", "Transform: AWS::Serverless-2016-10-31\nResources: {}\n"))
        .isEqualTo(ApiFiles.Kind.TEMPLATE);
    assertThat(ApiFiles.detect("t.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\"}"))
        .isEqualTo(ApiFiles.Kind.TEMPLATE);
    // A JSON template whose RestApi Body is Swagger: the template key comes first.
    assertThat(
            ApiFiles.detect(
                "t.json",
                "{\"Resources\": {\"Api\": {\"Properties\": {\"Body\": {\"swagger\": \"2.0\"}}}}}"))
        .isEqualTo(ApiFiles.Kind.TEMPLATE);
  }

  @Test
  void fallsBackToTheExtensionThenGivesUp() {
    assertThat(ApiFiles.detect("x.apigw", "")).isEqualTo(ApiFiles.Kind.DSL);
    assertThat(ApiFiles.detect("x.json", "[1, 2]")).isEqualTo(ApiFiles.Kind.OPENAPI);
    assertThat(ApiFiles.detect("notes.md", "hello")).isEqualTo(ApiFiles.Kind.UNKNOWN);
  }

  @Test
  void anUnknownFileIsADiagnosticNotAnException() {
    Parsed<?> parsed = ApiFiles.read("notes.md", "hello");

    assertThat(parsed.value()).isNull();
    assertThat(parsed.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("input.unknown-kind");
              assertThat(d.at().line()).isEqualTo(1);
            });
  }

  @Test
  void templatesAreReadByTheTemplateReader() {
    Parsed<?> parsed =
        ApiFiles.read("template.yaml", "Resources:\n  Api:\n    Type: AWS::Serverless::HttpApi\n");

    assertThat(ApiFiles.detect("template.yaml", "Resources:\n")).isEqualTo(ApiFiles.Kind.TEMPLATE);
    assertThat(parsed.isClean()).isTrue();
  }

  @Test
  void malformedUtf8IsReplacedAndReported(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.apigw");
    byte[] text = "api caf\u00e9: rest\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, text);

    ApiFiles.Loaded loaded = ApiFiles.load(file);

    assertThat(loaded.kind()).isEqualTo(ApiFiles.Kind.DSL);
    assertThat(loaded.parsed().diagnostics())
        .anySatisfy(d -> assertThat(d.code()).isEqualTo("input.encoding"));
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bom.apigw");
    Files.write(file, ("\uFEFFapi pets: rest\n").getBytes(StandardCharsets.UTF_8));

    ApiFiles.Loaded loaded = ApiFiles.load(file);

    assertThat(loaded.text()).startsWith("api pets");
    assertThat(loaded.kind()).isEqualTo(ApiFiles.Kind.DSL);
  }
}
