package io.apigw.lint.rules.integrations;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Function;
import io.apigw.model.Integration;
import io.apigw.model.Route;
import java.util.HashMap;
import java.util.Map;

/** W6011: a Lambda function allowed to run longer than API Gateway waits for it. */
public final class FunctionOutlivesIntegrationTimeout implements Rule {
  @Override
  public String id() {
    return "W6011";
  }

  @Override
  public String summary() {
    return "Lambda function may run longer than the integration waits";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A Lambda integration whose function (defined in the definition, with a `timeout`) may"
            + " run longer than the integration's timeout: the one given, or else the longest"
            + " API Gateway allows (29 s in REST and WebSocket APIs, 30 s in HTTP APIs).",
        "API Gateway stops waiting at the integration timeout and answers 504 Gateway Timeout,"
            + " while the function keeps running, and is billed, until its own timeout; what it"
            + " then does (writes, payments, messages) happens for a caller who was told it"
            + " failed and may retry. The developer guide gives the integration timeout's bounds"
            + " but is silent on how a function's own timeout should relate to it; a function"
            + " timeout no longer than the integration's keeps the two in step.",
        "AWS API Gateway developer guide, \"Amazon API Gateway quotas and important notes\""
            + " (limits.md): https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Map<String, Function> functions = new HashMap<>();
    input.api().functions().forEach(f -> functions.putIfAbsent(f.name(), f));
    int max = IntegrationTimeoutOutOfRange.maxMillis(input.api().protocol());
    for (Route route : input.api().routes()) {
      Integration integration = route.integration();
      if (integration == null || !integration.kind().isLambda() || integration.function() == null) {
        continue;
      }
      Function function = functions.get(integration.function());
      if (function == null || function.timeoutSeconds() == null) {
        continue;
      }
      Integer given = integration.timeoutMillis();
      int waits =
          given == null || given < IntegrationTimeoutOutOfRange.MIN_MILLIS || given > max
              ? max
              : given;
      long runs = function.timeoutSeconds() * 1000L;
      if (runs > waits) {
        out.add(
            Sites.of(route),
            "function `"
                + function.name()
                + "` may run "
                + function.timeoutSeconds()
                + " s, but the integration of `"
                + route.key().text()
                + "` waits "
                + seconds(waits),
            "give the function a timeout of at most " + seconds(waits));
      }
    }
  }

  private static String seconds(int millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
