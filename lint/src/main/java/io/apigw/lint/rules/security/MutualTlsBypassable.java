package io.apigw.lint.rules.security;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.CustomDomain;

/** W8008: mutual TLS that clients can go around through the default endpoint. */
public final class MutualTlsBypassable implements Rule {
  @Override
  public String id() {
    return "W8008";
  }

  @Override
  public String summary() {
    return "mutual TLS domain while the default execute-api endpoint stays open";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An API with a mutual TLS custom domain (`truststore=`) that keeps its default"
            + " `execute-api` endpoint (no `disable-execute-api-endpoint`,"
            + " `disableExecuteApiEndpoint`).",
        "Mutual TLS is checked on the custom domain only. \"By default, clients can invoke your"
            + " API by using the `execute-api` endpoint that API Gateway generates for your API\","
            + " with no client certificate at all; to make clients go through the domain the"
            + " guide says to disable that endpoint.",
        Guide.source(
            "Configuring mutual TLS authentication for a REST API", "rest-api-mutual-tls"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().endpoint().disableExecuteApiEndpoint()) {
      return;
    }
    for (CustomDomain domain : input.api().domains()) {
      if (DomainAllowsTls10.mutualTls(domain)) {
        out.add(
            Guide.at(domain.source(), input.apiAt()),
            "clients can skip mutual TLS of `"
                + domain.domainName()
                + "` through the default `execute-api` endpoint",
            Guide.hint(
                input,
                "add the statement `disable-execute-api-endpoint`",
                "set `x-amazon-apigateway-endpoint-configuration: {disableExecuteApiEndpoint:"
                    + " true}`"));
      }
    }
  }
}
