package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.ApiKeySource;
import io.apigw.model.Cors;
import io.apigw.model.EndpointType;
import io.apigw.model.GatewayResponse;
import io.apigw.model.HttpMethod;
import io.apigw.model.Parsed;
import io.apigw.model.Protocol;
import io.apigw.model.RequestValidator;
import io.apigw.model.RouteKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API-level extensions, one test per page of the developer guide. */
class RootExtensionsMappingTest {

  /** api-gateway-swagger-extensions-api-key-source.md. */
  @Test
  void apiKeySource() {
    String doc =
        """
        swagger: "2.0"
        info: {title: Test1}
        schemes: [https]
        basePath: /import
        x-amazon-apigateway-api-key-source: HEADER
        paths: {}
        """;
    assertThat(Read.api(doc).apiKeySource()).isEqualTo(ApiKeySource.HEADER);
    assertThat(Read.api(doc.replace("HEADER", "authorizer")).apiKeySource())
        .isEqualTo(ApiKeySource.AUTHORIZER);
  }

  /** api-gateway-swagger-extensions-binary-media-types.md. */
  @Test
  void binaryMediaTypes() {
    String doc =
        """
        {"swagger": "2.0", "info": {"title": "t"}, "paths": {},
         "x-amazon-apigateway-binary-media-types": [ "application/octet", "image/jpeg" ]}
        """;
    assertThat(Read.api(doc).binaryMediaTypes()).containsExactly("application/octet", "image/jpeg");
  }

