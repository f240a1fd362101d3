package io.apigw.lint.rules.endpoint;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Api;
import io.apigw.model.EndpointType;
import io.apigw.model.Protocol;

/** E3001: a private REST API without a resource policy. */
public final class PrivateApiWithoutPolicy implements Rule {
  @Override
  public String id() {
    return "E3001";
  }

  @Override
  public String summary() {
    return "private API has no resource policy";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST API of the `PRIVATE` endpoint type without a resource policy (`policy` in the"
            + " DSL, `x-amazon-apigateway-policy` in OpenAPI).",
        "A private API is reached only through interface VPC endpoints, and only the resource"
            + " policy grants them access: the guide says that until the API has a resource policy"
            + " that grants access to your VPC or VPC endpoint, all API calls fail, and asks for"
            + " the policy before the API is tested and deployed. API Gateway also refuses the"
            + " deployment itself (`Private REST API doesn't have a resource policy attached to"
            + " it`); the guide does not quote that message.",
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
    if (api.resourcePolicy() == null || api.resourcePolicy().isNull()) {
      out.add(
          Endpoints.endpointAt(input),
          "private API `" + api.name() + "` has no resource policy, so every call to it fails",
          "add a `policy` that allows `execute-api:Invoke` from your VPC endpoints");
    }
  }
}
