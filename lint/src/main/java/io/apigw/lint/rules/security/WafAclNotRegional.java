package io.apigw.lint.rules.security;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;
import java.util.regex.Pattern;

/** E8006: a stage's web ACL ARN that is not a Regional web ACL. */
public final class WafAclNotRegional implements Rule {
  private static final Pattern REGIONAL =
      Pattern.compile(
          "arn:[a-z-]+:(wafv2:[a-z0-9-]+:\\d*:regional/webacl/|waf-regional:[a-z0-9-]+:\\d*:webacl/)"
              + ".+");
  private static final Pattern GLOBAL =
      Pattern.compile("arn:[a-z-]+:(wafv2:[a-z0-9-]*:\\d*:global/webacl/|waf::\\d*:webacl/).+");

  @Override
  public String id() {
    return "E8006";
  }

  @Override
  public String summary() {
    return "stage's AWS WAF web ACL is not a regional web ACL";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "The web ACL of a REST API stage (`waf=ARN`, `webAclArn`) that is a global (CloudFront)"
            + " web ACL (`arn:aws:wafv2:...:global/webacl/...`, `arn:aws:waf::...`) or no web ACL"
            + " ARN at all. A Regional web ACL is `arn:aws:wafv2:REGION:ACCOUNT:regional/webacl/"
            + "NAME/ID` (or AWS WAF Classic's `arn:aws:waf-regional:...:webacl/ID`).",
        "\"API Gateway requires a Regional web ACL\": associating a global web ACL, or something"
            + " that is no web ACL, with a stage fails, and the stage stays unprotected. A value"
            + " holding `${...}` (a template substitution) is left alone.",
        Guide.source("Using AWS WAF to protect your APIs", "apigateway-control-access-aws-waf"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    for (Stage stage : input.api().stages()) {
      String arn = stage.webAclArn();
      if (arn == null || arn.isBlank() || arn.contains("${") || REGIONAL.matcher(arn).matches()) {
        continue;
      }
      String of = "web ACL of stage `" + stage.name() + "`";
      if (GLOBAL.matcher(arn).matches()) {
        out.add(
            stage.source(),
            of + " is a global (CloudFront) web ACL; API Gateway requires a Regional one",
            "create the web ACL with the `REGIONAL` scope in the API's Region");
      } else {
        out.add(
            stage.source(),
            of + " `" + arn + "` is not a Regional web ACL ARN",
            "use `arn:aws:wafv2:REGION:ACCOUNT:regional/webacl/NAME/ID`");
      }
    }
  }
}