  /** api-gateway-swagger-extensions-cors-configuration.md: and CORS makes it an HTTP API. */
  @Test
  void corsConfiguration() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: t}
        paths: {}
        x-amazon-apigateway-cors:
          allowOrigins: ["https://www.example.com"]
          allowCredentials: true
          exposeHeaders: [x-apigateway-header, x-amz-date, content-type]
          maxAge: 3600
          allowMethods: [GET, OPTIONS, POST]
          allowHeaders: [x-apigateway-header, x-amz-date, content-type]
        """;
    Api api = Read.api(doc);
    assertThat(api.protocol()).isEqualTo(Protocol.HTTP);
    assertThat(api.cors())
        .isEqualTo(
            new Cors(
                null,
                List.of("https://www.example.com"),
                List.of("GET", "OPTIONS", "POST"),
                List.of("x-apigateway-header", "x-amz-date", "content-type"),
                List.of("x-apigateway-header", "x-amz-date", "content-type"),
                true,
                3600));
  }

  /** api-gateway-swagger-extensions-documentation.md: kept as written. */
  @Test
  void documentation() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: t}
        paths: {}
        x-amazon-apigateway-documentation:
          version: 1.0.3
          documentationParts:
            - location: {type: API}
              properties:
                description: API description
                info: {description: API info description 4, version: API info version 3}
        """;
    Api api = Read.api(doc);
    assertThat(api.documentation().path("version").asText()).isEqualTo("1.0.3");
    assertThat(api.documentation().at("/documentationParts/0/location/type").asText())
        .isEqualTo("API");
  }

  /**
   * api-gateway-swagger-extensions-endpoint-configuration.md: top level in Swagger 2.0, under a
   * server in OpenAPI 3.0; VPC endpoints (PRIVATE APIs) and the disabled execute-api endpoint.
   */
  @Test
  void endpointConfiguration() {
    String swagger =
        """
        swagger: "2.0"
        info: {title: t}
        paths: {}
        x-amazon-apigateway-endpoint-configuration:
          vpcEndpointIds: [vpce-0212a4ababd5b8c3e, vpce-01d622316a7df47f9]
        """;
    Api api = Read.api(swagger);
    assertThat(api.endpoint().vpcEndpointIds())
        .containsExactly("vpce-0212a4ababd5b8c3e", "vpce-01d622316a7df47f9");
    assertThat(api.endpoint().type()).isEqualTo(EndpointType.PRIVATE);

    String openapi =
        """
        openapi: 3.0.1
        info: {title: t}
        servers:
          - url: https://example.com
            x-amazon-apigateway-endpoint-configuration:
              disableExecuteApiEndpoint: true
        paths: {}
        """;
    Api three = Read.api(openapi);
    assertThat(three.endpoint().disableExecuteApiEndpoint()).isTrue();
    assertThat(three.endpoint().type()).isEqualTo(EndpointType.EDGE);
  }

  /**
   * api-gateway-swagger-extensions-gateway-responses.md, -gateway-responses.gatewayResponse.md,
   * -responseParameters.md, -responseTemplates.md.
   */
  @Test
  void gatewayResponses() {
    String doc =
        """
        {"swagger": "2.0", "info": {"title": "t"}, "paths": {},
          "x-amazon-apigateway-gateway-responses": {
            "DEFAULT_4XX": {
              "responseParameters": {
                "gatewayresponse.header.Access-Control-Allow-Origin": "'domain.com'"
              },
              "responseTemplates": {
                "application/json": "{\\"message\\": test 4xx b }"
              }
            },
            "INVALID_API_KEY": {
              "statusCode": "429",
              "responseTemplates": {
                "application/json": "{\\"message\\": test forbidden }"
              }
            }
          }
        }
        """;
    List<GatewayResponse> responses = Read.api(doc).gatewayResponses();
    assertThat(responses)
        .extracting(GatewayResponse::type)
        .containsExactly("DEFAULT_4XX", "INVALID_API_KEY");
    assertThat(responses.get(0).statusCode()).isNull();
    assertThat(responses.get(0).headers())
        .containsExactly(Map.entry("Access-Control-Allow-Origin", "'domain.com'"));
    assertThat(responses.get(1).statusCode()).isEqualTo(429);
    assertThat(responses.get(1).templates())
        .containsExactly(Map.entry("application/json", "{\"message\": test forbidden }"));
  }

  /** api-gateway-extensions-importexport-version.md: and it makes an HTTP API. */
  @Test
  void importExportVersion() {
    Api api =
        Read.api(
            """
            {"openapi": "3.0.1", "x-amazon-apigateway-importexport-version": "1.0",
             "info": {"title": "t"}, "paths": {}}
            """);
    assertThat(api.importExportVersion()).isEqualTo("1.0");
    assertThat(api.protocol()).isEqualTo(Protocol.HTTP);
    assertThat(api.endpoint().type()).isEqualTo(EndpointType.REGIONAL);
  }

  /** api-gateway-openapi-minimum-compression-size.md. */
  @Test
  void minimumCompressionSize() {
    Api api =
        Read.api(
            """
            openapi: 3.0.1
            info: {title: t}
            paths: {}
            x-amazon-apigateway-minimum-compression-size: 5242880
            """);
    assertThat(api.minimumCompressionSize()).isEqualTo(5242880);
  }

  /** openapi-extensions-policy.md: the policy document, kept as written. */
  @Test
  void policy() {
    Api api =
        Read.api(
            """
            {"openapi": "3.0.1", "info": {"title": "t"}, "paths": {},
             "x-amazon-apigateway-policy": {
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke",
                     "Resource": ["execute-api:/*"]},
                    {"Effect": "Deny", "Principal": "*", "Action": "execute-api:Invoke",
                     "Resource": ["execute-api:/*"],
                     "Condition": {"IpAddress": {"aws:SourceIp": "192.0.2.0/24"}}}
                ]}}
            """);
    assertThat(api.resourcePolicy().at("/Statement/1/Condition/IpAddress/aws:SourceIp").asText())
        .isEqualTo("192.0.2.0/24");
  }

  /**
   * api-gateway-swagger-extensions-request-validator.md, -request-validators.md,
   * -request-validators.requestValidator.md: the validators, the API's default and a method's own.
   */
  @Test
  void requestValidators() {
    String doc =
        """
        swagger: "2.0"
        info: {title: t}
        x-amazon-apigateway-request-validators:
          basic: {validateRequestBody: true, validateRequestParameters: true}
          params-only: {validateRequestBody: false, validateRequestParameters: true}
        x-amazon-apigateway-request-validator: basic
        paths:
          /validation:
            post:
              x-amazon-apigateway-request-validator: params-only
            get: {}
        """;
    Api api = Read.api(doc);
    assertThat(api.validators())
        .containsExactly(
            new RequestValidator(null, "basic", true, true),
            new RequestValidator(null, "params-only", false, true));
    assertThat(api.defaultValidator()).isEqualTo("basic");
    assertThat(Read.route(api, "POST /validation").validator()).isEqualTo("params-only");
    assertThat(Read.route(api, "GET /validation").validator()).isNull();
  }

  @Test
  void aValidatorNobodyDefinedIsAnError() {
    Parsed<Api> parsed =
        Read.parsed(
            """
            swagger: "2.0"
            info: {title: t}
            x-amazon-apigateway-request-validators: {basic: {validateRequestBody: true}}
            paths:
              /: {post: {x-amazon-apigateway-request-validator: basci}}
            """);
    assertThat(Read.codes(parsed)).containsExactly("model.undefined");
    assertThat(parsed.diagnostics().get(0).hint()).isEqualTo("did you mean `basic`?");
  }

  /**
   * api-gateway-openapi-extensions-x-amazon-apigateway-tag-value.md: for HTTP APIs a tag without a
   * value has the empty value; in a REST API only tags with a value are AWS tags.
   */
  @Test
  void tagValues() {
    String doc =
        """
        openapi: 3.0.1
        x-amazon-apigateway-importexport-version: "1.0"
        info: {title: t}
        paths: {}
        tags:
          - name: Owner
            x-amazon-apigateway-tag-value: Admin
          - name: Prod
        """;
    assertThat(Read.api(doc).tags())
        .containsExactly(Map.entry("Owner", "Admin"), Map.entry("Prod", ""));
    String rest = doc.replace("x-amazon-apigateway-importexport-version: \"1.0\"\n", "");
    assertThat(Read.api(rest).tags()).containsExactly(Map.entry("Owner", "Admin"));
  }

  /**
   * api-gateway-swagger-extensions-any-method.md: ANY on a proxy resource, and the HTTP API's
   * $default route.
   */
  @Test
  void anyMethodAndTheDefaultRoute() {
    String rest =
        """
        {"swagger": "2.0", "info": {"title": "t"}, "paths": {
          "/{proxy+}": {
            "x-amazon-apigateway-any-method": {
              "produces": ["application/json"],
              "parameters": [{"name": "proxy", "in": "path", "required": true, "type": "string"}],
              "responses": {},
              "x-amazon-apigateway-integration": {
                "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:TestSimpleProxy/invocations",
                "httpMethod": "POST",
                "type": "aws_proxy"}}}}}
        """;
    Api api = Read.api(rest);
    assertThat(api.routes().get(0).key()).isEqualTo(RouteKey.Http.of(HttpMethod.ANY, "/{proxy+}"));
    assertThat(api.routes().get(0).integration().functionName()).contains("TestSimpleProxy");

    String http =
        """
        {"openapi": "3.0.1", "info": {"title": "t"}, "paths": {
          "/$default": {
            "x-amazon-apigateway-any-method": {
              "isDefaultRoute": true,
              "x-amazon-apigateway-integration": {
                "type": "AWS_PROXY",
                "httpMethod": "POST",
                "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:HelloWorld/invocations",
                "timeoutInMillis": 1000,
                "connectionType": "INTERNET",
                "payloadFormatVersion": 1.0}}}}}
        """;
    Api httpApi = Read.api(http);
    assertThat(httpApi.protocol()).isEqualTo(Protocol.HTTP);
    assertThat(httpApi.routes().get(0).key()).isEqualTo(new RouteKey.Default());
    assertThat(httpApi.routes().get(0).integration().payloadFormatVersion()).isEqualTo("1.0");
    assertThat(httpApi.routes().get(0).integration().timeoutMillis()).isEqualTo(1000);
  }
}
