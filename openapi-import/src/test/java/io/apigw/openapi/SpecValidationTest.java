package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.Diagnostic;
import io.apigw.model.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** swagger-parser's structural validation: opt-in, as warnings at the attribute it names. */
class SpecValidationTest {
  private static final String DOC =
      """
      swagger: "2.0"
      info:
        title: t
        version: "1"
      paths:
        /pets/{id}:
          get:
            x-amazon-apigateway-integration: {type: mock}
      """;

  @Test
  void offByDefault() {
    assertThat(Read.codes(OpenApi.reader().read("v.yaml", DOC))).isEmpty();
  }

  @Test
  void whenAskedForItsMessagesAreWarningsAtTheAttribute() {
    Parsed<Api> parsed =
        OpenApi.reader(OpenApi.ReaderOptions.defaults().withValidation(true)).read("v.yaml", DOC);
    List<Diagnostic> warnings =
        parsed.diagnostics().stream().filter(d -> d.code().equals("openapi.validation")).toList();
    assertThat(warnings).isNotEmpty().allMatch(d -> !d.isError());
    Diagnostic missing =
        warnings.stream()
            .filter(d -> d.message().contains("responses is missing"))
            .findFirst()
            .orElseThrow();
    assertThat(missing.at().line()).isEqualTo(7);
    assertThat(missing.at().column()).isEqualTo(5);
  }

  @Test
  void attributePathsBecomePointerSegments() {
    assertThat(SpecValidation.segments("paths.'/pets/{id}'(get).responses.200"))
        .containsExactly("paths", "/pets/{id}", "get", "responses", "200");
  }
}
