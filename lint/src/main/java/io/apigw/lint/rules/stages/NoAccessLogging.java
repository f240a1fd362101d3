package io.apigw.lint.rules.stages;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Stage;

/** W7001: a stage that writes no access log. */
public final class NoAccessLogging implements Rule {
  @Override
  public String id() {
    return "W7001";
  }

  @Override
  public String summary() {
    return "stage has no access logging";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A stage without an access log destination (`access-log` in the DSL,"
            + " `accessLogSettings` / `AccessLogSetting` in AWS's terms).",
        "Without access logs there is no record of who called the API, from where, with which"
            + " status: API Gateway writes none by default. AWS's security best practices for API"
            + " Gateway ask for access logging on every stage, and so do the AWS Foundational"
            + " Security Best Practices (APIGateway.1 for execution logging, with access logs"
            + " recommended alongside).",
        "AWS API Gateway developer guide, \"Set up CloudWatch logging for REST APIs in API"
            + " Gateway\" (set-up-logging.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    for (Stage stage : input.api().stages()) {
      if (stage.accessLog() == null) {
        out.add(
            stage.source(),
            "stage `" + stage.name() + "` writes no access log",
            "add `access-log <log group ARN>` to the stage");
      }
    }
  }
}
