package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Parsed;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Security schemes, authorizers and requirements. */
class SecurityMappingTest {

  /**
   * api-gateway-swagger-extensions-authorizer.md: a TOKEN authorizer names no identitySource; the
   * token comes from the header the scheme names.
   */
  @Test
  void tokenAuthorizerReadsTheHeaderTheSchemeNames() {
    String doc =
        """
        swagger: "2.0"
        info: {title: t}
        paths:
          /http:
            get:
              responses: {}
              security: [{test-authorizer: []}]
              x-amazon-apigateway-integration:
                type: http
                responses: {default: {statusCode: "200"}}
                httpMethod: GET
                uri: http://api.example.com
        securityDefinitions:
          test-authorizer:
            type: apiKey
            name: Authorization
            in: header
            x-amazon-apigateway-authtype: oauth2
            x-amazon-apigateway-authorizer:
              type: token
              authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:account-id:function:function-name/invocations
              authorizerCredentials: arn:aws:iam::account-id:role
              identityValidationExpression: "^x-[a-z]+"
              authorizerResultTtlInSeconds: 60
        """;
    Api api = Read.api(doc);
    Authorizer authorizer = api.authorizer("test-authorizer").orElseThrow();
    assertThat(authorizer.type()).isEqualTo(AuthorizerType.TOKEN);
    assertThat(authorizer.identitySources()).containsExactly("method.request.header.Authorization");
    assertThat(authorizer.functionName()).contains("function-name");
    assertThat(authorizer.credentials()).isEqualTo("arn:aws:iam::account-id:role");
    assertThat(authorizer.validationExpression()).isEqualTo("^x-[a-z]+");
    assertThat(authorizer.ttlSeconds()).isEqualTo(60);
    assertThat(authorizer.authType()).isEqualTo("oauth2");
    assertThat(Read.route(api, "GET /http").authorization())
        .isEqualTo(Authorization.custom("test-authorizer"));
  }

  /**
   * api-gateway-swagger-extensions-authorizer.md: a REQUEST authorizer's identitySource is a
   * comma-separated list.
   */
  @Test
  void requestAuthorizerIdentitySourceIsSplitAtCommas() {
    String doc =
        """
        swagger: "2.0"
        info: {title: t}
        paths: {}
        securityDefinitions:
          request_authorizer_header_query:
            type: apiKey
            name: Unused
            in: header
            x-amazon-apigateway-authtype: custom
            x-amazon-apigateway-authorizer:
              type: request
              identitySource: "method.request.header.HeaderAuth1, method.request.querystring.QueryString1"
              authorizerCredentials: arn:aws:iam::123456789012:role/AWSepIntegTest-CS-LambdaRole
              authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:APIGateway-Request-Authorizer:vtwo/invocations
              authorizerResultTtlInSeconds: "300"
        """;
    Authorizer authorizer = Read.api(doc).authorizers().get(0);
    assertThat(authorizer.type()).isEqualTo(AuthorizerType.REQUEST);
    assertThat(authorizer.identitySources())
        .containsExactly(
            "method.request.header.HeaderAuth1", "method.request.querystring.QueryString1");
    assertThat(authorizer.ttlSeconds()).isEqualTo(300);
    assertThat(authorizer.functionName()).contains("APIGateway-Request-Authorizer");
  }

