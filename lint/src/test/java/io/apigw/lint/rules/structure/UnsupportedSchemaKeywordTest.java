package io.apigw.lint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import org.junit.jupiter.api.Test;

class UnsupportedSchemaKeywordTest {
  private final UnsupportedSchemaKeyword rule = new UnsupportedSchemaKeyword();

  @Test
  void dslModelsAreReportedAtTheModelWithThePlaceInTheSchema() {
    String dsl =
        """
        api Pets: rest, regional

        model Pet: {"type": "object", "properties": {"default": {"type": "string", "default": "x"}}}
        """;

    var lines = Lint.lines(Lint.run(rule, "pets.apigw", dsl));

    assertThat(lines)
        .containsExactly(
            "3:1 W1006 `default` is not supported in API Gateway models (model `Pet`, at"
                + " `/properties/default`)");
  }

  @Test
  void inlineSchemasOfRequestsAndResponsesAreChecked() {
    String yaml =
        """
        openapi: 3.0.1
        info: {title: Pets, version: "1"}
        paths:
          /pets:
            post:
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      discriminator: {propertyName: kind}
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: array
                        items: {type: number, format: decimal}
        """;

    var lines = Lint.lines(Lint.run(rule, "pets.yaml", yaml));

    assertThat(lines)
        .containsExactly(
            "11:15 W1006 `discriminator` is not supported in API Gateway models",
            "19:39 W1006 `format: decimal` is not supported in API Gateway models");
  }

  @Test
  void oneOfIsReportedInSwagger2Only() {
    String swagger =
        """
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        paths: {}
        definitions:
          Pet:
            oneOf: [{type: string}, {type: integer}]
        """;
    String openApi = swagger.replace("swagger: \"2.0\"", "openapi: 3.0.1");

    assertThat(Lint.lines(Lint.run(rule, "pets.yaml", swagger)))
        .containsExactly("6:5 W1006 `oneOf` is not supported in a Swagger 2.0 definition");
    assertThat(Lint.run(rule, "pets.yaml", openApi)).isEmpty();
  }

  @Test
  void httpApisAreNotChecked() {
    String dsl =
        """
        api Pets: http

        model Pet: {"type": "object", "example": {}}
        """;

    assertThat(Lint.run(rule, "pets.apigw", dsl)).isEmpty();
  }
}
