package io.apigw.lint.rules.auth;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Protocol;

/** E4008: an identity source not written as the API's kind writes them. */
public final class MalformedIdentitySource implements Rule {
  @Override
  public String id() {
    return "E4008";
  }

  @Override
  public String summary() {
    return "identity source is malformed";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An identity source of a REQUEST or JWT authorizer that is not a mapping expression of"
            + " the API's kind. REST: `method.request.header.NAME`,"
            + " `method.request.querystring.NAME`, `stageVariables.NAME`, `context.NAME`. HTTP:"
            + " `$request.header.NAME`, `$request.querystring.NAME`, `$stageVariables.NAME`,"
            + " `$context.NAME`. WebSocket: `route.request.header.NAME`,"
            + " `route.request.querystring.NAME`, `stageVariables.NAME`, `context.NAME`. (TOKEN"
            + " and Cognito user pool authorizers are rule E4010's.)",
        "API Gateway refuses an identity source it cannot parse when the authorizer is created,"
            + " so the deployment fails; the usual cause is an expression copied from the other"
            + " API version (`$request.header.Authorization` in a REST API). The REST forms are"
            + " those of the guide's `x-amazon-apigateway-authorizer` examples and console steps"
            + " (header, query string, stage variable, context); the HTTP forms are the guide's"
            + " table of identity sources for HTTP API Lambda authorizers. For WebSocket APIs the"
            + " guide is silent: the forms are those of the API Gateway V2 API reference"
            + " (`CreateAuthorizer`, `identitySource`).",
        "AWS API Gateway developer guide, \"Working with AWS Lambda authorizers for HTTP APIs\""
            + " (http-api-lambda-authorizer.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Protocol protocol = input.api().protocol();
    for (Authorizer authorizer : input.api().authorizers()) {
      AuthorizerType type = authorizer.type();
      if (!Authorizers.fits(type, protocol)
          || (type != AuthorizerType.REQUEST && type != AuthorizerType.JWT)) {
        continue;
      }
      for (String source : authorizer.identitySources()) {
        if (IdentitySources.parse(source, protocol) != null) {
          continue;
        }
        IdentitySources.Source meant = IdentitySources.parseAny(source);
        out.add(
            Authorizers.at(authorizer, input),
            "authorizer `"
                + authorizer.name()
                + "`: `"
                + source
                + "` is not an identity source of a "
                + Authorizers.kind(protocol)
                + " API",
            meant != null
                ? "write `" + IdentitySources.write(meant, protocol) + "`"
                : "use " + IdentitySources.forms(protocol));
      }
    }
  }
}