  /**
   * api-gateway-swagger-extensions-authorizer.md (HTTP API examples): JWT with jwtConfiguration,
   * JWT whose issuer comes from openIdConnectUrl, and a Lambda authorizer with payload version 2.0
   * and simple responses.
   */
  @Test
  void httpApiAuthorizers() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: t}
        paths:
          /notes:
            get:
              security: [{jwt-authorizer-oauth: [notes/read, email]}]
        components:
          securitySchemes:
            jwt-authorizer-oauth:
              type: oauth2
              x-amazon-apigateway-authorizer:
                type: jwt
                jwtConfiguration:
                  issuer: https://cognito-idp.region.amazonaws.com/userPoolId
                  audience: [audience1, audience2]
                identitySource: $request.header.Authorization
            jwt-authorizer-autofind:
              type: openIdConnect
              openIdConnectUrl: https://cognito-idp.region.amazonaws.com/userPoolId/.well-known/openid-configuration
              x-amazon-apigateway-authorizer:
                type: jwt
                jwtConfiguration:
                  audience: [audience1, audience2]
                identitySource: $request.header.Authorization
            lambda-authorizer:
              type: apiKey
              name: Authorization
              in: header
              x-amazon-apigateway-authorizer:
                type: request
                identitySource: $request.header.Authorization
                authorizerUri: arn:aws:apigateway:us-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-west-2:123456789012:function:function-name/invocations
                authorizerPayloadFormatVersion: "2.0"
                authorizerResultTtlInSeconds: 300
                enableSimpleResponses: true
        """;
    Api api = Read.api(doc);
    assertThat(api.protocol()).as("JWT authorizers make an HTTP API").isEqualTo(Protocol.HTTP);
    Authorizer oauth = api.authorizer("jwt-authorizer-oauth").orElseThrow();
    assertThat(oauth.type()).isEqualTo(AuthorizerType.JWT);
    assertThat(oauth.issuer()).isEqualTo("https://cognito-idp.region.amazonaws.com/userPoolId");
    assertThat(oauth.audiences()).containsExactly("audience1", "audience2");
    assertThat(oauth.identitySources()).containsExactly("$request.header.Authorization");
    Authorizer autofind = api.authorizer("jwt-authorizer-autofind").orElseThrow();
    assertThat(autofind.issuer()).isEqualTo(oauth.issuer());
    Authorizer lambda = api.authorizer("lambda-authorizer").orElseThrow();
    assertThat(lambda.payloadFormatVersion()).isEqualTo("2.0");
    assertThat(lambda.simpleResponses()).isTrue();
    assertThat(Read.route(api, "GET /notes").authorization())
        .isEqualTo(Authorization.custom("jwt-authorizer-oauth", "notes/read", "email"));
  }

  /**
   * apigateway-enable-cognito-user-pool.md: a Cognito user pool authorizer, its provider ARNs, the
   * token from the scheme's header, and the scopes of the requirement.
   */
  @Test
  void cognitoUserPoolAuthorizer() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: t}
        paths:
          /:
            get:
              security: [{MyUserPool: [pets/read]}]
        components:
          securitySchemes:
            MyUserPool:
              type: apiKey
              name: Authorization
              in: header
              x-amazon-apigateway-authtype: cognito_user_pools
              x-amazon-apigateway-authorizer:
                type: cognito_user_pools
                providerARNs: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X"]
        """;
    Api api = Read.api(doc);
    Authorizer pool = api.authorizers().get(0);
    assertThat(pool.type()).isEqualTo(AuthorizerType.COGNITO_USER_POOLS);
    assertThat(pool.providerArns()).hasSize(1);
    assertThat(pool.identitySources()).containsExactly("method.request.header.Authorization");
    assertThat(Read.route(api, "GET /").authorization())
        .isEqualTo(Authorization.custom("MyUserPool", "pets/read"));
  }

  /**
   * api-gateway-swagger-extensions-authtype.md: {@code awsSigv4} names IAM authorization; any other
   * value is the authorizer's free-form auth type.
   */
  @Test
  void authtypeAwsSigv4IsIamAuthorization() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: openapi3, version: "1.0"}
        paths:
          /operation1:
            get:
              responses: {default: {description: Default response}}
              security: [{sigv4Reference: []}]
          /protected-by-lambda-authorizer:
            get:
              responses: {"200": {description: Default response}}
              security: [{myAuthorizer: []}]
        components:
          securitySchemes:
            sigv4Reference:
              type: apiKey
              name: Authorization
              in: header
              x-amazon-apigateway-authtype: awsSigv4
            myAuthorizer:
              type: apiKey
              name: Authorization
              in: header
              x-amazon-apigateway-authorizer:
                identitySource: method.request.header.Authorization
                authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:account-id:function:function-name/invocations
                authorizerResultTtlInSeconds: 300
                type: request
                enableSimpleResponses: false
              x-amazon-apigateway-authtype: Custom scheme with corporate claims
        """;
    Api api = Read.api(doc);
    assertThat(Read.route(api, "GET /operation1").authorization())
        .isInstanceOf(Authorization.Iam.class);
    assertThat(api.authorizers()).extracting(Authorizer::name).containsExactly("myAuthorizer");
    assertThat(api.authorizers().get(0).authType())
        .isEqualTo("Custom scheme with corporate claims");
  }

  /** api-gateway-swagger-extensions-auth.md: AWS_IAM and NONE on operations, in any case. */
  @Test
  void authExtensionSetsIamOrNone() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: openapi3, version: "1.0"}
        paths:
          /protected-by-iam:
            get:
              x-amazon-apigateway-auth: {type: AWS_IAM}
          /open:
            get:
              x-amazon-apigateway-auth: {type: none}
        """;
    Api api = Read.api(doc);
    assertThat(Read.route(api, "GET /protected-by-iam").authorization())
        .isInstanceOf(Authorization.Iam.class);
    assertThat(Read.route(api, "GET /open").authorization()).isInstanceOf(Authorization.None.class);
  }

  /**
   * api-gateway-swagger-extensions-api-key-source.md (keys are read from the x-api-key header): an
   * apiKey scheme for that header, without authorizer, means the route requires an API key.
   */
  @Test
  void apiKeySchemeMeansApiKeyRequired() {
    String doc =
        """
        swagger: "2.0"
        info: {title: t}
        paths:
          /keyed:
            get:
              security: [{api_key: [], sigv4: []}]
          /open:
            get: {}
        securityDefinitions:
          api_key: {type: apiKey, name: x-api-key, in: header}
          sigv4: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}
        """;
    Api api = Read.api(doc);
    Route keyed = Read.route(api, "GET /keyed");
    assertThat(keyed.apiKeyRequired()).isTrue();
    assertThat(keyed.authorization()).isInstanceOf(Authorization.Iam.class);
    assertThat(Read.route(api, "GET /open").apiKeyRequired()).isFalse();
  }

  /**
   * http-api-open-api.md: API Gateway takes one security requirement per operation; of several
   * alternatives the first is kept, with a warning.
   */
  @Test
  void ofSeveralAlternativeRequirementsTheFirstIsKept() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: t}
        paths:
          /:
            get:
              security: [{a: []}, {c: []}]
        components:
          securitySchemes:
            a: {type: apiKey, name: A, in: header, x-amazon-apigateway-authorizer: {type: token, authorizerUri: "arn:aws:lambda:us-east-1:1:function:a"}}
            c: {type: apiKey, name: C, in: header, x-amazon-apigateway-authorizer: {type: token, authorizerUri: "arn:aws:lambda:us-east-1:1:function:c"}}
        """;
    Parsed<Api> parsed = Read.parsed(doc);
    assertThat(Read.codes(parsed)).containsExactly("openapi.security.alternatives");
    Route route = Read.route(parsed.value(), "GET /");
    assertThat(route.authorization()).isEqualTo(Authorization.custom("a"));
    assertThat(route.apiKeyRequired()).isFalse();
    assertThat(parsed.diagnostics().get(0).at().line()).isEqualTo(6);
  }

  /**
   * The SAM translator writes {@code ApiKeyRequired} beside an authorizer as a second requirement
   * of its own ({@code [{MyCognitoAuth: []}, {api_key: []}]}, e.g. its expected output {@code
   * globals_for_api.json}), and API Gateway then requires both.
   */
  @Test
  void aLaterRequirementOfOnlyTheApiKeyAddsTheKey() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: t}
        paths:
          /:
            get:
              security: [{a: []}, {b: []}]
        components:
          securitySchemes:
            a: {type: apiKey, name: A, in: header, x-amazon-apigateway-authorizer: {type: token, authorizerUri: "arn:aws:lambda:us-east-1:1:function:a"}}
            b: {type: apiKey, name: x-api-key, in: header}
        """;
    Parsed<Api> parsed = Read.parsed(doc);
    assertThat(Read.codes(parsed)).isEmpty();
    Route route = Read.route(parsed.value(), "GET /");
    assertThat(route.authorization()).isEqualTo(Authorization.custom("a"));
    assertThat(route.apiKeyRequired()).isTrue();
  }

  /**
   * api-gateway-known-issues.md: "API Gateway doesn't use root level security defined in the
   * OpenAPI specification" for REST APIs; HTTP APIs apply it to operations without their own.
   */
  @Test
  void rootSecurityIsIgnoredByRestAndAppliedByHttp() {
    String rest =
        """
        openapi: 3.0.1
        info: {title: t}
        security: [{sigv4: []}]
        paths:
          /: {get: {}}
        components:
          securitySchemes:
            sigv4: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}
        """;
    Parsed<Api> parsed = Read.parsed(rest);
    assertThat(Read.codes(parsed)).containsExactly("openapi.security.root-ignored");
    assertThat(parsed.diagnostics().get(0).at().line()).isEqualTo(3);
    assertThat(Read.route(parsed.value(), "GET /").authorization())
        .isInstanceOf(Authorization.None.class);

    String http =
        rest.replace(
                "info: {title: t}",
                "info: {title: t}\nx-amazon-apigateway-importexport-version: \"1.0\"")
            .replace("/: {get: {}}", "/: {get: {}}\n  /open: {get: {security: []}}");
    Api api = Read.api(http);
    assertThat(api.protocol()).isEqualTo(Protocol.HTTP);
    assertThat(Read.route(api, "GET /").authorization()).isInstanceOf(Authorization.Iam.class);
    assertThat(Read.route(api, "GET /open").authorization()).isInstanceOf(Authorization.None.class);
  }

  @Test
  void aRequirementNamingNoSchemeIsAnError() {
    Parsed<Api> parsed =
        Read.parsed(
            """
            openapi: 3.0.1
            info: {title: t}
            paths:
              /: {get: {security: [{missing: []}]}}
            """);
    assertThat(Read.codes(parsed)).containsExactly("openapi.security.unknown-scheme");
  }

  @Test
  void schemesApiGatewayDoesNotCheckAreReportedAsInfo() {
    Parsed<Api> parsed =
        Read.parsed(
            """
            openapi: 3.0.1
            info: {title: t}
            paths:
              /: {get: {security: [{basic: []}]}}
            components:
              securitySchemes:
                basic: {type: http, scheme: basic}
            """);
    assertThat(parsed.isClean()).isTrue();
    assertThat(Read.codes(parsed)).containsExactly("openapi.security.unsupported");
    assertThat(parsed.value().authorizers()).isEqualTo(List.of());
  }
}
