package io.apigw.model;

import java.util.Map;
import java.util.Objects;

/** A stage a usage plan covers, with per-route throttles ({@code "GET /pets"} to a throttle). */
public record PlanStage(SourceRange source, String stage, Map<String, Throttle> routeThrottles) {
  public PlanStage {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(stage, "stage");
    routeThrottles = Copy.map(routeThrottles);
  }
}
