package io.apigw.lint.rules.auth;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Protocol;

/** E4014: an HTTP API Lambda authorizer without a payload format version. */
public final class LambdaAuthorizerWithoutPayloadFormat implements Rule {
  @Override
  public String id() {
    return "E4014";
  }

  @Override
  public String summary() {
    return "HTTP API Lambda authorizer has no payload format version";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A Lambda (REQUEST) authorizer of an HTTP API without a payload format version"
            + " (`payload=` in the DSL, `authorizerPayloadFormatVersion` in OpenAPI).",
        "The payload format version decides what API Gateway sends the function and how it reads"
            + " the answer (`1.0`: an IAM policy; `2.0`: a policy or, with simple responses, a"
            + " Boolean). Only the console picks one for you: the guide says that when you create"
            + " a Lambda authorizer with the AWS CLI, AWS CloudFormation or an SDK you must"
            + " specify it, so the deployment fails without it.",
        "AWS API Gateway developer guide, \"Working with AWS Lambda authorizers for HTTP APIs\""
            + " (http-api-lambda-authorizer.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.HTTP) {
      return;
    }
    for (Authorizer authorizer : input.api().authorizers()) {
      String version = authorizer.payloadFormatVersion();
      if (authorizer.type() == AuthorizerType.REQUEST && (version == null || version.isBlank())) {
        out.add(
            Authorizers.at(authorizer, input),
            "Lambda authorizer `" + authorizer.name() + "` gives no payload format version",
            "set the payload format version to 2.0 (or 1.0 for a function written for REST)");
      }
    }
  }
}
