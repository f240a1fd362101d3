package io.apigw.lint.rules.integrations;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.Protocol;
import io.apigw.model.Route;

/** E6004: an HTTP API Lambda proxy integration without a payload format version. */
public final class LambdaProxyWithoutPayloadVersion implements Rule {
  @Override
  public String id() {
    return "E6004";
  }

  @Override
  public String summary() {
    return "HTTP API Lambda integration has no payload format version";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A Lambda proxy integration of an HTTP API without a payload format version (`payload=`"
            + " in the DSL, `payloadFormatVersion` in OpenAPI).",
        "The payload format version decides the shape of the event the function receives and of"
            + " the answer API Gateway expects back, and the two versions differ (2.0 has"
            + " `rawPath`, cookies apart, and reads a bare string or object as the body). \"If you"
            + " create a Lambda integration by using the AWS CLI, AWS CloudFormation, or an SDK,"
            + " you must specify a payloadFormatVersion\"; only the console picks one by itself."
            + " Without it the deployment fails, and a function written for one version breaks"
            + " on the other.",
        "AWS API Gateway developer guide, \"Working with AWS Lambda proxy integrations for HTTP"
            + " APIs\" (http-api-develop-integrations-lambda.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.HTTP) {
      return;
    }
    for (Route route : input.api().routes()) {
      Integration integration = route.integration();
      if (integration != null
          && integration.kind() == IntegrationKind.LAMBDA_PROXY
          && integration.payloadFormatVersion() == null) {
        out.add(
            Sites.of(route),
            "Lambda integration of `" + route.key().text() + "` has no payload format version",
            "say which event format the function is written for: 2.0 (or 1.0)");
      }
    }
  }
}
