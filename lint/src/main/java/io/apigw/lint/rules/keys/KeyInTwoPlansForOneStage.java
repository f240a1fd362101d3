package io.apigw.lint.rules.keys;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Api;
import io.apigw.model.ApiKey;
import io.apigw.model.PlanStage;
import io.apigw.model.Protocol;
import io.apigw.model.SourceRange;
import io.apigw.model.UsagePlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** E5003: one API key in two usage plans that cover the same stage. */
public final class KeyInTwoPlansForOneStage implements Rule {
  @Override
  public String id() {
    return "E5003";
  }

  @Override
  public String summary() {
    return "API key is in two usage plans that cover the same stage";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An API key listed in two usage plans that both cover one stage of the API.",
        "\"A given API key can only be associated with one usage plan for each stage of your"
            + " API.\" API Gateway refuses to add the key to the second plan, so the deployment"
            + " that creates the plans' keys fails; were it accepted, the key's throttle and"
            + " quota on that stage would be ambiguous.",
        "AWS API Gateway developer guide, \"Creating and using usage plans with API keys\""
            + " (api-gateway-api-usage-plans.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Api api = input.api();
    if (api.protocol() == Protocol.HTTP) {
      return;
    }
    Map<String, ApiKey> keys = new HashMap<>();
    api.apiKeys().forEach(k -> keys.putIfAbsent(k.name(), k));
    // key -> stage -> the first plan that gives the key that stage
    Map<String, Map<String, String>> planOf = new HashMap<>();
    for (UsagePlan plan : api.usagePlans()) {
      for (String key : plan.keys()) {
        Map<String, String> stages = planOf.computeIfAbsent(key, k -> new HashMap<>());
        // earlier plan -> the stages it shares with this one
        Map<String, List<String>> clashes = new LinkedHashMap<>();
        for (PlanStage stage : plan.stages()) {
          String earlier = stages.putIfAbsent(stage.stage(), plan.name());
          if (earlier != null && !earlier.equals(plan.name())) {
            clashes.computeIfAbsent(earlier, p -> new ArrayList<>()).add(stage.stage());
          }
        }
        ApiKey apiKey = keys.get(key);
        SourceRange at =
            apiKey != null && apiKey.source().isKnown() ? apiKey.source() : plan.source();
        clashes.forEach(
            (earlier, shared) ->
                out.add(
                    at,
                    "API key `"
                        + key
                        + "` is in usage plans `"
                        + earlier
                        + "` and `"
                        + plan.name()
                        + "`, which both cover "
                        + (shared.size() == 1 ? "stage " : "stages ")
                        + quoted(shared),
                    "keep the key in one usage plan per stage"));
      }
    }
  }

  private static String quoted(List<String> names) {
    return "`" + String.join("`, `", names) + "`";
  }
}
