package io.apigw.lint.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcePolicyAllowsAnyoneTest {
  private static final String OPENAPI =
      """
      openapi: 3.0.1
      info:
        title: Orders
        version: "1"
      paths:
        /orders:
          get:
            responses:
              "200":
                description: ok
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates:
                application/json: '{"statusCode": 200}'
              responses:
                default:
                  statusCode: "200"
      x-amazon-apigateway-policy:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              AWS: ["arn:aws:iam::123456789012:root", "*"]
            Action: execute-api:Invoke
            Resource: execute-api:/*
      %s
      """;

  @Test
  void anOpenApiStatementIsReportedWhereItIsWritten() {
    // given
    String text = OPENAPI.formatted("");

    // when
    List<String> lines =
        Lint.lines(Lint.run(new ResourcePolicyAllowsAnyone(), "orders.yaml", text));

    // then
    assertThat(lines)
        .containsExactly(
            "21:7 W8003 resource policy statement 1 allows any principal with no condition");
  }

  @Test
  void aDenyStatementNarrowsTheAllowAsInAwssExamples() {
    // given
    String text =
        OPENAPI
            .formatted("")
            .replace(
                "      Resource: execute-api:/*\n",
                """
                      Resource: execute-api:/*
                    - Effect: Deny
                      Principal: "*"
                      Action: execute-api:Invoke
                      Resource: execute-api:/*
                      Condition:
                        NotIpAddress:
                          aws:SourceIp: 192.0.2.0/24
                """);

    // when
    List<String> lines =
        Lint.lines(Lint.run(new ResourcePolicyAllowsAnyone(), "orders.yaml", text));

    // then
    assertThat(lines).isEmpty();
  }

  @Test
  void aNamedPrincipalOrAnEmptyPolicyIsNotReported() {
    // given
    String named =
        """
        api Orders: rest, regional
        policy {"Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "execute-api:Invoke", "Resource": "*"}}
        GET /orders -> mock 200
        """;
    String odd =
        """
        api Orders: rest, regional
        policy {"Statement": "nonsense"}
        GET /orders -> mock 200
        """;

    // when / then
    assertThat(Lint.run(new ResourcePolicyAllowsAnyone(), "a.apigw", named)).isEmpty();
    assertThat(Lint.run(new ResourcePolicyAllowsAnyone(), "b.apigw", odd)).isEmpty();
  }
}
