package io.apigw.model;

import java.util.Map;

/**
 * A stage's canary: the percentage of traffic sent to the canary deployment and the stage variables
 * it overrides.
 */
public record Canary(
    SourceRange source,
    Double percentTraffic,
    Map<String, String> variables,
    Boolean useStageCache) {
  public Canary {
    source = SourceRange.orNone(source);
    variables = Copy.map(variables);
  }
}
