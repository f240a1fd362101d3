package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.ConnectionType;
import io.apigw.model.ContentHandling;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.IntegrationResponse;
import io.apigw.model.PassthroughBehavior;
import io.apigw.model.Protocol;
import io.apigw.model.TlsConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** x-amazon-apigateway-integration and its parts, as the developer guide describes them. */
class IntegrationMappingTest {

  /**
   * api-gateway-swagger-extensions-integration.md: the Lambda (aws) example, every property;
   * api-gateway-swagger-extensions-integration-requestTemplates.md and
   * api-gateway-swagger-extensions-integration-requestParameters.md: templates by MIME type,
   * parameters kept as {@code integration.request.*} to their expressions.
   */
  @Test
  void integrationPropertiesMapOneToOne() {
    // given the guide's example, with the properties it lists but does not show
    String doc =
        """
        swagger: "2.0"
        info: {title: t}
        paths:
          /:
            get:
              x-amazon-apigateway-integration:
                type: aws
                uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:012345678901:function:HelloWorld/invocations
                httpMethod: POST
                credentials: arn:aws:iam::012345678901:role/apigateway-invoke-lambda-exec-role
                requestTemplates:
                  application/json: "#set ($root=$input.path('$')) { \\"stage\\": \\"$root.name\\" }"
                  application/xml: "#set ($root=$input.path('$')) <stage>$root.name</stage> "
                requestParameters:
                  integration.request.path.stage: method.request.querystring.version
                  integration.request.querystring.provider: method.request.querystring.vendor
                cacheNamespace: cache namespace
                cacheKeyParameters: [method.request.querystring.version]
                connectionType: VPC_LINK
                connectionId: ${stageVariables.vpcLinkId}
                contentHandling: CONVERT_TO_TEXT
                passthroughBehavior: when_no_templates
                timeoutInMillis: 29000
        """;
    // when read
    Integration integration = Read.route(Read.api(doc), "GET /").integration();
    // then every property has its model field
    assertThat(integration.kind()).isEqualTo(IntegrationKind.LAMBDA);
    assertThat(integration.uri()).endsWith("function:HelloWorld/invocations");
    assertThat(integration.functionName()).contains("HelloWorld");
    assertThat(integration.function()).isNull();
    assertThat(integration.httpMethod()).isEqualTo("POST");
    assertThat(integration.credentials()).endsWith("role/apigateway-invoke-lambda-exec-role");
    assertThat(integration.requestTemplates())
        .containsOnlyKeys("application/json", "application/xml")
        .containsEntry(
            "application/xml", "#set ($root=$input.path('$')) <stage>$root.name</stage> ");
    assertThat(integration.requestParameters())
        .containsExactly(
            Map.entry("integration.request.path.stage", "method.request.querystring.version"),
            Map.entry(
                "integration.request.querystring.provider", "method.request.querystring.vendor"));
    assertThat(integration.cacheNamespace()).isEqualTo("cache namespace");
    assertThat(integration.cacheKeyParameters())
        .containsExactly("method.request.querystring.version");
    assertThat(integration.connectionType()).isEqualTo(ConnectionType.VPC_LINK);
    assertThat(integration.connectionId()).isEqualTo("${stageVariables.vpcLinkId}");
    assertThat(integration.contentHandling()).isEqualTo(ContentHandling.CONVERT_TO_TEXT);
    assertThat(integration.passthroughBehavior()).isEqualTo(PassthroughBehavior.WHEN_NO_TEMPLATES);
    assertThat(integration.timeoutMillis()).isEqualTo(29000);
  }

