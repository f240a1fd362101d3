package io.apigw.deployers.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.ApiKey;
import io.apigw.model.PlanStage;
import io.apigw.model.Protocol;
import io.apigw.model.Quota;
import io.apigw.model.Stage;
import io.apigw.model.Throttle;
import io.apigw.model.UsagePlan;
import java.util.Map;

/**
 * API keys, usage plans and the keys' membership in plans, as {@code AWS::ApiGateway::ApiKey},
 * {@code UsagePlan} and {@code UsagePlanKey} (the developer guide's api-key-usage-plan-cfn.md).
 * SAM's {@code Auth.UsagePlan} can say one plan with one generated key per API, which is less than
 * the model holds (several plans, named keys with values, per-route throttles), so SAM output uses
 * the same resources. HTTP APIs have no usage plans; plans of a WebSocket API name its stages.
 */
final class UsagePlanGenerator {
  private UsagePlanGenerator() {}

  static void generate(Context context) {
    if (context.protocol() == Protocol.HTTP) {
      return;
    }
    for (ApiKey key : context.api().apiKeys()) {
      ObjectNode properties =
          context.template().resource(context.ids().apiKey(key.name()), "AWS::ApiGateway::ApiKey");
      properties.put("Name", key.name());
      Cfn.put(properties, "Description", key.description());
      properties.put("Enabled", key.enabled());
      Cfn.put(properties, "Value", key.value());
    }
    for (UsagePlan plan : context.api().usagePlans()) {
      plan(context, plan);
    }
  }

  private static void plan(Context context, UsagePlan plan) {
    String planId = context.ids().usagePlan(plan.name());
    ObjectNode properties = context.template().resource(planId, "AWS::ApiGateway::UsagePlan");
    properties.put("UsagePlanName", plan.name());
    Cfn.put(properties, "Description", plan.description());
    ArrayNode stages = Cfn.JSON.arrayNode();
    for (PlanStage planStage : plan.stages()) {
      Stage stage =
          context.stages().stream()
              .filter(s -> s.name().equals(planStage.stage()))
              .findFirst()
              .orElse(null);
      if (stage == null) {
        continue; // not generated (--stage), or unknown (the readers report that)
      }
      ObjectNode apiStage = stages.addObject();
      apiStage.set("ApiId", Cfn.ref(context.ids().api()));
      apiStage.set("Stage", context.stageRef(stage));
      if (!planStage.routeThrottles().isEmpty()) {
        ObjectNode throttles = apiStage.putObject("Throttle");
        for (Map.Entry<String, Throttle> entry : planStage.routeThrottles().entrySet()) {
          throttles.set(PlanStage.throttleKey(entry.getKey()), throttle(entry.getValue()));
        }
      }
    }
    Cfn.put(properties, "ApiStages", stages);
    if (plan.quota() != null) {
      Quota quota = plan.quota();
      ObjectNode out = properties.putObject("Quota");
      out.put("Limit", quota.limit());
      out.put("Period", quota.period().name());
      Cfn.put(out, "Offset", quota.offset());
    }
    if (plan.throttle() != null) {
      properties.set("Throttle", throttle(plan.throttle()));
    }
    for (String key : plan.keys()) {
      if (context.api().apiKey(key).isEmpty()) {
        continue;
      }
      ObjectNode member =
          context
              .template()
              .resource(
                  context.ids().usagePlanKey(plan.name(), key), "AWS::ApiGateway::UsagePlanKey");
      member.set("KeyId", Cfn.ref(context.ids().apiKey(key)));
      member.put("KeyType", "API_KEY");
      member.set("UsagePlanId", Cfn.ref(planId));
    }
  }

  private static ObjectNode throttle(Throttle throttle) {
    ObjectNode out = Cfn.object();
    Cfn.put(out, "BurstLimit", throttle.burstLimit());
    Cfn.put(out, "RateLimit", throttle.rateLimit());
    return out;
  }
}
