package io.apigw.lint.rules.stages;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.MethodSetting;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;

/** W7009: full request and response logging (data trace) on a stage. */
public final class FullRequestLogging implements Rule {
  @Override
  public String id() {
    return "W7009";
  }

  @Override
  public String summary() {
    return "stage logs full requests and responses";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST or WebSocket stage setting that turns on data tracing (`data-trace` in the DSL,"
            + " `dataTraceEnabled` in AWS's terms): the console's **Full Request and Response"
            + " Logs**.",
        "With data tracing API Gateway writes request and response bodies, headers and mapping"
            + " template output to the execution log, where passwords, tokens and personal data"
            + " end up readable by anyone who can read the log group. The guide warns that it"
            + " \"can result in logging sensitive data\" and recommends against it for production"
            + " APIs: turn it on to debug, then off again.",
        Guide.source(
            "Setting up CloudWatch logging for a REST API in API Gateway", "set-up-logging"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() == Protocol.HTTP) {
      return;
    }
    for (Stage stage : input.api().stages()) {
      for (MethodSetting setting : stage.settings()) {
        if (Boolean.TRUE.equals(setting.dataTrace())) {
          out.add(
              Guide.at(setting, stage),
              Guide.what(setting, stage) + " logs full requests and responses (data trace)",
              Guide.hint(
                  input,
                  "remove `data-trace`; log `error` or `info` instead",
                  "remove `dataTrace: true`; log `ERROR` or `INFO` instead"));
        }
      }
    }
  }
}
