package io.apigw.lint.rules.auth;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Authorization;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import io.apigw.model.SourceRange;

/** E4012: authorization on a WebSocket route other than {@code $connect}. */
public final class AuthorizationOutsideConnect implements Rule {
  private static final String CONNECT = "$connect";

  @Override
  public String id() {
    return "E4012";
  }

  @Override
  public String summary() {
    return "WebSocket authorization on a route other than $connect";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A WebSocket API route other than `$connect` with an authorizer or IAM authorization.",
        "A WebSocket connection is stateful: API Gateway authorizes a client once, when it"
            + " connects. The guide says you can configure authorization on the `$connect` route"
            + " only, and that a Lambda authorizer can be used for the `$connect` route only;"
            + " API Gateway refuses authorization on any other route, so the deployment fails.",
        "AWS API Gateway developer guide, \"Managing connected users and client apps: `$connect`"
            + " and `$disconnect` routes\""
            + " (apigateway-websocket-api-route-keys-connect-disconnect.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-keys-connect-disconnect.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.WEBSOCKET) {
      return;
    }
    for (Route route : input.api().routes()) {
      Authorization authorization = route.authorization();
      if (authorization instanceof Authorization.None || route.key().text().equals(CONNECT)) {
        continue;
      }
      SourceRange at =
          authorization.source().isKnown()
              ? authorization.source()
              : route.source().isKnown() ? route.source() : input.apiAt();
      out.add(
          at,
          "route `"
              + route.key().text()
              + "` has authorization, which WebSocket APIs allow on `$connect` only",
          "authorize the client on `$connect` and remove the authorization here");
    }
  }
}
