package io.apigw.lint.rules.routes;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;

/** E2010: the HTTP API catch-all route {@code $default} in a REST API. */
public final class DefaultRouteInRestApi implements Rule {
  @Override
  public String id() {
    return "E2010";
  }

  @Override
  public String summary() {
    return "rest api has a $default route";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A `$default` route (in OpenAPI, `x-amazon-apigateway-any-method` on `/$default` with"
            + " `isDefaultRoute: true`) in a REST API.",
        "The `$default` route, which catches requests no other route matches, exists in HTTP"
            + " APIs only: the `x-amazon-apigateway-any-method` extension documents"
            + " `isDefaultRoute` as supported only for HTTP APIs. A REST API has no such route, and"
            + " `$` is not a character a REST path segment may contain, so it does not deploy as"
            + " written. A REST API catches the rest with a greedy resource: `ANY /{proxy+}`.",
        "AWS API Gateway developer guide, \"x-amazon-apigateway-any-method object\""
            + " (api-gateway-swagger-extensions-any-method.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-any-method.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    for (Route route : input.api().routes()) {
      if (route.key() instanceof RouteKey.Default) {
        out.add(
            route.source(),
            "`$default` routes exist in HTTP APIs only, not in REST APIs",
            "catch other requests with `ANY /{proxy+}` (and `ANY /` for the root)");
      }
    }
  }
}
