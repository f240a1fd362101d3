package io.apigw.lint.rules.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Finding;
import io.apigw.lint.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edge cases of the authorizer rules that their examples do not show. */
class AuthorizerRulesTest {
  private static final String SCHEMES =
      """
      openapi: 3.0.1
      info:
        title: Notes
        version: "1.0"
      %s
      components:
        securitySchemes:
          sigv4:
            type: apiKey
            name: Authorization
            in: header
            x-amazon-apigateway-authtype: awsSigv4
          partner:
            type: apiKey
            name: Authorization
            in: header
            x-amazon-apigateway-authorizer:
              type: request
              identitySource: method.request.header.Authorization
              authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
              authorizerResultTtlInSeconds: 0
      security:
        - sigv4: []
        - partner: []
      paths:
        /notes:
          get:
            security: []
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: GET
              uri: https://notes.example.com/notes
      """;

  @Test
  void httpRootSecurityWithAlternativesIsAnError() {
    String yaml = SCHEMES.formatted("x-apigw-protocol: HTTP");

    var lines = Lint.lines(Lint.run(new SeveralSecurityRequirements(), "notes.yaml", yaml));

    assertThat(lines)
        .containsExactly(
            "22:1 E4001 HTTP APIs take one security requirement per operation; this `security`"
                + " lists 2");
  }

  @Test
  void restRootSecurityIsLeftToTheReaderAndHttpToE4001() {
    String rest = SCHEMES.formatted("x-apigw-protocol: REST");
    String http = SCHEMES.formatted("x-apigw-protocol: HTTP");

    assertThat(Lint.run(new SecurityAlternativesIgnored(), "notes.yaml", rest)).isEmpty();
    assertThat(Lint.run(new SecurityAlternativesIgnored(), "notes.yaml", http)).isEmpty();
    assertThat(Lint.run(new SeveralSecurityRequirements(), "notes.yaml", rest)).isEmpty();
  }

  @Test
  void anEmptyOpenApiSecurityListMarksARoutePublicOnPurpose() {
    String yaml = SCHEMES.formatted("x-apigw-protocol: REST");

    assertThat(Lint.run(new RouteWithoutAuthorization(), "notes.yaml", yaml)).isEmpty();
  }

  @Test
  void httpApisAnswerPreflightThemselvesAndHaveNoApiKeys() {
    String dsl =
        """
        api notes: http
        cors origins=https://notes.example.com
        OPTIONS /notes -> http ANY https://notes.example.com
        GET /notes -> http GET https://notes.example.com key
        """;

    var lines = Lint.lines(Lint.run(new RouteWithoutAuthorization(), "notes.apigw", dsl));

    assertThat(lines)
        .containsExactly(
            "4:1 W4006 route `GET /notes` is open to anyone: no authorizer, no IAM"
                + " authorization");
  }

  @Test
  void webSocketRoutesAreNotReportedOpen() {
    String dsl = "api chat: websocket\nroute-selection $request.body.action\n$connect -> mock\n";

    assertThat(Lint.run(new RouteWithoutAuthorization(), "chat.apigw", dsl)).isEmpty();
  }

  @Test
  void identitySourcesOfAnotherApiKindGetTheirTranslationAsHint() {
    String http =
        "api notes: http\nfunction f: nodejs20.x handler=a.b\n"
            + "auth a: request function=f identity=method.request.header.X-Key payload=2.0\n"
            + "GET /notes -> mock 200 auth a\n";
    String webSocket =
        "api chat: websocket\nroute-selection $request.body.action\n"
            + "function f: nodejs20.x handler=a.b\n"
            + "auth a: request function=f identity=$request.header.Authorization\n"
            + "$connect -> mock auth a\n";

    List<Finding> inHttp = Lint.run(new MalformedIdentitySource(), "notes.apigw", http);
    List<Finding> inWebSocket = Lint.run(new MalformedIdentitySource(), "chat.apigw", webSocket);

    assertThat(inHttp)
        .singleElement()
        .extracting(Finding::hint)
        .isEqualTo("write `$request.header.X-Key`");
    assertThat(inWebSocket)
        .singleElement()
        .extracting(Finding::hint)
        .isEqualTo("write `route.request.header.Authorization`");
  }

