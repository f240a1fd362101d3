package io.apigw.lint.rules.endpoint;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Api;
import io.apigw.model.EndpointType;
import io.apigw.model.Protocol;

/** E3004: an HTTP or WebSocket API declared edge-optimized or private. */
public final class EndpointTypeNotForProtocol implements Rule {
  @Override
  public String id() {
    return "E3004";
  }

  @Override
  public String summary() {
    return "HTTP or WebSocket API is not regional";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An HTTP or WebSocket API whose endpoint type is `EDGE` or `PRIVATE`.",
        "Only REST APIs choose an endpoint type: the guide's comparison of REST and HTTP APIs"
            + " lists edge-optimized and private endpoints for REST APIs only, HTTP APIs being"
            + " Regional. The API Gateway version 2 API that creates HTTP and WebSocket APIs has"
            + " no endpoint type at all, so the definition promises a CloudFront distribution or"
            + " VPC-only access that the deployed API does not have. For WebSocket APIs the guide"
            + " says so less directly: it documents only Regional custom domain names for them.",
        "AWS API Gateway developer guide, \"Choosing between REST APIs and HTTP APIs\""
            + " (http-api-vs-rest.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Api api = input.api();
    EndpointType type = api.endpoint().type();
    if (api.protocol() == Protocol.REST || type == EndpointType.REGIONAL) {
      return;
    }
    String kind = api.protocol() == Protocol.HTTP ? "HTTP" : "WebSocket";
    out.add(
        Endpoints.endpointAt(input),
        kind + " APIs are Regional only; API `" + api.name() + "` is `" + type + "`",
        type == EndpointType.PRIVATE
            ? "use a REST API for a private endpoint, or make this one regional"
            : "make the API regional, or put a CloudFront distribution in front of it");
  }
}
