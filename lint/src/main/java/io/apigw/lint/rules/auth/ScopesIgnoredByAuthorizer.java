package io.apigw.lint.rules.auth;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.Route;
import java.util.HashMap;
import java.util.Map;

/** W4013: OAuth scopes on a route whose authorizer does not check scopes. */
public final class ScopesIgnoredByAuthorizer implements Rule {
  @Override
  public String id() {
    return "W4013";
  }

  @Override
  public String summary() {
    return "route scopes with a Lambda authorizer";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A route that requires OAuth scopes (`auth NAME scopes=...` in the DSL, the scope list"
            + " of a security requirement in OpenAPI) while its authorizer is a Lambda (TOKEN or"
            + " REQUEST) authorizer.",
        "API Gateway checks a route's authorization scopes against the token itself only for"
            + " Cognito user pool authorizers (REST: with scopes the token is treated as an"
            + " access token and its scopes are verified) and JWT authorizers (HTTP: the token"
            + " must include at least one of the route's scopes). The guide documents scopes for"
            + " those two alone; a Lambda authorizer's decision is its policy, so scopes written"
            + " on its routes suggest a protection that nothing enforces.",
        "AWS API Gateway developer guide, \"Integrate a REST API with an Amazon Cognito user"
            + " pool\" (apigateway-enable-cognito-user-pool.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Map<String, Authorizer> byName = new HashMap<>();
    input.api().authorizers().forEach(a -> byName.putIfAbsent(a.name(), a));
    for (Route route : input.api().routes()) {
      if (!(route.authorization() instanceof Authorization.Custom custom)
          || custom.scopes().isEmpty()) {
        continue;
      }
      Authorizer authorizer = byName.get(custom.authorizer());
      if (authorizer == null || !authorizer.type().isLambda()) {
        continue;
      }
      out.add(
          custom.source().isKnown() ? custom.source() : input.apiAt(),
          "route `"
              + route.key().text()
              + "` requires scopes, but its authorizer `"
              + authorizer.name()
              + "` is a Lambda authorizer, which does not check them",
          "check the scopes in the Lambda function and remove them here, or use a"
              + " Cognito user pool or JWT authorizer");
    }
  }
}
