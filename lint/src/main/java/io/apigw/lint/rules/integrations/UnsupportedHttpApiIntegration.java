package io.apigw.lint.rules.integrations;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Integration;
import io.apigw.model.Protocol;
import io.apigw.model.Route;

/** E6003: an integration type HTTP APIs do not have. */
public final class UnsupportedHttpApiIntegration implements Rule {
  @Override
  public String id() {
    return "E6003";
  }

  @Override
  public String summary() {
    return "HTTP API integration is not a Lambda proxy, HTTP proxy or AWS service one";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An integration of an HTTP API that is a Lambda custom (`AWS`), HTTP custom (`HTTP`) or"
            + " mock (`MOCK`) integration, or an AWS service integration without an integration"
            + " subtype.",
        "\"HTTP APIs support Lambda proxy, AWS service, and HTTP proxy integrations\"; the"
            + " comparison of REST and HTTP APIs lists mock integrations as REST-only, and an HTTP"
            + " API's AWS service integration is an `AWS_PROXY` integration named by its subtype"
            + " (such as `SQS-SendMessage`). Mapping templates, which custom integrations rely"
            + " on, do not exist in HTTP APIs. API Gateway refuses such an integration, so the"
            + " import or deployment fails.",
        "AWS API Gateway developer guide, \"Configuring integrations for HTTP APIs\""
            + " (http-api-develop-integrations.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.HTTP) {
      return;
    }
    for (Route route : input.api().routes()) {
      Integration integration = route.integration();
      if (integration == null) {
        continue;
      }
      String named = "`" + route.key().text() + "`";
      switch (integration.kind()) {
        case LAMBDA ->
            out.add(
                Sites.of(route),
                "route " + named + " has a Lambda custom integration, which HTTP APIs do not have",
                "use a Lambda proxy integration");
        case HTTP ->
            out.add(
                Sites.of(route),
                "route " + named + " has an HTTP custom integration, which HTTP APIs do not have",
                "use an HTTP proxy integration; parameter mapping can change the request");
        case MOCK ->
            out.add(
                Sites.of(route),
                "route " + named + " has a mock integration, which HTTP APIs do not have",
                "answer from a Lambda function instead");
        case AWS_SERVICE -> {
          if (integration.subtype() == null || integration.subtype().isBlank()) {
            out.add(
                Sites.of(route),
                "route "
                    + named
                    + " has an AWS service integration without a subtype, which HTTP APIs need",
                "name the action by its integration subtype, such as `SQS-SendMessage`");
          }
        }
        default -> {}
      }
    }
  }
}
