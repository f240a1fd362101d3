package io.apigw.lint.rules.auth;

import io.apigw.lint.Rule;
import java.util.List;

/** The rules of this area, in id order. */
public final class AuthorizerRules {
  private AuthorizerRules() {}

  public static List<Rule> all() {
    return List.of(
        new SeveralSecurityRequirements(),
        new SecurityAlternativesIgnored(),
        new AuthorizerTtlOutOfRange(),
        new AuthorizerTypeNotForProtocol(),
        new SimpleResponsesWithoutPayloadV2(),
        new RouteWithoutAuthorization(),
        new UnusedAuthorizer(),
        new MalformedIdentitySource(),
        new MissingIdentitySource(),
        new TokenSourceNotOneHeader(),
        new TokenWithoutValidationExpression(),
        new AuthorizationOutsideConnect(),
        new ScopesIgnoredByAuthorizer(),
        new LambdaAuthorizerWithoutPayloadFormat());
  }
}
