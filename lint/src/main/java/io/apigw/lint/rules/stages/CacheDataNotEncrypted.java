package io.apigw.lint.rules.stages;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.MethodSetting;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;

/** W7006: responses cached without encryption. */
public final class CacheDataNotEncrypted implements Rule {
  @Override
  public String id() {
    return "W7006";
  }

  @Override
  public String summary() {
    return "stage caches responses without encrypting them";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST stage setting that enables caching (`cache DURATION` on a `route` line,"
            + " `cachingEnabled`) without encrypting the cached data (`encrypted`,"
            + " `cacheDataEncrypted`). A route's setting inherits what the settings for all"
            + " routes (`*`) leave unsaid.",
        "Cached responses sit in the stage's cache cluster in plain text. The guide asks to"
            + " choose **Encrypt cache data** for any method whose responses may carry sensitive"
            + " data, and the AWS Foundational Security Best Practices control APIGateway.5 asks"
            + " for encrypted cache data on every REST stage that caches.",
        Guide.source("Enabling API caching to enhance responsiveness", "api-gateway-caching"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    for (Stage stage : input.api().stages()) {
      MethodSetting all = stage.defaults().orElse(null);
      boolean allBad = all != null && unencrypted(all.cachingEnabled(), all.cacheDataEncrypted());
      for (MethodSetting setting : stage.settings()) {
        if (setting == all) {
          if (allBad) {
            report(input, out, stage, setting);
          }
          continue;
        }
        Boolean caching = setting.cachingEnabled();
        Boolean encrypted = setting.cacheDataEncrypted();
        if (all != null) {
          caching = caching != null ? caching : all.cachingEnabled();
          encrypted = encrypted != null ? encrypted : all.cacheDataEncrypted();
        }
        // A route that only inherits the unencrypted cache of all routes is fixed there.
        boolean inherited = allBad && setting.cacheDataEncrypted() == null;
        if (unencrypted(caching, encrypted) && !inherited) {
          report(input, out, stage, setting);
        }
      }
    }
  }

  private static boolean unencrypted(Boolean caching, Boolean encrypted) {
    return Boolean.TRUE.equals(caching) && !Boolean.TRUE.equals(encrypted);
  }

  private static void report(LintInput input, Findings out, Stage stage, MethodSetting setting) {
    out.add(
        Guide.at(setting, stage),
        Guide.what(setting, stage) + " caches responses without encrypting them",
        Guide.hint(
            input,
            "add `encrypted` to the `route " + setting.route() + ":` line",
            "set `cacheDataEncrypted: true` in the stage's `" + setting.route() + "` settings"));
  }
}