  /**
   * api-gateway-swagger-extensions-integration-responses.md, -integration-response.md,
   * -integration-responseParameters.md, -integration-responseTemplates.md.
   */
  @Test
  void integrationResponsesKeepPatternStatusParametersTemplatesAndContentHandling() {
    // given the guide's responses example
    String doc =
        """
        openapi: 3.0.1
        info: {title: t}
        paths:
          /:
            get:
              x-amazon-apigateway-integration:
                type: http
                uri: https://example.com
                httpMethod: GET
                responses:
                  "2\\\\d{2}":
                    statusCode: "200"
                    responseTemplates:
                      application/json: "$input.json('$')"
                  "302":
                    statusCode: "302"
                    responseParameters:
                      method.response.header.Location: integration.response.body.redirect.url
                  default:
                    statusCode: "400"
                    contentHandling: CONVERT_TO_BINARY
                    responseParameters:
                      method.response.header.test-method-response-header: "'static value'"
        """;
    // when read
    List<IntegrationResponse> responses =
        Read.route(Read.api(doc), "GET /").integration().responses();
    // then the pattern is the key, and parameters keep API Gateway's own keys
    assertThat(responses)
        .extracting(IntegrationResponse::selectionPattern)
        .containsExactly("2\\d{2}", "302", "default");
    assertThat(responses)
        .extracting(IntegrationResponse::statusCode)
        .containsExactly("200", "302", "400");
    assertThat(responses.get(0).templates()).containsEntry("application/json", "$input.json('$')");
    assertThat(responses.get(1).parameters())
        .containsExactly(
            Map.entry("method.response.header.Location", "integration.response.body.redirect.url"));
    assertThat(responses.get(2).contentHandling()).isEqualTo(ContentHandling.CONVERT_TO_BINARY);
    assertThat(responses.get(2).isDefault()).isTrue();
  }

