package io.apigw.deployers.deploy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.deployers.aws.Calls;
import io.apigw.deployers.plan.Plan;
import io.apigw.deployers.plan.PlanPrinter;
import java.util.Map;

/**
 * What a deploy, plan or destroy did: for the closing lines and {@code --format json}. {@code
 * invokeUrls} maps each stage to its invoke URL; {@code outputs} holds a stack's outputs.
 */
public record DeployResult(
    String mode,
    String apiName,
    String apiId,
    Outcome outcome,
    Plan plan,
    Map<String, String> invokeUrls,
    Map<String, String> outputs,
    Calls.Stats calls) {

  public enum Outcome {
    /** The live API already is what the definition says; nothing was called that changes it. */
    NO_CHANGES,
    /**
     * The changes were computed and shown but not applied ({@code plan}, {@code --no-execute}, a
     * "no").
     */
    NOT_EXECUTED,
    DEPLOYED,
    DESTROYED,
    /** {@code destroy} found nothing that apigw created. */
    NOTHING_TO_DESTROY
  }

  public DeployResult {
    plan = plan == null ? Plan.empty() : plan;
    invokeUrls = invokeUrls == null ? Map.of() : Map.copyOf(invokeUrls);
    outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
  }

  public ObjectNode json() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("mode", mode);
    root.put("api", apiName);
    root.put("apiId", apiId);
    root.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
    root.set("changes", PlanPrinter.json(plan));
    ObjectNode urls = root.putObject("invokeUrls");
    new java.util.TreeMap<>(invokeUrls).forEach(urls::put);
    if (!outputs.isEmpty()) {
      ObjectNode out = root.putObject("outputs");
      new java.util.TreeMap<>(outputs).forEach(out::put);
    }
    if (calls != null) {
      ObjectNode stats = root.putObject("awsCalls");
      stats.put("calls", calls.calls());
      stats.put("throttled", calls.throttled());
      stats.put("retried", calls.retried());
      stats.put("waitedMillis", calls.waited().toMillis());
    }
    return root;
  }
}
