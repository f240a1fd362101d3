package io.apigw.lint.rules.auth;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Protocol;

/** E4005: simple responses on an authorizer that cannot give them. */
public final class SimpleResponsesWithoutPayloadV2 implements Rule {
  @Override
  public String id() {
    return "E4005";
  }

  @Override
  public String summary() {
    return "simple responses without payload format version 2.0";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A Lambda authorizer with simple responses enabled (`simple` in the DSL,"
            + " `enableSimpleResponses: true` in OpenAPI) whose payload format version is not"
            + " `2.0`, or that belongs to a REST or WebSocket API. (An HTTP API authorizer that gives"
            + " no version at all is rule E4014's.)",
        "Simple responses, where the function returns `{\"isAuthorized\": true}` instead of an"
            + " IAM policy, exist only for HTTP API `request` authorizers with payload format"
            + " version `2.0`; the guide says `enableSimpleResponses` is supported only for"
            + " authorizers with an `authorizerPayloadFormatVersion` of `2.0`, and describes the"
            + " setting for HTTP APIs only. With `1.0` the setting is not supported; in a REST or"
            + " WebSocket API there is no such setting, so a function written to return a Boolean"
            + " is read as a malformed policy and the authorization fails.",
        "AWS API Gateway developer guide, \"x-amazon-apigateway-authorizer object\""
            + " (api-gateway-swagger-extensions-authorizer.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Protocol protocol = input.api().protocol();
    for (Authorizer authorizer : input.api().authorizers()) {
      if (!Boolean.TRUE.equals(authorizer.simpleResponses())
          || authorizer.type() != AuthorizerType.REQUEST) {
        continue;
      }
      if (protocol != Protocol.HTTP) {
        out.add(
            Authorizers.at(authorizer, input),
            "authorizer `"
                + authorizer.name()
                + "` enables simple responses, which "
                + Authorizers.kind(protocol)
                + " APIs do not have",
            "return an IAM policy from the function and drop the simple responses setting");
      } else if (authorizer.payloadFormatVersion() != null
          && !"2.0".equals(authorizer.payloadFormatVersion())) {
        out.add(
            Authorizers.at(authorizer, input),
            "authorizer `"
                + authorizer.name()
                + "` enables simple responses, which need payload format version `2.0`, not `"
                + authorizer.payloadFormatVersion()
                + "`",
            "set the authorizer's payload format version to 2.0");
      }
    }
  }
}
