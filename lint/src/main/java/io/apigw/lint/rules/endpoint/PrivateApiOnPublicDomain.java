package io.apigw.lint.rules.endpoint;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Api;
import io.apigw.model.CustomDomain;
import io.apigw.model.EndpointType;
import io.apigw.model.Protocol;

/** E3006: a private API mapped to a public custom domain name. */
public final class PrivateApiOnPublicDomain implements Rule {
  @Override
  public String id() {
    return "E3006";
  }

  @Override
  public String summary() {
    return "private API on a public custom domain name";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A `PRIVATE` REST API with a custom domain name whose endpoint type is edge-optimized or"
            + " Regional (a `domain` without `endpoint=private`).",
        "The guide's private API considerations say custom domain names are not supported for"
            + " private APIs, so the domain and its base path mappings cannot be created for this"
            + " API. Later releases of API Gateway added private custom domain names (endpoint"
            + " type `PRIVATE`), which this guide does not yet describe; a public domain still"
            + " cannot serve a private API.",
        "AWS API Gateway developer guide, \"Creating a private API in Amazon API Gateway\""
            + " (apigateway-private-apis.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-apis.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Api api = input.api();
    if (api.protocol() != Protocol.REST || api.endpoint().type() != EndpointType.PRIVATE) {
      return;
    }
    for (CustomDomain domain : api.domains()) {
      if (domain.endpointType() == EndpointType.PRIVATE) {
        continue;
      }
      out.add(
          domain.source().isKnown() ? domain.source() : input.apiAt(),
          "private API `"
              + api.name()
              + "` cannot be served by the public custom domain `"
              + domain.domainName()
              + "`",
          "remove the domain, or make it a private custom domain name");
    }
  }
}
