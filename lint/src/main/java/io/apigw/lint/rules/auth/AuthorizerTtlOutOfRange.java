package io.apigw.lint.rules.auth;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Authorizer;

/** E4003: an authorizer result TTL outside 0 to 3600 seconds. */
public final class AuthorizerTtlOutOfRange implements Rule {
  static final int MAX_TTL_SECONDS = 3600;

  @Override
  public String id() {
    return "E4003";
  }

  @Override
  public String summary() {
    return "authorizer result TTL is outside 0 to 3600 seconds";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An authorizer whose result cache TTL (`ttl=` in the DSL,"
            + " `authorizerResultTtlInSeconds` in OpenAPI) is negative or above 3600 seconds.",
        "API Gateway caches an authorizer's result for at most 3600 seconds; the guide says the"
            + " maximum is 3600 seconds and that this limit cannot be increased, and 0 turns"
            + " caching off. A larger or negative value is refused when the authorizer is"
            + " created, so the deployment fails.",
        "AWS API Gateway developer guide, \"Configure a Lambda authorizer using the API Gateway"
            + " console\" (configure-api-gateway-lambda-authorization-with-console.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    for (Authorizer authorizer : input.api().authorizers()) {
      Integer ttl = authorizer.ttlSeconds();
      if (ttl != null && (ttl < 0 || ttl > MAX_TTL_SECONDS)) {
        out.add(
            Authorizers.at(authorizer, input),
            "authorizer `"
                + authorizer.name()
                + "` caches its result for "
                + ttl
                + " seconds; API Gateway allows 0 to 3600",
            "use a TTL from 0 (no caching) to 3600 seconds");
      }
    }
  }
}
