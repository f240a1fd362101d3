package io.apigw.lint.rules.stages;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.AccessLog;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E7010: a REST access log format API Gateway refuses. */
public final class AccessLogFormatInvalid implements Rule {
  private static final Pattern REQUEST_ID =
      Pattern.compile("\\$(\\{)?context\\.(requestId|extendedRequestId)(?![A-Za-z0-9_])");
  private static final Pattern OTHER_VARIABLE =
      Pattern.compile("\\$\\{?(input|util|stageVariables|method|integration)\\b");

  @Override
  public String id() {
    return "E7010";
  }

  @Override
  public String summary() {
    return "access log format is not one API Gateway accepts";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "The access log format of a REST API stage (`access-log ARN format=...`,"
            + " `accessLogSettings.format`) that does not log `$context.requestId` or"
            + " `$context.extendedRequestId`, that spans more than one line, or that uses"
            + " variables other than `$context`.",
        "The guide says the format \"must include at least `$context.requestId` or"
            + " `$context.extendedRequestId`\", \"must be a single line\" (a `\\n` at its very end"
            + " is allowed) and that \"only `$context` variables are supported (not `$input`, and"
            + " so on)\"; API Gateway refuses to update the stage with any other format. The"
            + " guide states these rules for REST APIs only; HTTP and WebSocket formats are not"
            + " checked.",
        Guide.source(
            "Setting up CloudWatch logging for a REST API in API Gateway", "set-up-logging"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    for (Stage stage : input.api().stages()) {
      AccessLog log = stage.accessLog();
      if (log == null || log.format() == null) {
        continue;
      }
      var at = log.source().isKnown() ? log.source() : stage.source();
      String format = log.format();
      String name = "access log format of stage `" + stage.name() + "`";
      if (!REQUEST_ID.matcher(format).find()) {
        out.add(
            at,
            name + " logs neither `$context.requestId` nor `$context.extendedRequestId`",
            "add `$context.requestId` to the format");
      }
      String body = format.endsWith("\n") ? format.substring(0, format.length() - 1) : format;
      if (body.indexOf('\n') >= 0 || body.indexOf('\r') >= 0) {
        out.add(at, name + " spans several lines; it must be a single line");
      }
      Matcher other = OTHER_VARIABLE.matcher(format);
      if (other.find()) {
        out.add(at, name + " uses `$" + other.group(1) + "`; only `$context` variables are logged");
      }
    }
  }
}
