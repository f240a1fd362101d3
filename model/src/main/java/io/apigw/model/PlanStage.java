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

  /**
   * The key API Gateway gives a route's throttle in a usage plan's stage: {@code GET /pets/{id}} →
   * {@code /pets/{id}/GET}, {@code ANY} as {@code *}
   * (api-gateway-create-usage-plans-with-rest-api.md).
   */
  public static String throttleKey(String route) {
    String[] parts = route.split(" ", 2);
    if (parts.length != 2) {
      return route;
    }
    return parts[1] + "/" + (parts[0].equals("ANY") ? "*" : parts[0]);
  }
}
