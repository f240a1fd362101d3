package io.apigw.lint.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import org.junit.jupiter.api.Test;

class ResourcePolicyOnHttpApiTest {
  @Test
  void anOpenApiPolicyIsReportedAtItsMember() {
    // given
    String text =
        """
        openapi: 3.0.1
        info:
          title: Notes
          version: "1"
        x-amazon-apigateway-importexport-version: "1.0"
        paths:
          /notes:
            get:
              responses:
                "200":
                  description: ok
              x-amazon-apigateway-integration:
                type: http_proxy
                httpMethod: GET
                uri: https://notes.example.com/notes
                payloadFormatVersion: "1.0"
        x-amazon-apigateway-policy:
          Version: "2012-10-17"
          Statement: []
        """;

    // when / then
    assertThat(Lint.lines(Lint.run(new ResourcePolicyOnHttpApi(), "notes.yaml", text)))
        .containsExactly(
            "17:1 E8010 the resource policy is ignored: HTTP APIs have no resource policies");
  }
}
