package io.apigw.lint.rules.integrations;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Integration;
import io.apigw.model.Protocol;
import io.apigw.model.Route;

/** E6001: an integration timeout outside what API Gateway accepts. */
public final class IntegrationTimeoutOutOfRange implements Rule {
  static final int MIN_MILLIS = 50;
  static final int REST_MAX_MILLIS = 29_000;
  static final int HTTP_MAX_MILLIS = 30_000;

  @Override
  public String id() {
    return "E6001";
  }

  @Override
  public String summary() {
    return "integration timeout is outside what API Gateway accepts";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An integration timeout (`timeout=` in the DSL, `timeoutInMillis` in OpenAPI) below 50 ms,"
            + " or above 29,000 ms in a REST or WebSocket API, or above 30,000 ms in an HTTP API.",
        "API Gateway's quotas set the integration timeout of REST APIs to \"50 milliseconds - 29"
            + " seconds for all integration types\", a quota that cannot be raised at either"
            + " bound; WebSocket APIs take 50 to 29,000 ms; HTTP APIs have a maximum integration"
            + " timeout of 30 seconds, which cannot be raised either. A value outside the range is"
            + " refused, so the import or deployment fails. For the lower bound of HTTP APIs the"
            + " guide is silent; the rule applies the 50 ms of the other API types.",
        "AWS API Gateway developer guide, \"Amazon API Gateway quotas and important notes\""
            + " (limits.md): https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    int max = maxMillis(input.api().protocol());
    for (Route route : input.api().routes()) {
      Integration integration = route.integration();
      if (integration == null || integration.timeoutMillis() == null) {
        continue;
      }
      int timeout = integration.timeoutMillis();
      if (timeout < MIN_MILLIS || timeout > max) {
        out.add(
            Sites.member(input, route, "timeoutInMillis"),
            "integration timeout of "
                + timeout
                + " ms is outside "
                + MIN_MILLIS
                + " to "
                + max
                + " ms",
            timeout > max
                ? "API Gateway waits at most " + max / 1000 + " s; make the backend answer sooner"
                : null);
      }
    }
  }

  /** The longest integration timeout API Gateway accepts for the protocol. */
  static int maxMillis(Protocol protocol) {
    return protocol == Protocol.HTTP ? HTTP_MAX_MILLIS : REST_MAX_MILLIS;
  }
}
