package io.apigw.lint.rules.keys;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import io.apigw.model.Throttle;
import io.apigw.model.UsagePlan;

/** W5005: a usage plan that sets neither a throttle nor a quota. */
public final class UsagePlanWithoutLimits implements Rule {
  @Override
  public String id() {
    return "W5005";
  }

  @Override
  public String summary() {
    return "usage plan sets neither a throttle nor a quota";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A usage plan with no throttle (rate or burst) and no quota. Per-route throttles of the"
            + " plan's stages do not count: they limit only the routes they name.",
        "A usage plan's throttle and quota are what set one client's limits apart from"
            + " another's (\"throttling and quota limits apply to requests for individual API"
            + " keys\"). Without either, every key of the plan may use the whole capacity of the"
            + " stage and the account, so one client can starve the others. The guide also warns"
            + " that plan limits are applied on a best-effort basis: they are not a cost control.",
        "AWS API Gateway developer guide, \"Creating and using usage plans with API keys\""
            + " (api-gateway-api-usage-plans.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() == Protocol.HTTP) {
      return;
    }
    for (UsagePlan plan : input.api().usagePlans()) {
      if (isEmpty(plan.throttle()) && plan.quota() == null) {
        out.add(
            plan.source(),
            "usage plan `" + plan.name() + "` sets neither a throttle nor a quota",
            "give the plan a throttle (rate and burst), a quota, or both");
      }
    }
  }

  private static boolean isEmpty(Throttle throttle) {
    return throttle == null || (throttle.rateLimit() == null && throttle.burstLimit() == null);
  }
}
