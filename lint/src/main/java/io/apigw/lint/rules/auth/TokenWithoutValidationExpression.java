package io.apigw.lint.rules.auth;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Protocol;

/** I4011: a TOKEN authorizer that calls its function for any token. */
public final class TokenWithoutValidationExpression implements Rule {
  @Override
  public String id() {
    return "I4011";
  }

  @Override
  public String summary() {
    return "TOKEN authorizer has no token validation expression";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST API TOKEN authorizer without a token validation expression (`validate=` in the"
            + " DSL, `identityValidationExpression` in OpenAPI).",
        "With a validation expression API Gateway checks the token's shape itself and invokes"
            + " the Lambda function only for tokens that match; the guide notes that this helps"
            + " reduce the chances of being charged for invalid tokens. Without one, every request"
            + " with any value in the header invokes the function, garbage and attacks included.",
        "AWS API Gateway developer guide, \"Configure a Lambda authorizer using the API Gateway"
            + " console\" (configure-api-gateway-lambda-authorization-with-console.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    for (Authorizer authorizer : input.api().authorizers()) {
      String expression = authorizer.validationExpression();
      if (authorizer.type() == AuthorizerType.TOKEN
          && (expression == null || expression.isBlank())) {
        out.add(
            Authorizers.at(authorizer, input),
            "TOKEN authorizer `" + authorizer.name() + "` invokes its function for any token",
            "add a validation expression the token must match, e.g. `^Bearer [-0-9A-Za-z._~+/]+=*$`");
      }
    }
  }
}
