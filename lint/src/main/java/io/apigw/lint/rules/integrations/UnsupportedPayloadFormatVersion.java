package io.apigw.lint.rules.integrations;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import java.util.Set;

/** E6005: a payload format version API Gateway does not take for the integration. */
public final class UnsupportedPayloadFormatVersion implements Rule {
  @Override
  public String id() {
    return "E6005";
  }

  @Override
  public String summary() {
    return "payload format version is not one the integration supports";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A payload format version that is neither `1.0` nor `2.0`, or, in an HTTP API, `2.0` on"
            + " an integration other than a Lambda proxy one.",
        "\"For HTTP APIs, supported values for Lambda proxy integrations are 1.0 and 2.0. For all"
            + " other integrations, 1.0 is the only supported value.\" API Gateway refuses any"
            + " other value, so the import or deployment fails.",
        "AWS API Gateway developer guide, \"x-amazon-apigateway-integration object\""
            + " (api-gateway-swagger-extensions-integration.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html");
  }

  @Override
  public Set<String> replacesReaderCodes() {
    return Set.of("dsl.payload");
  }

  @Override
  public void check(LintInput input, Findings out) {
    boolean http = input.api().protocol() == Protocol.HTTP;
    for (Route route : input.api().routes()) {
      Integration integration = route.integration();
      if (integration == null || integration.payloadFormatVersion() == null) {
        continue;
      }
      String version = integration.payloadFormatVersion();
      if (!version.equals("1.0") && !version.equals("2.0")) {
        out.add(
            Sites.member(input, route, "payloadFormatVersion"),
            "payload format version `" + version + "` is neither 1.0 nor 2.0");
      } else if (http
          && version.equals("2.0")
          && integration.kind() != IntegrationKind.LAMBDA_PROXY) {
        out.add(
            Sites.member(input, route, "payloadFormatVersion"),
            "payload format version 2.0 on the "
                + integration.kind().awsType(Protocol.HTTP)
                + " integration of `"
                + route.key().text()
                + "`; only Lambda proxy integrations take 2.0",
            "use 1.0");
      }
    }
  }
}