  @Test
  void httpRequestAuthorizersNeedAnIdentitySourceOnlyWhenTheyCache() {
    String dsl =
        """
        api notes: http
        function f: nodejs20.x handler=a.b
        auth fresh: request function=f payload=2.0
        auth cached: request function=f payload=2.0 ttl=60s
        auth users: jwt issuer=https://issuer.example.com audience=notes
        GET /a -> mock 200 auth fresh
        GET /b -> mock 200 auth cached
        GET /c -> mock 200 auth users
        """;

    var lines = Lint.lines(Lint.run(new MissingIdentitySource(), "notes.apigw", dsl));

    assertThat(lines)
        .containsExactly(
            "4:1 E4009 authorizer `cached` caches results for 60 seconds but names no identity"
                + " source to key the cache on",
            "5:1 E4009 JWT authorizer `users` names no identity source to read the token from");
  }

  @Test
  void tokenAndCognitoAuthorizersNeedExactlyOneHeader() {
    String dsl =
        """
        api orders: rest
        function f: nodejs20.x handler=a.b
        auth pool: cognito pools=arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X
        auth token: token function=f identity=method.request.header.A,method.request.header.B
        GET /a -> mock 200 auth pool
        GET /b -> mock 200 auth token
        """;

    var lines = Lint.lines(Lint.run(new TokenSourceNotOneHeader(), "orders.apigw", dsl));

    assertThat(lines)
        .containsExactly(
            "3:1 E4010 Cognito user pool authorizer `pool` names no header to read the token"
                + " from",
            "4:1 E4010 TOKEN authorizer `token` reads its token from one header, not 2 identity"
                + " sources");
  }

  @Test
  void authorizerTypesOfTheOtherApiKindsAreErrors() {
    String http =
        "api notes: http\nauth pool: cognito pools=arn:aws:cognito-idp:us-east-1:1:userpool/x"
            + " header=Authorization\nGET /a -> mock 200 auth pool\n";
    String webSocket =
        "api chat: websocket\nroute-selection $request.body.action\n"
            + "function f: nodejs20.x handler=a.b\n"
            + "auth t: token function=f identity=route.request.header.Authorization\n"
            + "$connect -> mock auth t\n";

    List<Finding> inHttp = Lint.run(new AuthorizerTypeNotForProtocol(), "notes.apigw", http);
    List<Finding> inWebSocket =
        Lint.run(new AuthorizerTypeNotForProtocol(), "chat.apigw", webSocket);

    assertThat(Lint.lines(inHttp))
        .containsExactly(
            "2:1 E4004 Cognito user pool authorizers do not exist in HTTP APIs; `pool` cannot be"
                + " created");
    assertThat(inHttp.get(0).hint()).contains("JWT authorizer");
    assertThat(Lint.lines(inWebSocket))
        .containsExactly(
            "4:1 E4004 TOKEN authorizers do not exist in WebSocket APIs; `t` cannot be created");
  }

  @Test
  void simpleResponsesDoNotExistOutsideHttpApis() {
    String dsl =
        "api orders: rest\nfunction f: nodejs20.x handler=a.b\n"
            + "auth a: request function=f identity=method.request.header.A simple\n"
            + "GET /a -> mock 200 auth a\n";

    var lines = Lint.lines(Lint.run(new SimpleResponsesWithoutPayloadV2(), "orders.apigw", dsl));

    assertThat(lines)
        .containsExactly(
            "3:1 E4005 authorizer `a` enables simple responses, which REST APIs do not have");
  }

  @Test
  void negativeTtlsAreOutOfRangeAndTheLimitsAreNot() {
    String dsl =
        """
        api orders: rest
        function f: nodejs20.x handler=a.b
        auth low: request function=f identity=method.request.header.A ttl=-1
        auth none: request function=f identity=method.request.header.A ttl=0
        auth max: request function=f identity=method.request.header.A ttl=3600
        GET /a -> mock 200 auth low
        """;

    var lines = Lint.lines(Lint.run(new AuthorizerTtlOutOfRange(), "orders.apigw", dsl));

    assertThat(lines)
        .containsExactly(
            "3:1 E4003 authorizer `low` caches its result for -1 seconds; API Gateway allows 0"
                + " to 3600");
  }

  @Test
  void jwtScopesAreChecked() {
    String dsl =
        "api notes: http\nauth users: jwt issuer=https://issuer.example.com audience=notes"
            + " header=Authorization\nGET /a -> mock 200 auth users scopes=notes/read\n";

    assertThat(Lint.run(new ScopesIgnoredByAuthorizer(), "notes.apigw", dsl)).isEmpty();
  }
}
