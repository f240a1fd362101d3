package io.apigw.lint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import org.junit.jupiter.api.Test;

class UndefinedSecuritySchemeTest {
  private final UndefinedSecurityScheme rule = new UndefinedSecurityScheme();

  @Test
  void laterAlternativesAndARestApisRootAreChecked() {
    String yaml =
        """
        openapi: 3.0.1
        info: {title: Pets, version: "1"}
        security:
          - oauth: []
        paths:
          /pets:
            get:
              security:
                - key: []
                - cognito: []
              responses: {"200": {description: ok}}
        components:
          securitySchemes:
            key: {type: apiKey, name: x-api-key, in: header}
        """;

    var lines = Lint.lines(Lint.run(rule, "pets.yaml", yaml));

    assertThat(lines)
        .containsExactly(
            "4:5 W1004 security requirement names `oauth`, which no security scheme defines",
            "10:11 W1004 security requirement names `cognito`, which no security scheme defines");
  }

  @Test
  void swagger2SchemesAreItsSecurityDefinitions() {
    String yaml =
        """
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        securityDefinitions:
          api_key: {type: apiKey, name: x-api-key, in: header}
        paths:
          /pets:
            get:
              security: [{api_key: []}]
              responses: {"200": {description: ok}}
        """;

    assertThat(Lint.run(rule, "pets.yaml", yaml)).isEmpty();
  }

  @Test
  void theReadersWarningForAnUndefinedApiKeyIsReplaced() {
    String yaml =
        """
        openapi: 3.0.1
        info: {title: Pets, version: "1"}
        x-amazon-apigateway-importexport-version: "1.0"
        security: [{api_key: []}]
        paths:
          /pets:
            get:
              responses: {"200": {description: ok}}
        """;

    var findings = Lint.run(rule, "pets.yaml", yaml);

    assertThat(Lint.lines(findings))
        .containsExactly(
            "4:13 W1004 security requirement names `api_key`, which no security scheme defines");
    assertThat(rule.replacesReaderCodes()).contains("openapi.security.unknown-scheme");
  }
}
