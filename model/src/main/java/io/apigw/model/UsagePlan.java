package io.apigw.model;

import java.util.List;
import java.util.Objects;

/**
 * A usage plan: throttle and quota for the API keys it lists, on the stages it covers.
 *
 * @param throttle the plan's throttle, or null
 * @param quota the plan's quota, or null
 * @param keys names of {@link ApiKey}s in the plan
 */
public record UsagePlan(
    SourceRange source,
    String name,
    String description,
    Throttle throttle,
    Quota quota,
    List<PlanStage> stages,
    List<String> keys) {
  public UsagePlan {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(name, "name");
    stages = Copy.list(stages);
    keys = Copy.list(keys);
  }

  public boolean coversStage(String stage) {
    return stages.stream().anyMatch(s -> s.stage().equals(stage));
  }
}
