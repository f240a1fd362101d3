package io.apigw.lint.rules.security;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.CustomDomain;
import io.apigw.model.EndpointType;

/** E8007: mutual TLS on a domain that cannot have it. */
public final class MutualTlsDomainUnsupported implements Rule {
  @Override
  public String id() {
    return "E8007";
  }

  @Override
  public String summary() {
    return "mutual TLS on a domain that is not regional with TLS 1.2";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A custom domain with a mutual TLS truststore (`truststore=s3://...`, `truststoreUri`)"
            + " whose security policy is `TLS_1_0` or whose endpoint type is edge-optimized or"
            + " private. A domain that leaves either unsaid is not reported.",
        "\"To configure mutual TLS for a REST API, you must use a Regional custom domain name"
            + " for your API, with a minimum TLS version of 1.2\" (the HTTP API page says the"
            + " same), and \"mutual TLS isn't supported for private APIs\". API Gateway refuses"
            + " to create such a domain, so the deployment fails.",
        Guide.source(
            "Configuring mutual TLS authentication for a REST API", "rest-api-mutual-tls"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    for (CustomDomain domain : input.api().domains()) {
      if (!DomainAllowsTls10.mutualTls(domain)) {
        continue;
      }
      var at = Guide.at(domain.source(), input.apiAt());
      String name = "mutual TLS on `" + domain.domainName() + "`";
      if ("TLS_1_0".equals(domain.securityPolicy())) {
        out.add(
            at,
            name + " needs the `TLS_1_2` security policy, not `TLS_1_0`",
            Guide.hint(input, "write `tls=TLS_1_2`", "set `securityPolicy: TLS_1_2`"));
      }
      EndpointType type = domain.endpointType();
      if (type == EndpointType.EDGE || type == EndpointType.PRIVATE) {
        out.add(
            at,
            name
                + " needs a regional domain, not "
                + (type == EndpointType.EDGE ? "an edge-optimized" : "a private")
                + " one",
            Guide.hint(input, "write `endpoint=regional`", "set `endpointType: REGIONAL`"));
      }
    }
  }
}
