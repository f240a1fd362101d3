package io.apigw.lint.rules.integrations;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Integration;
import io.apigw.model.Protocol;
import io.apigw.model.Route;

/** E6002: a Lambda integration whose integration request is not a POST. */
public final class LambdaMethodNotPost implements Rule {
  @Override
  public String id() {
    return "E6002";
  }

  @Override
  public String summary() {
    return "Lambda integration does not use POST";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A Lambda integration (proxy or custom) whose integration HTTP method (`method=` in the"
            + " DSL, `httpMethod` in OpenAPI) is not `POST`, or, in a REST API, is not given. The"
            + " route's own method does not matter: a `GET` route still calls Lambda with POST.",
        "\"For Lambda integrations, you must use the HTTP method of POST for the integration"
            + " request, according to the specification of the Lambda service action for function"
            + " invocations.\" Lambda's Invoke action answers nothing else, so with another method"
            + " every call of the route fails: API Gateway answers 500 Internal Server Error.",
        "AWS API Gateway developer guide, \"Set up Lambda proxy integrations in API Gateway\""
            + " (set-up-lambda-proxy-integrations.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    boolean rest = input.api().protocol() == Protocol.REST;
    for (Route route : input.api().routes()) {
      Integration integration = route.integration();
      if (integration == null || !integration.kind().isLambda()) {
        continue;
      }
      String method = integration.httpMethod();
      if (method == null) {
        if (rest) {
          out.add(
              Sites.of(route),
              "Lambda integration of `" + route.key().text() + "` has no HTTP method",
              "Lambda is invoked with POST: set the integration's method to POST");
        }
      } else if (!method.strip().equalsIgnoreCase("POST")) {
        out.add(
            Sites.member(input, route, "httpMethod"),
            "Lambda integration of `"
                + route.key().text()
                + "` uses `"
                + method
                + "`; Lambda is invoked with POST",
            "set the integration's method to POST, whatever the route's method");
      }
    }
  }
}
