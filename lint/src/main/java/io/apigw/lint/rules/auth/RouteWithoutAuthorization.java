package io.apigw.lint.rules.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Api;
import io.apigw.model.Authorization;
import io.apigw.model.HttpMethod;
import io.apigw.model.IntegrationKind;
import io.apigw.model.Protocol;
import io.apigw.model.Route;

/** W4006: a REST or HTTP API route that anyone may call. */
public final class RouteWithoutAuthorization implements Rule {
  @Override
  public String id() {
    return "W4006";
  }

  @Override
  public String summary() {
    return "route has neither authorization nor an API key";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A route of a REST or HTTP API with no authorizer, no IAM authorization and (REST) no"
            + " API key requirement, when the definition does not say it is public on purpose."
            + " Not reported: routes marked open explicitly (`auth none` in the DSL, `security:"
            + " []` or `x-amazon-apigateway-auth: {type: NONE}` in OpenAPI); CORS preflight"
            + " routes, that is `OPTIONS` routes with a mock integration or none, and in an HTTP"
            + " API with a CORS configuration every `OPTIONS` route, since API Gateway answers"
            + " preflight requests itself and browsers send them without credentials; WebSocket"
            + " APIs, whose authorization belongs on `$connect` alone.",
        "API Gateway's default authorization is `NONE`: a route that says nothing is open to"
            + " anyone on the internet who finds its URL (a resource policy or WAF rule may still"
            + " restrict callers, which the rule cannot see). The guide lists the mechanisms for"
            + " controlling access (resource policies, IAM, Lambda and Cognito authorizers, JWT"
            + " authorizers, usage plans with API keys); AWS Security Hub's control"
            + " APIGateway.8 likewise asks HTTP and WebSocket routes to specify an authorization"
            + " type. An API key identifies a client for usage plans rather than authorizing it,"
            + " but is counted here as a deliberate access decision.",
        "AWS API Gateway developer guide, \"Controlling and managing access to a REST API in API"
            + " Gateway\" (apigateway-control-access-to-api.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Api api = input.api();
    Protocol protocol = api.protocol();
    if (protocol == Protocol.WEBSOCKET) {
      return;
    }
    for (Route route : api.routes()) {
      Authorization authorization = route.authorization();
      if (!(authorization instanceof Authorization.None)
          || authorization.source().isKnown()
          || (protocol == Protocol.REST && route.apiKeyRequired())
          || isPreflight(api, route)
          || openOnPurpose(input, route)) {
        continue;
      }
      out.add(
          route.source().isKnown() ? route.source() : input.apiAt(),
          "route `"
              + route.key().text()
              + "` is open to anyone: no authorizer, no IAM authorization"
              + (protocol == Protocol.REST ? ", no API key" : ""),
          hint(input, protocol));
    }
  }

  private static boolean isPreflight(Api api, Route route) {
    if (route.method() != HttpMethod.OPTIONS) {
      return false;
    }
    if (api.protocol() == Protocol.HTTP && api.cors() != null) {
      return true;
    }
    return route.integration() == null || route.integration().kind() == IntegrationKind.MOCK;
  }

  /** OpenAPI's {@code security: []}, which the model does not tell from saying nothing. */
  private static boolean openOnPurpose(LintInput input, Route route) {
    if (input.document() == null) {
      return false;
    }
    JsonNode operation = OpenApiSecurity.operation(input.document().root(), route);
    JsonNode security = operation == null ? null : operation.get("security");
    return security != null && security.isArray() && security.isEmpty();
  }

  private static String hint(LintInput input, Protocol protocol) {
    if (input.document() != null) {
      return "add a `security` requirement, or `security: []` if the route is public on purpose";
    }
    return (protocol == Protocol.REST
            ? "add `auth NAME`, `auth iam` or `key`"
            : "add `auth NAME` or `auth iam`")
        + ", or `auth none` if the route is public on purpose";
  }
}
