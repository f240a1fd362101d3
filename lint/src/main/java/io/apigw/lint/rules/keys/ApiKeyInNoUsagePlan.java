package io.apigw.lint.rules.keys;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.ApiKey;
import io.apigw.model.Protocol;
import io.apigw.model.UsagePlan;
import java.util.HashSet;
import java.util.Set;

/** W5008: an enabled API key that no usage plan lists. */
public final class ApiKeyInNoUsagePlan implements Rule {
  @Override
  public String id() {
    return "W5008";
  }

  @Override
  public String summary() {
    return "API key is in no usage plan";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An enabled API key that no usage plan of the definition lists. Disabled keys are left"
            + " alone: keeping a retired key out of every plan is a way to retire it.",
        "A key grants access only through a usage plan, which \"uses API keys to identify API"
            + " clients and who can access the associated API stages for each key\". A key in no"
            + " plan is accepted on no stage: the client it was made for gets 403 Forbidden from"
            + " every route that requires a key.",
        "AWS API Gateway developer guide, \"Creating and using usage plans with API keys\""
            + " (api-gateway-api-usage-plans.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() == Protocol.HTTP) {
      return;
    }
    Set<String> planned = new HashSet<>();
    for (UsagePlan plan : input.api().usagePlans()) {
      planned.addAll(plan.keys());
    }
    for (ApiKey key : input.api().apiKeys()) {
      if (key.enabled() && !planned.contains(key.name())) {
        out.add(
            key.source(),
            "API key `" + key.name() + "` is in no usage plan, so no stage accepts it",
            "add the key to the usage plan of its client");
      }
    }
  }
}
