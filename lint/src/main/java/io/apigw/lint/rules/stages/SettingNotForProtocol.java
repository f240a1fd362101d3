package io.apigw.lint.rules.stages;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.LoggingLevel;
import io.apigw.model.MethodSetting;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;

/** W7012: a stage setting the API's protocol does not have. */
public final class SettingNotForProtocol implements Rule {
  @Override
  public String id() {
    return "W7012";
  }

  @Override
  public String summary() {
    return "stage setting is not available for the API's protocol";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A stage setting that only REST APIs have, in an HTTP API: a cache cluster, method"
            + " caching, X-Ray tracing, a canary, an execution logging level or data tracing; and"
            + " automatic deployment (`auto-deploy`), which only HTTP APIs have, in a REST API.",
        "API Gateway's comparison of REST and HTTP APIs lists caching, canary release"
            + " deployments, execution logs and X-Ray tracing as REST-only, and automatic"
            + " deployments as HTTP-only. The setting has no place in the other kind of API: it"
            + " is dropped on deployment and the stage runs without what it seems to promise"
            + " (no cache, no traces, no canary). The guide's comparison covers REST and HTTP"
            + " APIs; WebSocket stages are not checked.",
        Guide.source("Choosing between REST APIs and HTTP APIs", "http-api-vs-rest"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    Protocol protocol = input.api().protocol();
    for (Stage stage : input.api().stages()) {
      String of = " of stage `" + stage.name() + "`";
      if (protocol == Protocol.REST) {
        if (Boolean.TRUE.equals(stage.autoDeploy())) {
          out.add(
              stage.source(),
              "`auto-deploy`" + of + " is ignored: REST APIs have no automatic deployment",
              "deploy the stage explicitly, and remove `auto-deploy`");
        }
        continue;
      }
      if (protocol != Protocol.HTTP) {
        continue;
      }
      if (Boolean.TRUE.equals(stage.cacheClusterEnabled()) || stage.cacheClusterSize() != null) {
        out.add(stage.source(), "the cache cluster" + of + " is ignored: HTTP APIs have no cache");
      }
      if (Boolean.TRUE.equals(stage.tracing())) {
        out.add(stage.source(), "`tracing`" + of + " is ignored: HTTP APIs have no X-Ray tracing");
      }
      if (stage.canary() != null) {
        var at = stage.canary().source().isKnown() ? stage.canary().source() : stage.source();
        out.add(at, "the canary" + of + " is ignored: HTTP APIs have no canary releases");
      }
      for (MethodSetting setting : stage.settings()) {
        String where = Guide.what(setting, stage);
        if (Boolean.TRUE.equals(setting.cachingEnabled()) || setting.cacheTtlSeconds() != null) {
          out.add(
              Guide.at(setting, stage),
              "caching of " + where + " is ignored: HTTP APIs have no cache");
        }
        LoggingLevel level = setting.loggingLevel();
        if ((level != null && level != LoggingLevel.OFF)
            || Boolean.TRUE.equals(setting.dataTrace())) {
          out.add(
              Guide.at(setting, stage),
              "the logging level of " + where + " is ignored: HTTP APIs have no execution logs",
              "log requests with an access log instead (`access-log ARN`)");
        }
      }
    }
  }
}
