package io.apigw.lint.rules.stages;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.MethodSetting;
import io.apigw.model.PlanStage;
import io.apigw.model.Stage;
import io.apigw.model.Throttle;
import io.apigw.model.UsagePlan;
import java.util.HashSet;
import java.util.Set;

/** W7004: a stage that no throttle limits, neither its own nor a usage plan's. */
public final class NoThrottling implements Rule {
  @Override
  public String id() {
    return "W7004";
  }

  @Override
  public String summary() {
    return "stage has no throttling";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A stage with no throttle for all routes (`throttle RATE burst N` on the stage line,"
            + " `throttlingRateLimit` / `throttlingBurstLimit` in AWS's terms) that no usage plan"
            + " with a throttle covers either.",
        "API Gateway applies throttles in order: usage plan per client, per method on the stage,"
            + " then the account's limit per Region (10,000 requests per second by default),"
            + " which all APIs of the account share. A stage without its own throttle can use up"
            + " that shared limit on its own, so one flood or runaway client makes every other"
            + " API of the account answer `429 Too Many Requests`. A usage plan's throttle only"
            + " limits the requests that carry its API keys.",
        Guide.source(
            "Throttle API requests for better throughput", "api-gateway-request-throttling"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    Set<String> planThrottled = new HashSet<>();
    for (UsagePlan plan : input.api().usagePlans()) {
      if (limits(plan.throttle())) {
        for (PlanStage stage : plan.stages()) {
          planThrottled.add(stage.stage());
        }
      }
    }
    for (Stage stage : input.api().stages()) {
      MethodSetting all = stage.defaults().orElse(null);
      if ((all != null && limits(all.throttle())) || planThrottled.contains(stage.name())) {
        continue;
      }
      out.add(
          stage.source(),
          "stage `"
              + stage.name()
              + "` sets no throttle: it shares the account's limit with"
              + " every other API",
          Guide.hint(
              input,
              "add `throttle RATE burst N` to the stage line",
              "set `throttle: {rateLimit, burstLimit}` in the stage's `*` settings"));
    }
  }

  private static boolean limits(Throttle throttle) {
    return throttle != null && (throttle.rateLimit() != null || throttle.burstLimit() != null);
  }
}
