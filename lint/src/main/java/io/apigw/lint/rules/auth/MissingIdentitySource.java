package io.apigw.lint.rules.auth;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Protocol;

/** E4009: a caching REQUEST authorizer or a JWT authorizer without an identity source. */
public final class MissingIdentitySource implements Rule {
  /** REST's TTL when none is given, per the guide. */
  static final int REST_DEFAULT_TTL = 300;

  @Override
  public String id() {
    return "E4009";
  }

  @Override
  public String summary() {
    return "authorizer needs an identity source and has none";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REQUEST authorizer that caches its results but names no identity source, or a JWT"
            + " authorizer that names none. A REST authorizer caches for 300 seconds unless its"
            + " TTL says otherwise; an HTTP or WebSocket one is counted as caching only when its"
            + " TTL is set above 0, as the guide gives no default for them. (TOKEN and Cognito"
            + " user pool authorizers are rule E4010's.)",
        "API Gateway keys the authorizer cache on the identity sources: the guide says that to"
            + " enable caching an HTTP API authorizer must have at least one identity source, and"
            + " that a REST REQUEST authorizer needs none only when caching is disabled. A JWT"
            + " authorizer reads the token from its identity source. Without one the authorizer"
            + " is refused when it is created, and the deployment fails.",
        "AWS API Gateway developer guide, \"Configure a Lambda authorizer using the API Gateway"
            + " console\" (configure-api-gateway-lambda-authorization-with-console.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Protocol protocol = input.api().protocol();
    for (Authorizer authorizer : input.api().authorizers()) {
      if (!authorizer.identitySources().isEmpty()
          || !Authorizers.fits(authorizer.type(), protocol)) {
        continue;
      }
      if (authorizer.type() == AuthorizerType.JWT) {
        out.add(
            Authorizers.at(authorizer, input),
            "JWT authorizer `"
                + authorizer.name()
                + "` names no identity source to read the token from",
            "read the token from `$request.header.Authorization`");
        continue;
      }
      if (authorizer.type() != AuthorizerType.REQUEST) {
        continue;
      }
      Integer ttl = authorizer.ttlSeconds();
      if (ttl == null && protocol == Protocol.REST) {
        out.add(
            Authorizers.at(authorizer, input),
            "authorizer `"
                + authorizer.name()
                + "` caches results for "
                + REST_DEFAULT_TTL
                + " seconds by default but names no identity source to key the cache on",
            "add the identity sources the function reads, or set the TTL to 0");
      } else if (ttl != null && ttl > 0) {
        out.add(
            Authorizers.at(authorizer, input),
            "authorizer `"
                + authorizer.name()
                + "` caches results for "
                + ttl
                + " seconds but names no identity source to key the cache on",
            "add the identity sources the function reads, or set the TTL to 0");
      }
    }
  }
}
