package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.Diagnostic;
import io.apigw.model.Parsed;
import io.apigw.model.Route;
import io.apigw.model.SourceRange;
import org.junit.jupiter.api.Test;

/** Diagnostics and model elements carry the file, line and column where they were written. */
class PositionsTest {
  private static final String YAML =
      """
      openapi: 3.0.1
      info:
        title: positions
      paths:
        /pets:
          get:
            operationId: list
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: GET
              uri: https://${backend_host}/pets
        /pets/{id}:
          get:
            security:
              - missing: []
      """;

  private static final String JSON =
      """
      {
        "openapi": "3.0.1",
        "info": {"title": "positions"},
        "paths": {
          "/pets": {
            "get": {
              "operationId": "list",
              "x-amazon-apigateway-integration": {
                "type": "http_proxy",
                "httpMethod": "GET",
                "uri": "https://${backend_host}/pets"
              }
            }
          },
          "/pets/{id}": {
            "get": {"security": [{"missing": []}]}
          }
        }
      }
      """;

  @Test
  void yamlPositions() {
    // when the YAML is read
    Parsed<Api> parsed = OpenApi.reader().read("api.yaml", YAML);
    // then the route is where its method is written, the integration where its extension is
    Route list = Read.route(parsed.value(), "GET /pets");
    assertAt(list.source(), "api.yaml", 6, 5);
    assertAt(list.integration().source(), "api.yaml", 8, 7);
    assertAt(parsed.value().source(), "api.yaml", 1, 1);
    // and each diagnostic points at the value it is about
    assertAt(diagnostic(parsed, "openapi.placeholder").at(), "api.yaml", 11, 14);
    assertAt(diagnostic(parsed, "openapi.security.unknown-scheme").at(), "api.yaml", 15, 11);
  }

  @Test
  void jsonPositions() {
    Parsed<Api> parsed = OpenApi.reader().read("api.json", JSON);
    Route list = Read.route(parsed.value(), "GET /pets");
    assertAt(list.source(), "api.json", 6, 7);
    assertAt(list.integration().source(), "api.json", 8, 9);
    assertAt(diagnostic(parsed, "openapi.placeholder").at(), "api.json", 11, 18);
    assertAt(diagnostic(parsed, "openapi.security.unknown-scheme").at(), "api.json", 16, 29);
  }

  @Test
  void syntaxErrorsAreOneDiagnosticWithTheParsersPosition() {
    Parsed<Api> yaml =
        OpenApi.reader().read("bad.yaml", "openapi: 3.0.1\ninfo:\n  title: [unclosed\n");
    assertThat(yaml.value()).isNull();
    assertThat(yaml.diagnostics()).hasSize(1);
    assertThat(yaml.diagnostics().get(0).code()).isEqualTo("openapi.syntax");
    // the line of the bracket that is never closed
    assertThat(yaml.diagnostics().get(0).at().line()).isEqualTo(3);

    Parsed<Api> json =
        OpenApi.reader().read("bad.json", "{\n  \"openapi\": \"3.0.1\",\n  \"info\": }\n");
    assertThat(json.diagnostics()).hasSize(1);
    assertAt(json.diagnostics().get(0).at(), "bad.json", 3, 11);
  }

  @Test
  void modelsAndAuthorizersPointAtTheirNames() {
    Parsed<Api> parsed =
        OpenApi.reader()
            .read(
                "api.yaml",
                """
                openapi: 3.0.1
                info: {title: t}
                paths: {}
                components:
                  schemas:
                    Pet: {type: object}
                  securitySchemes:
                    auth:
                      type: apiKey
                      name: Authorization
                      in: header
                      x-amazon-apigateway-authorizer: {type: token, authorizerUri: "arn:aws:lambda:us-east-1:1:function:a"}
                """);
    assertAt(parsed.value().models().get(0).source(), "api.yaml", 6, 5);
    assertAt(parsed.value().authorizers().get(0).source(), "api.yaml", 8, 5);
  }

  private static Diagnostic diagnostic(Parsed<Api> parsed, String code) {
    return parsed.diagnostics().stream()
        .filter(d -> d.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + parsed.diagnostics()));
  }

  private static void assertAt(SourceRange at, String file, int line, int column) {
    assertThat(at.file() + ":" + at.line() + ":" + at.column())
        .isEqualTo(file + ":" + line + ":" + column);
  }
}
