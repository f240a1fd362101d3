package io.apigw.lint.rules.stages;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.LoggingLevel;
import io.apigw.model.MethodSetting;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;

/** W7002: a REST or WebSocket stage that writes no execution log. */
public final class ExecutionLoggingOff implements Rule {
  @Override
  public String id() {
    return "W7002";
  }

  @Override
  public String summary() {
    return "stage has execution logging off";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST or WebSocket stage whose settings for all routes set no execution logging level"
            + " of `ERROR` or `INFO` (`log error` / `log info` in the DSL, `loggingLevel` in AWS's"
            + " terms), or set it to `OFF`. HTTP APIs have no execution logs and are not checked.",
        "Execution logs are the only record of what API Gateway itself did with a request:"
            + " authorizer results, mapping template output, integration errors and throttling."
            + " Without them a failing integration leaves nothing to debug from. API Gateway"
            + " writes none unless a logging level is set, and the AWS Foundational Security Best"
            + " Practices control APIGateway.1 asks for it on every REST and WebSocket stage.",
        Guide.source(
            "Setting up CloudWatch logging for a REST API in API Gateway", "set-up-logging"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() == Protocol.HTTP) {
      return;
    }
    for (Stage stage : input.api().stages()) {
      MethodSetting all = stage.defaults().orElse(null);
      LoggingLevel level = all == null ? null : all.loggingLevel();
      if (level == LoggingLevel.ERROR || level == LoggingLevel.INFO) {
        continue;
      }
      String hint =
          Guide.hint(
              input,
              "add `log error` (or `log info`) to the stage line",
              "set `loggingLevel: ERROR` (or `INFO`) in the stage's `*` settings");
      if (level == LoggingLevel.OFF) {
        out.add(
            Guide.at(all, stage), "stage `" + stage.name() + "` turns execution logging off", hint);
      } else {
        out.add(stage.source(), "stage `" + stage.name() + "` writes no execution log", hint);
      }
    }
  }
}
