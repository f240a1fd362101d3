package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.Diagnostic;
import io.apigw.model.Parsed;
import org.junit.jupiter.api.Test;

/**
 * Values other tools substitute before API Gateway sees them are warnings, never failures; API
 * Gateway's own variables are not placeholders. import-api-aws-variables.md lists the AWS variables
 * API Gateway itself resolves on import; we still report them, as what is deployed depends on
 * where.
 */
class PlaceholderTest {

  private static Parsed<Api> withUri(String uri) {
    return Read.parsed(
        """
        openapi: 3.0.1
        info: {title: t}
        paths:
          /:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: %s
        """
            .formatted(uri));
  }

  /** import-api-aws-variables.md: the guide's own example. */
  @Test
  void awsVariablesAreReportedWithTheirPosition() {
    Parsed<Api> parsed =
        withUri(
            "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/"
                + "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:LambdaFunctionName/invocations");
    assertThat(parsed.isClean()).isTrue();
    Diagnostic warning = parsed.diagnostics().get(0);
    assertThat(warning.code()).isEqualTo("openapi.placeholder");
    assertThat(warning.message()).contains("${AWS::Partition}");
    assertThat(warning.at().line()).isEqualTo(9);
    assertThat(warning.at().column()).isEqualTo(14);
    // and the value is kept as written
    assertThat(Read.route(parsed.value(), "GET /").integration().functionName())
        .contains("LambdaFunctionName");
  }

  @Test
  void terraformAndCdkPlaceholdersAreReported() {
    assertThat(Read.codes(withUri("${openapi_demo_lambda_uri}")))
        .containsExactly("openapi.placeholder");
    assertThat(Read.codes(withUri("${var.lambda_arn}"))).containsExactly("openapi.placeholder");
  }

  @Test
  void cloudFormationFunctionsWhereAStringBelongsAreReportedAndKeptAsText() {
    Parsed<Api> parsed =
        withUri("{\"Fn::Sub\": \"arn:aws:apigateway:${AWS::Region}:dynamodb:action/GetItem\"}");
    assertThat(Read.codes(parsed)).containsExactly("openapi.placeholder");
    assertThat(Read.route(parsed.value(), "GET /").integration().uri())
        .isEqualTo("arn:aws:apigateway:${AWS::Region}:dynamodb:action/GetItem");

    Parsed<Api> getAtt = withUri("{\"Fn::GetAtt\": [Handler, Arn]}");
    assertThat(Read.route(getAtt.value(), "GET /").integration().uri()).isEqualTo("${Handler.Arn}");
    Parsed<Api> ref = withUri("{Ref: HandlerArn}");
    assertThat(Read.route(ref.value(), "GET /").integration().uri()).isEqualTo("${HandlerArn}");
  }

  @Test
  void yamlShortTagsOfCloudFormationAreReported() {
    Parsed<Api> parsed =
        withUri("!Sub 'arn:aws:apigateway:${AWS::Region}:lambda:path/x/invocations'");
    assertThat(Read.codes(parsed)).containsExactly("openapi.placeholder");
    assertThat(Read.route(parsed.value(), "GET /").integration().uri())
        .isEqualTo("arn:aws:apigateway:${AWS::Region}:lambda:path/x/invocations");
    Parsed<Api> getAtt = withUri("!GetAtt Handler.Arn");
    assertThat(Read.route(getAtt.value(), "GET /").integration().uri()).isEqualTo("${Handler.Arn}");
  }

  @Test
  void apiGatewaysOwnVariablesAreNotPlaceholders() {
    Parsed<Api> parsed =
        Read.parsed(
            """
            openapi: 3.0.1
            info: {title: t}
            paths:
              /{id}:
                get:
                  x-amazon-apigateway-integration:
                    type: http
                    httpMethod: GET
                    uri: https://${stageVariables.host}/items/{id}
                    connectionId: ${stageVariables.vpcLink}
                    requestParameters:
                      integration.request.header.x-id: $context.requestId
                    requestTemplates:
                      application/json: '#set($x = ${input.path("$")}) {"user": "${context.authorizer.principalId}", "v": "$util.escapeJavaScript($x)"}'
            x-amazon-apigateway-policy:
              Statement:
                - Condition: {StringEquals: {aws:username: "${aws:username}"}}
            """);
    assertThat(parsed.diagnostics()).isEmpty();
  }
}
