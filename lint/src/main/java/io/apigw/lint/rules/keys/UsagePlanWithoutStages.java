package io.apigw.lint.rules.keys;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import io.apigw.model.UsagePlan;

/** W5009: a usage plan that covers no stage. */
public final class UsagePlanWithoutStages implements Rule {
  @Override
  public String id() {
    return "W5009";
  }

  @Override
  public String summary() {
    return "usage plan covers no stage";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A usage plan that names no stage of the API.",
        "A usage plan \"specifies who can access one or more deployed API stages\"; configuring"
            + " one means creating it, then associating API stages and API keys with it. A plan"
            + " without stages lets its keys in nowhere and applies its throttle and quota to"
            + " nothing, so its clients get 403 Forbidden from every route that requires a key.",
        "AWS API Gateway developer guide, \"Steps to configure a usage plan\""
            + " (api-gateway-create-usage-plans.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-create-usage-plans.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() == Protocol.HTTP) {
      return;
    }
    for (UsagePlan plan : input.api().usagePlans()) {
      if (plan.stages().isEmpty()) {
        out.add(
            plan.source(),
            "usage plan `" + plan.name() + "` covers no stage, so its keys are accepted nowhere",
            "list the stages the plan is for");
      }
    }
  }
}
