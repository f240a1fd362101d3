package io.apigw.lint.rules.stages;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.MethodSetting;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;

/** W7011: method caching on a stage that has no cache cluster. */
public final class CachingWithoutCacheCluster implements Rule {
  @Override
  public String id() {
    return "W7011";
  }

  @Override
  public String summary() {
    return "stage enables method caching but has no cache cluster";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST stage setting that enables caching (`cache DURATION` on a `route` line,"
            + " `cachingEnabled`) on a stage whose cache cluster is not enabled (`cache SIZE` on"
            + " the stage line, `cacheClusterEnabled`).",
        "API Gateway caches responses in a dedicated cache instance that it creates only when"
            + " caching is enabled for the stage; the per-method cache settings override that"
            + " stage-level cache and the console shows them only once it exists. Without the"
            + " cluster nothing is cached, whatever the method settings say, and the backend gets"
            + " every request.",
        Guide.source("Enabling API caching to enhance responsiveness", "api-gateway-caching"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    for (Stage stage : input.api().stages()) {
      if (Boolean.TRUE.equals(stage.cacheClusterEnabled())) {
        continue;
      }
      for (MethodSetting setting : stage.settings()) {
        if (Boolean.TRUE.equals(setting.cachingEnabled())) {
          out.add(
              Guide.at(setting, stage),
              "stage `"
                  + stage.name()
                  + "` has no cache cluster, so caching "
                  + (setting.appliesToAllRoutes() ? "all routes" : "`" + setting.route() + "`")
                  + " caches nothing",
              Guide.hint(
                  input,
                  "add `cache 0.5` (the cache size in GB) to the stage line",
                  "set `cacheClusterEnabled: true` and `cacheClusterSize` on the stage"));
          break;
        }
      }
    }
  }
}
