package io.apigw.lint.rules.security;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;

/** E8010: a resource policy in an HTTP API, which has none. */
public final class ResourcePolicyOnHttpApi implements Rule {
  @Override
  public String id() {
    return "E8010";
  }

  @Override
  public String summary() {
    return "resource policy in an HTTP API, which has none";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An HTTP API with a resource policy (`policy` in the DSL, `x-amazon-apigateway-policy`).",
        "Resource policies are a REST API feature: the guide's comparison of REST and HTTP APIs"
            + " lists them for REST APIs only. An HTTP API has nowhere to keep the policy, so"
            + " whatever it restricts (source IPs, VPCs, accounts) is not restricted at all once"
            + " deployed. Use IAM authorization, a JWT or Lambda authorizer, or a REST API.",
        Guide.source("Choosing between REST APIs and HTTP APIs", "http-api-vs-rest"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() == Protocol.HTTP && input.api().resourcePolicy() != null) {
      out.add(
          Guide.policyAt(input),
          "the resource policy is ignored: HTTP APIs have no resource policies",
          "control access with `auth iam` or an authorizer on the routes");
    }
  }
}
