package io.apigw.lint.rules.keys;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Authorization;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;

/** W5001: a route whose only protection is an API key. */
public final class ApiKeyOnlyAuthentication implements Rule {
  @Override
  public String id() {
    return "W5001";
  }

  @Override
  public String summary() {
    return "route is protected by an API key only";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A route that requires an API key (`key` in the DSL, the `x-api-key` security scheme in"
            + " OpenAPI) but has no authorizer and no IAM authorization. In a WebSocket API only"
            + " `$connect` is checked, the one route where API Gateway authorizes.",
        "API keys identify a usage plan's clients for throttling and quotas; they do not"
            + " authenticate anyone. They travel in a header that proxies and logs keep, and"
            + " whoever holds a valid key of a usage plan can call every API of that plan. The"
            + " developer guide's best practices for API keys and usage plans say: \"Don't use API"
            + " keys for authentication or authorization for your APIs\", and ask for an IAM role, a"
            + " Lambda authorizer or an Amazon Cognito user pool instead.",
        "AWS API Gateway developer guide, \"Creating and using usage plans with API keys\","
            + " best practices (api-gateway-api-usage-plans.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    // HTTP APIs have no API keys at all: E5006 says so.
    if (input.api().protocol() == Protocol.HTTP) {
      return;
    }
    for (Route route : input.api().routes()) {
      if (!route.apiKeyRequired() || !(route.authorization() instanceof Authorization.None)) {
        continue;
      }
      if (route.key() instanceof RouteKey.WebSocket ws && !ws.name().equals("$connect")) {
        continue;
      }
      out.add(
          route.source(),
          "route `" + route.key().text() + "` is protected by an API key only",
          "add an authorizer or IAM authorization; keep the key for the usage plan");
    }
  }
}
