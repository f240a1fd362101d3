package io.apigw.lint.rules.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import org.junit.jupiter.api.Test;

/** Edge cases of the API key and usage plan rules that their examples do not show. */
class KeyAndPlanRulesTest {
  @Test
  void onlyTheConnectRouteOfAWebSocketApiIsCheckedForKeyOnlyProtection() {
    String chat =
        """
        api chat: websocket
        route-selection $request.body.action

        stage production
        plan basic: throttle 10/s burst 20, stages production
        key client-a: plan basic

        $connect    -> mock  key
        sendMessage -> mock  key
        """;

    var findings = Lint.run(new ApiKeyOnlyAuthentication(), "chat.apigw", chat);

    assertThat(Lint.lines(findings))
        .containsExactly("8:1 W5001 route `$connect` is protected by an API key only");
  }

  @Test
  void aDslDefinitionWithoutUsagePlansLetsNoKeyIn() {
    String api =
        """
        api partners: rest, regional

        stage prod

        GET /quotes -> mock 200  key  auth iam
        GET /status -> mock 200  key  auth iam
        """;

    var findings = Lint.run(new KeyRouteOutsideUsagePlans(), "partners.apigw", api);

    assertThat(Lint.lines(findings))
        .containsExactly(
            "5:1 E5002 route `GET /quotes` requires an API key, but no usage plan of this"
                + " definition lets a key in");
  }

  @Test
  void anOpenApiFileWithoutApigwPlansIsTakenToManageItsPlansElsewhere() {
    String api =
        """
        openapi: 3.0.1
        info:
          title: partners
          version: "1.0"
        paths:
          /quotes:
            get:
              security:
                - api_key: []
              x-amazon-apigateway-integration:
                type: mock
        components:
          securitySchemes:
            api_key:
              type: apiKey
              name: x-api-key
              in: header
        """;

    assertThat(Lint.run(new KeyRouteOutsideUsagePlans(), "partners.yaml", api)).isEmpty();
  }

  @Test
  void keysAndPlansOfAnHttpApiAreLeftToTheHttpApiRule() {
    String api =
        """
        api notes: http

        stage $default auto-deploy
        plan free: stages $default
        key k: value=short

        GET /notes -> http GET https://notes.example.com/notes  key
        """;

    assertThat(Lint.run(new ApiKeyOnlyAuthentication(), "notes.apigw", api)).isEmpty();
    assertThat(Lint.run(new UsagePlanWithoutLimits(), "notes.apigw", api)).isEmpty();
    assertThat(Lint.run(new ApiKeyValueLength(), "notes.apigw", api)).isEmpty();
    assertThat(Lint.run(new ApiKeyInNoUsagePlan(), "notes.apigw", api)).isEmpty();
  }
}