  /** api-gateway-extensions-integration-tls-config.md: both properties. */
  @Test
  void tlsConfigMapsToTlsConfig() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: t}
        paths:
          /a:
            get:
              x-amazon-apigateway-integration:
                uri: http://petstore-demo-endpoint.execute-api.com/petstore/pets
                passthroughBehavior: when_no_match
                httpMethod: ANY
                tlsConfig: {insecureSkipVerification: true}
                type: http_proxy
          /b:
            get:
              x-amazon-apigateway-integration:
                payloadFormatVersion: "1.0"
                connectionId: abc123
                type: http_proxy
                httpMethod: ANY
                uri: arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/my-load-balancer/50dc6c495c0c9188/0467ef3c8400ae65
                connectionType: VPC_LINK
                tlsConfig: {serverNameToVerify: example.com}
        """;
    Api api = Read.api(doc);
    assertThat(Read.route(api, "GET /a").integration().tls())
        .isEqualTo(new TlsConfig(null, true, null));
    assertThat(Read.route(api, "GET /b").integration().tls())
        .isEqualTo(new TlsConfig(null, false, "example.com"));
    assertThat(Read.route(api, "GET /a").integration().kind())
        .isEqualTo(IntegrationKind.HTTP_PROXY);
  }

  /**
   * api-gateway-extensions-integrations.md: integrations defined once under components and used by
   * $ref; their payloadFormatVersion makes it an HTTP API.
   */
  @Test
  void integrationsAreSharedByReference() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: Integrations, version: "1.0"}
        paths:
          /:
            get:
              x-amazon-apigateway-integration:
                $ref: "#/components/x-amazon-apigateway-integrations/integration1"
          /pets:
            get:
              x-amazon-apigateway-integration:
                $ref: "#/components/x-amazon-apigateway-integrations/integration1"
          /checkout:
            get:
              x-amazon-apigateway-integration:
                $ref: "#/components/x-amazon-apigateway-integrations/integration2"
        components:
          x-amazon-apigateway-integrations:
            integration1:
              type: aws_proxy
              httpMethod: POST
              uri: arn:aws:apigateway:us-east-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-2:123456789012:function:my-function/invocations
              passthroughBehavior: when_no_templates
              payloadFormatVersion: "1.0"
            integration2:
              type: aws_proxy
              httpMethod: POST
              uri: arn:aws:apigateway:us-east-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-2:123456789012:function:example-function/invocations
              passthroughBehavior: when_no_templates
              payloadFormatVersion: "1.0"
        """;
    Api api = Read.api(doc);
    assertThat(api.protocol()).isEqualTo(Protocol.HTTP);
    assertThat(Read.route(api, "GET /").integration())
        .isEqualTo(Read.route(api, "GET /pets").integration());
    assertThat(Read.route(api, "GET /checkout").integration().functionName())
        .contains("example-function");
    assertThat(Read.route(api, "GET /").integration().payloadFormatVersion()).isEqualTo("1.0");
  }

  /**
   * api-gateway-swagger-extensions-integration.md (integrationSubtype, HTTP APIs) and
   * api-gateway-swagger-extensions-integration-requestParameters.md (parameters of AWS_PROXY
   * integrations with a subtype).
   */
  @Test
  void awsProxyWithSubtypeIsAnAwsServiceIntegration() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: t}
        paths:
          /start:
            post:
              x-amazon-apigateway-integration:
                type: AWS_PROXY
                integrationSubtype: StepFunctions-StartExecution
                credentials: arn:aws:iam::123456789012:role/apigateway
                payloadFormatVersion: 1.0
                requestParameters:
                  StateMachineArn: arn:aws:states:us-east-1:123456789012:stateMachine:orders
                  Input: $request.body
        """;
    Integration integration = Read.route(Read.api(doc), "POST /start").integration();
    assertThat(integration.kind()).isEqualTo(IntegrationKind.AWS_SERVICE);
    assertThat(integration.subtype()).isEqualTo("StepFunctions-StartExecution");
    assertThat(integration.payloadFormatVersion()).isEqualTo("1.0");
    assertThat(integration.requestParameters()).containsEntry("Input", "$request.body");
  }

  /** api-gateway-swagger-extensions-integration.md: the type values, in any case. */
  @Test
  void integrationTypesMapToKinds() {
    String doc =
        """
        swagger: "2.0"
        info: {title: t}
        paths:
          /mock: {get: {x-amazon-apigateway-integration: {type: MOCK}}}
          /http: {get: {x-amazon-apigateway-integration: {type: HTTP, uri: "https://x"}}}
          /proxy: {get: {x-amazon-apigateway-integration: {type: http_proxy, uri: "https://x"}}}
          /service:
            get:
              x-amazon-apigateway-integration:
                type: aws
                uri: arn:aws:apigateway:us-east-1:kinesis:action/ListStreams
                httpMethod: POST
          /lambda:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                uri: arn:aws:lambda:us-east-1:123456789012:function:HelloWorld
        """;
    Api api = Read.api(doc);
    assertThat(Read.route(api, "GET /mock").integration().kind()).isEqualTo(IntegrationKind.MOCK);
    assertThat(Read.route(api, "GET /http").integration().kind()).isEqualTo(IntegrationKind.HTTP);
    assertThat(Read.route(api, "GET /proxy").integration().kind())
        .isEqualTo(IntegrationKind.HTTP_PROXY);
    Integration service = Read.route(api, "GET /service").integration();
    assertThat(service.kind()).isEqualTo(IntegrationKind.AWS_SERVICE);
    assertThat(service.serviceTarget()).contains(List.of("kinesis", "action/ListStreams"));
    assertThat(Read.route(api, "GET /lambda").integration().kind())
        .isEqualTo(IntegrationKind.LAMBDA_PROXY);
  }

  /** api-gateway-swagger-extensions-integration.md lists the properties; others are typos. */
  @Test
  void unknownPropertiesAreReportedWithTheNearestName() {
    var parsed =
        Read.parsed(
            """
            openapi: 3.0.1
            info: {title: t}
            paths:
              /:
                get:
                  x-amazon-apigateway-integration:
                    type: mock
                    passthroughBehaviour: never
                    x-vendor-note: fine
            """);
    assertThat(Read.codes(parsed)).containsExactly("openapi.unknown-property");
    assertThat(parsed.diagnostics().get(0).hint()).isEqualTo("did you mean `passthroughBehavior`?");
    assertThat(parsed.diagnostics().get(0).at().line()).isEqualTo(8);
  }

  @Test
  void anUnknownTypeIsAnErrorAndTheKindIsGuessed() {
    var parsed =
        Read.parsed(
            """
            openapi: 3.0.1
            info: {title: t}
            paths:
              /: {get: {x-amazon-apigateway-integration: {type: lambda, uri: "arn:aws:lambda:us-east-1:1:function:f"}}}
            """);
    assertThat(Read.codes(parsed)).contains("openapi.value");
    assertThat(Read.route(parsed.value(), "GET /").integration().kind())
        .isEqualTo(IntegrationKind.LAMBDA_PROXY);
  }
}
