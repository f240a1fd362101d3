package io.apigw.lint.rules.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import org.junit.jupiter.api.Test;

/** Edge cases of the endpoint rules that their examples do not show. */
class EndpointRulesTest {
  private static final String PRIVATE_OPENAPI =
      """
      openapi: 3.0.1
      info:
        title: Inventory
        version: "1.0"
      x-apigw-endpoint-type: PRIVATE
      x-amazon-apigateway-endpoint-configuration:
        vpcEndpointIds: [vpce-0a1b2c3d4e5f60718]
      x-amazon-apigateway-policy:
        Version: "2012-10-17"
        Statement:
          Effect: Allow
          Principal: "*"
          Action: execute-api:Invoke
          Resource: execute-api:/*
      %s
      paths: {}
      """;

  @Test
  void policyWithoutVpcConditionIsReportedAtItsOpenApiMember() {
    String yaml = PRIVATE_OPENAPI.formatted("");

    var lines = Lint.lines(Lint.run(new PrivatePolicyWithoutVpcCondition(), "api.yaml", yaml));

    assertThat(lines)
        .containsExactly(
            "8:1 W3002 the resource policy of private API `Inventory` names no `aws:SourceVpce`"
                + " or `aws:SourceVpc` condition");
  }

  @Test
  void aSingleStatementObjectWithAVpcConditionInAnyCaseIsEnough() {
    String yaml =
        PRIVATE_OPENAPI
            .formatted("")
            .replace(
                "Resource: execute-api:/*\n",
                "Resource: execute-api:/*\n    Condition:\n      StringEquals:\n"
                    + "        AWS:SOURCEVPC: vpc-1a2b3c4d\n");

    assertThat(Lint.run(new PrivatePolicyWithoutVpcCondition(), "api.yaml", yaml)).isEmpty();
  }

  @Test
  void webSocketApisAreRegionalToo() {
    String dsl =
        "api chat: websocket, private\nroute-selection $request.body.action\n$connect -> mock\n";

    var lines = Lint.lines(Lint.run(new EndpointTypeNotForProtocol(), "chat.apigw", dsl));

    assertThat(lines)
        .containsExactly("1:22 E3004 WebSocket APIs are Regional only; API `chat` is `PRIVATE`");
  }

  @Test
  void vpcEndpointsOnAnHttpApiHintAtRemovingThem() {
    String dsl = "api notes: http\nvpc-endpoints vpce-0a1b2c3d\nGET /notes -> mock 200\n";

    var findings = Lint.run(new VpcEndpointsOnPublicApi(), "notes.apigw", dsl);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).hint()).contains("only REST APIs can be private");
  }

  @Test
  void edgeApiHeaderNamesInIdentitySourcesAndTemplatesAreChecked() {
    String dsl =
        """
        api orders: rest
        function authorize: nodejs20.x handler=auth.check
        auth partner: request function=authorize identity=method.request.header.x-partner-id
        POST /orders -> http-custom POST https://orders.example.com auth partner
          request-template application/json "{\\"tenant\\": \\"$input.params().header.get('X-Tenant')\\", \\"trace\\": \\"$input.params().header.get('x-trace')\\"}"
        """;

    var lines = Lint.lines(Lint.run(new EdgeHeaderCase(), "orders.apigw", dsl));

    assertThat(lines)
        .containsExactly(
            "3:1 W3005 edge-optimized APIs capitalize header names: `x-partner-id` arrives as"
                + " `X-Partner-Id`",
            "4:17 W3005 edge-optimized APIs capitalize header names: `x-trace` arrives as"
                + " `X-Trace`");
  }

  @Test
  void regionalApisPassHeaderNamesAsTheyCome() {
    String dsl = "api orders: rest, regional\nGET /orders -> mock 200 params header.x-tenant-id\n";

    assertThat(Lint.run(new EdgeHeaderCase(), "orders.apigw", dsl)).isEmpty();
  }

  @Test
  void capitalizesTheFirstLetterOfEachWordOnly() {
    assertThat(EdgeHeaderCase.capitalized("x-api-KEY")).isEqualTo("X-Api-KEY");
    assertThat(EdgeHeaderCase.capitalized("X-API-Key")).isEqualTo("X-API-Key");
    assertThat(EdgeHeaderCase.capitalized("-a--b")).isEqualTo("-A--B");
  }
}
