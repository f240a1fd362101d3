package io.apigw.lint.rules.integrations;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Integration;
import io.apigw.model.Protocol;
import io.apigw.model.Route;

/** W6008: an integration that skips verifying its backend's certificate authority. */
public final class InsecureTlsVerification implements Rule {
  @Override
  public String id() {
    return "W6008";
  }

  @Override
  public String summary() {
    return "integration skips verifying the backend's certificate";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST API integration with `insecureSkipVerification` (`insecure-tls` in the DSL) in"
            + " its TLS configuration.",
        "API Gateway then accepts a backend certificate from any certificate authority,"
            + " self-signed ones included. \"Enabling insecureSkipVerification isn't recommended,"
            + " especially for integrations with public HTTPS endpoints. If you enable"
            + " insecureSkipVerification, you increase the risk of man-in-the-middle attacks.\""
            + " Give the backend a certificate from a supported authority instead.",
        "AWS API Gateway developer guide, \"x-amazon-apigateway-integration.tlsConfig object\""
            + " (api-gateway-extensions-integration-tls-config.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-extensions-integration-tls-config.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    // The setting is "supported only for REST APIs".
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    for (Route route : input.api().routes()) {
      Integration integration = route.integration();
      if (integration == null
          || integration.tls() == null
          || !integration.tls().insecureSkipVerification()) {
        continue;
      }
      out.add(
          Sites.member(input, route, "tlsConfig", "insecureSkipVerification"),
          "integration of `"
              + route.key().text()
              + "` skips verifying the certificate authority of its backend",
          "use a backend certificate from a certificate authority API Gateway trusts");
    }
  }
}
