package io.apigw.lint.rules.stages;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.MethodSetting;
import io.apigw.model.Stage;

/** E7008: a cache TTL outside 0–3600 seconds. */
public final class CacheTtlOutOfRange implements Rule {
  private static final int MAX_TTL = 3600;

  @Override
  public String id() {
    return "E7008";
  }

  @Override
  public String summary() {
    return "cache TTL is outside 0-3600 seconds";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A stage setting whose cache time-to-live (`cache DURATION` / `cache-ttl=` on a `route`"
            + " line, `cacheTtlInSeconds`) is negative or above 3600 seconds.",
        "API Gateway's cache TTL is \"300 seconds by default and configurable between 0 and"
            + " 3600\", and the upper bound cannot be raised; a TTL outside it is refused when the"
            + " stage is deployed. A TTL of 0 turns caching off for the method.",
        Guide.source("Enabling API caching to enhance responsiveness", "api-gateway-caching"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    for (Stage stage : input.api().stages()) {
      for (MethodSetting setting : stage.settings()) {
        Integer ttl = setting.cacheTtlSeconds();
        if (ttl != null && (ttl < 0 || ttl > MAX_TTL)) {
          out.add(
              Guide.at(setting, stage),
              "cache TTL of "
                  + Guide.what(setting, stage)
                  + " is "
                  + ttl
                  + "s; API Gateway allows 0 to 3600 seconds");
        }
      }
    }
  }
}
