package io.apigw.lint.rules.security;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.CustomDomain;

/** W8001: a custom domain that still accepts TLS 1.0 and 1.1. */
public final class DomainAllowsTls10 implements Rule {
  @Override
  public String id() {
    return "W8001";
  }

  @Override
  public String summary() {
    return "custom domain accepts TLS versions below 1.2";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A custom domain whose security policy is `TLS_1_0` (`tls=TLS_1_0` in the DSL,"
            + " `securityPolicy` in AWS's terms). A domain that says nothing is not reported:"
            + " the guide does not say which policy API Gateway then applies. A mutual TLS domain"
            + " with `TLS_1_0` is E8007's.",
        "The `TLS_1_0` policy lets clients connect with TLS 1.0 and 1.1 and with ciphers such as"
            + " `ECDHE-RSA-AES128-SHA` that the `TLS_1_2` policy drops. Those protocol versions"
            + " are deprecated (RFC 8996) and open to downgrade attacks; the AWS Config rule"
            + " `apigateway-domain-name-tls-check` flags such domains as non-compliant.",
        Guide.source(
            "Choosing a minimum TLS version for a custom domain in API Gateway",
            "apigateway-custom-domain-tls-version"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    for (CustomDomain domain : input.api().domains()) {
      if ("TLS_1_0".equals(domain.securityPolicy()) && !mutualTls(domain)) {
        out.add(
            Guide.at(domain.source(), input.apiAt()),
            "custom domain `" + domain.domainName() + "` accepts TLS 1.0 and 1.1",
            Guide.hint(input, "write `tls=TLS_1_2`", "set `securityPolicy: TLS_1_2`"));
      }
    }
  }

  static boolean mutualTls(CustomDomain domain) {
    return domain.truststoreUri() != null && !domain.truststoreUri().isBlank();
  }
}
