package io.apigw.lint.rules.security;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Cors;
import io.apigw.model.Protocol;

/** E8004: CORS that allows credentials from any origin. */
public final class CorsAnyOriginWithCredentials implements Rule {
  @Override
  public String id() {
    return "E8004";
  }

  @Override
  public String summary() {
    return "credentials allowed together with any CORS origin";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A CORS configuration of a REST or HTTP API that allows the origin `*` and also allows"
            + " credentials (`cors origins=* credentials` in the DSL, `allowOrigins: [\"*\"]` with"
            + " `allowCredentials: true`).",
        "In an HTTP API, API Gateway answers preflight requests itself and refuses this"
            + " configuration: creating or updating the API fails with `BadRequestException:"
            + " allow-credentials is not supported if 'allow-origin' is *` (reported in"
            + " https://github.com/aws/aws-cdk/issues/9076; the developer guide lists the two"
            + " properties but does not spell out the restriction). In a REST API the OPTIONS"
            + " methods would send `Access-Control-Allow-Origin: *` with"
            + " `Access-Control-Allow-Credentials: true`, and browsers reject every credentialed"
            + " request to such a response, as the CORS protocol of the Fetch standard requires."
            + " List the allowed origins instead.",
        Guide.source("Configuring CORS for an HTTP API", "http-api-cors"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    Protocol protocol = input.api().protocol();
    Cors cors = input.api().cors();
    if (cors == null
        || protocol == Protocol.WEBSOCKET
        || !Boolean.TRUE.equals(cors.allowCredentials())
        || !cors.allowOrigins().contains("*")) {
      return;
    }
    String hint =
        Guide.hint(
            input,
            "list the origins that may send credentials: `origins=https://app.example.com`",
            "list the origins that may send credentials in `allowOrigins`");
    if (protocol == Protocol.HTTP) {
      out.add(
          Guide.at(cors.source(), input.apiAt()),
          "any origin `*` may send credentials: API Gateway refuses this CORS configuration for"
              + " HTTP APIs",
          hint);
    } else {
      out.add(
          Guide.at(cors.source(), input.apiAt()),
          "any origin `*` may send credentials: browsers refuse credentialed requests to such"
              + " CORS responses",
          hint);
    }
  }
}
