package io.apigw.lint.rules.keys;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Api;
import io.apigw.model.ApiKey;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import io.apigw.model.UsagePlan;

/** E5006: API keys, usage plans or routes that require a key in an HTTP API. */
public final class KeysOnHttpApi implements Rule {
  @Override
  public String id() {
    return "E5006";
  }

  @Override
  public String summary() {
    return "API keys or usage plans in an HTTP API";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An API key, a usage plan, or a route that requires an API key, in an HTTP API.",
        "HTTP APIs have no API keys and no usage plans: the developer guide's comparison of"
            + " REST and HTTP APIs lists API keys and per-client throttling as REST-only features."
            + " An HTTP API route cannot require a key, so what the definition means to protect"
            + " is open, and the keys and plans cannot be attached to the API's stages. Use a REST"
            + " API, or protect the routes with a JWT or Lambda authorizer.",
        "AWS API Gateway developer guide, \"Choosing between REST APIs and HTTP APIs\""
            + " (http-api-vs-rest.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Api api = input.api();
    if (api.protocol() != Protocol.HTTP) {
      return;
    }
    for (ApiKey key : api.apiKeys()) {
      out.add(key.source(), "API key `" + key.name() + "` in an HTTP API, which has no API keys");
    }
    for (UsagePlan plan : api.usagePlans()) {
      out.add(
          plan.source(),
          "usage plan `" + plan.name() + "` in an HTTP API, which has no usage plans");
    }
    for (Route route : api.routes()) {
      if (route.apiKeyRequired()) {
        out.add(
            route.source(),
            "route `"
                + route.key().text()
                + "` requires an API key, which an HTTP API cannot check",
            "protect the route with a JWT or Lambda authorizer, or make the API a REST API");
      }
    }
  }
}
