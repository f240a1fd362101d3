package io.apigw.lint.rules.security;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;

/** I8002: a REST stage without an AWS WAF web ACL. */
public final class RestStageWithoutWaf implements Rule {
  @Override
  public String id() {
    return "I8002";
  }

  @Override
  public String summary() {
    return "stage of a REST API has no AWS WAF web ACL";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST API stage without an associated AWS WAF web ACL (`waf=ARN` on the stage line,"
            + " `webAclArn` in `x-apigw-stages`). HTTP and WebSocket APIs cannot have one and are"
            + " not checked.",
        "AWS WAF is \"your first line of defense against web exploits\": its rules run before"
            + " resource policies, IAM and authorizers and can block SQL injection, cross-site"
            + " scripting, known bad IP ranges and floods from one client (rate-based rules)."
            + " Without a web ACL every request reaches the API's own checks. A web ACL costs"
            + " money per month and per request, which is why this is information.",
        Guide.source("Using AWS WAF to protect your APIs", "apigateway-control-access-aws-waf"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    for (Stage stage : input.api().stages()) {
      if (stage.webAclArn() == null || stage.webAclArn().isBlank()) {
        out.add(
            stage.source(),
            "stage `" + stage.name() + "` has no AWS WAF web ACL",
            Guide.hint(
                input,
                "add `waf=<regional web ACL ARN>` to the stage line",
                "set `webAclArn` on the stage in `x-apigw-stages`"));
      }
    }
  }
}
