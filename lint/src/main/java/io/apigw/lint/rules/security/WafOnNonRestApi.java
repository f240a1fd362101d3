package io.apigw.lint.rules.security;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;

/** E8005: an AWS WAF web ACL on a stage of an HTTP or WebSocket API. */
public final class WafOnNonRestApi implements Rule {
  @Override
  public String id() {
    return "E8005";
  }

  @Override
  public String summary() {
    return "stage of an HTTP or WebSocket API has an AWS WAF web ACL";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A stage of an HTTP or WebSocket API with an AWS WAF web ACL (`waf=ARN`, `webAclArn`).",
        "AWS WAF protects REST API stages only: the guide's comparison of REST and HTTP APIs"
            + " lists AWS WAF for REST APIs alone, and its WAF page associates web ACLs with"
            + " `/restapis/.../stages/...` resources. The association cannot be made, so the"
            + " protection the definition seems to promise is not there. The guide says nothing"
            + " of WebSocket APIs and WAF; AWS WAF does not list them among the resources it"
            + " protects. Put the API behind a CloudFront distribution with a web ACL, or use a"
            + " REST API.",
        Guide.source("Choosing between REST APIs and HTTP APIs", "http-api-vs-rest"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    Protocol protocol = input.api().protocol();
    if (protocol == Protocol.REST) {
      return;
    }
    String kind = protocol == Protocol.HTTP ? "HTTP" : "WebSocket";
    for (Stage stage : input.api().stages()) {
      if (stage.webAclArn() != null && !stage.webAclArn().isBlank()) {
        out.add(
            stage.source(),
            "`waf` of stage `"
                + stage.name()
                + "` cannot be associated: "
                + kind
                + " APIs cannot have an AWS WAF web ACL");
      }
    }
  }
}
