package io.apigw.lint.rules.auth;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Protocol;
import java.util.List;

/** E4010: a TOKEN or Cognito user pool authorizer that does not read exactly one header. */
public final class TokenSourceNotOneHeader implements Rule {
  @Override
  public String id() {
    return "E4010";
  }

  @Override
  public String summary() {
    return "TOKEN or Cognito authorizer does not read exactly one header";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST API TOKEN or Cognito user pool authorizer whose identity source is not exactly"
            + " one `method.request.header.NAME`: none, several, or a query string, stage or"
            + " context variable.",
        "These authorizers take the token from one request header, the token source: the guide"
            + " asks for the name of a header in Token Source (\"the API client must include a"
            + " header of this name\"), and for Cognito user pools for `Authorization` as the"
            + " header name. API Gateway refuses any other identity source when the authorizer is"
            + " created; for several sources, a REQUEST authorizer is what API Gateway offers.",
        "AWS API Gateway developer guide, \"Configure a Lambda authorizer using the API Gateway"
            + " console\" (configure-api-gateway-lambda-authorization-with-console.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    for (Authorizer authorizer : input.api().authorizers()) {
      AuthorizerType type = authorizer.type();
      if (type != AuthorizerType.TOKEN && type != AuthorizerType.COGNITO_USER_POOLS) {
        continue;
      }
      String what = Authorizers.typeName(type) + " authorizer `" + authorizer.name() + "`";
      List<String> sources = authorizer.identitySources();
      String problem = null;
      if (sources.isEmpty()) {
        problem = what + " names no header to read the token from";
      } else if (sources.size() > 1) {
        problem =
            what + " reads its token from one header, not " + sources.size() + " identity sources";
      } else {
        IdentitySources.Source source = IdentitySources.parse(sources.get(0), Protocol.REST);
        if (source == null || source.part() != IdentitySources.Part.HEADER) {
          problem = what + " reads its token from a header, not `" + sources.get(0) + "`";
        }
      }
      if (problem != null) {
        out.add(
            Authorizers.at(authorizer, input),
            problem,
            type == AuthorizerType.TOKEN
                ? "read the token from one header, e.g. `method.request.header.Authorization`, or"
                    + " use a REQUEST authorizer"
                : "read the token from `method.request.header.Authorization`");
      }
    }
  }
}
