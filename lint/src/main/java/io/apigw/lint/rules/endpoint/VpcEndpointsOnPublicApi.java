package io.apigw.lint.rules.endpoint;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Api;
import io.apigw.model.EndpointType;
import io.apigw.model.Protocol;

/** W3003: VPC endpoint ids on an API that is not private. */
public final class VpcEndpointsOnPublicApi implements Rule {
  @Override
  public String id() {
    return "W3003";
  }

  @Override
  public String summary() {
    return "VPC endpoint ids on an API that is not private";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "VPC endpoint ids (`vpc-endpoints` in the DSL, `vpcEndpointIds` of"
            + " `x-amazon-apigateway-endpoint-configuration`) on an API whose endpoint type is"
            + " not `PRIVATE`.",
        "VPC endpoint ids only make API Gateway create Route 53 alias records for a private API"
            + " (`https://{rest-api-id}-{vpce-id}.execute-api.{region}.amazonaws.com`); the guide"
            + " says they are only supported for REST APIs of the `PRIVATE` endpoint type. On an"
            + " edge-optimized or Regional API they do not make it private: the API stays"
            + " reachable from the internet, which is probably not what the author meant. The"
            + " guide does not say whether API Gateway rejects or ignores them.",
        "AWS API Gateway developer guide, \"x-amazon-apigateway-endpoint-configuration object\""
            + " (api-gateway-swagger-extensions-endpoint-configuration.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Api api = input.api();
    EndpointType type = api.endpoint().type();
    if (type == EndpointType.PRIVATE || api.endpoint().vpcEndpointIds().isEmpty()) {
      return;
    }
    out.add(
        Endpoints.endpointAt(input),
        "API `"
            + api.name()
            + "` lists VPC endpoints but its endpoint type is `"
            + type
            + "`, not `PRIVATE`",
        api.protocol() == Protocol.REST
            ? "make the API private, or remove the VPC endpoint ids"
            : "remove the VPC endpoint ids: only REST APIs can be private");
  }
}
