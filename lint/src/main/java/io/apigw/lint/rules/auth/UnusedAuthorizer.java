package io.apigw.lint.rules.auth;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Authorizer;
import java.util.Set;

/** W4007: an authorizer that no route uses. */
public final class UnusedAuthorizer implements Rule {
  @Override
  public String id() {
    return "W4007";
  }

  @Override
  public String summary() {
    return "authorizer is not used by any route";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An authorizer (`auth NAME: ...` in the DSL, a security scheme with"
            + " `x-amazon-apigateway-authorizer` in OpenAPI) that no route names.",
        "An authorizer protects nothing until a route uses it, so the routes it was written for"
            + " are probably open, or protected by something else than intended. It is still"
            + " created on deployment and counts toward the quota of authorizers per API (10 for"
            + " REST and HTTP APIs, per the guide's quotas page).",
        "AWS API Gateway developer guide, \"Amazon API Gateway quotas and important notes\""
            + " (limits.md): https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Set<String> used = Authorizers.used(input.api());
    for (Authorizer authorizer : input.api().authorizers()) {
      if (!used.contains(authorizer.name())) {
        out.add(
            Authorizers.at(authorizer, input),
            "authorizer `" + authorizer.name() + "` is not used by any route",
            "name it on the routes it should protect, or remove it");
      }
    }
  }
}
