package io.apigw.lint.rules.security;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.MethodSetting;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;

/** W8009: any client may invalidate the stage's cache. */
public final class CacheInvalidationUnauthorized implements Rule {
  @Override
  public String id() {
    return "W8009";
  }

  @Override
  public String summary() {
    return "any client may invalidate cached responses";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST stage setting that caches responses and says explicitly that cache invalidation"
            + " needs no authorization (`require-auth-for-cache-control=false`,"
            + " `requireAuthorizationForCacheControl: false`). A route's setting inherits what"
            + " the settings for all routes (`*`) leave unsaid.",
        "A client invalidates a cache entry by sending `Cache-Control: max-age=0`. \"If you"
            + " don't impose an `InvalidateCache` policy (or choose the **Require authorization**"
            + " check box in the console), any client can invalidate the API cache\": every"
            + " request then goes to the backend, which the cache was meant to shield, and"
            + " latency and cost go up. Require authorization and grant"
            + " `execute-api:InvalidateCache` to the callers that need it.",
        Guide.source("Enabling API caching to enhance responsiveness", "api-gateway-caching"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    for (Stage stage : input.api().stages()) {
      MethodSetting all = stage.defaults().orElse(null);
      Boolean allCaching = all == null ? null : all.cachingEnabled();
      boolean allOpen =
          all != null && Boolean.FALSE.equals(all.requireAuthorizationForCacheControl());
      boolean inheritedUse = false;
      for (MethodSetting setting : stage.settings()) {
        if (setting == all) {
          continue;
        }
        Boolean caching = setting.cachingEnabled() != null ? setting.cachingEnabled() : allCaching;
        if (!Boolean.TRUE.equals(caching)) {
          continue;
        }
        if (Boolean.FALSE.equals(setting.requireAuthorizationForCacheControl())) {
          report(input, out, stage, setting);
        } else if (setting.requireAuthorizationForCacheControl() == null) {
          inheritedUse = true;
        }
      }
      if (allOpen && (Boolean.TRUE.equals(allCaching) || inheritedUse)) {
        report(input, out, stage, all);
      }
    }
  }

  private static void report(LintInput input, Findings out, Stage stage, MethodSetting setting) {
    String what =
        setting.appliesToAllRoutes()
            ? "stage `" + stage.name() + "`"
            : "`" + setting.route() + "` on stage `" + stage.name() + "`";
    out.add(
        Guide.at(setting, stage),
        "any client may invalidate the cache of " + what,
        Guide.hint(
            input,
            "remove `require-auth-for-cache-control=false`",
            "set `requireAuthorizationForCacheControl: true`"));
  }
}
