package io.apigw.lint.rules.auth;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Protocol;

/** E4004: an authorizer of a type the API's kind does not have. */
public final class AuthorizerTypeNotForProtocol implements Rule {
  @Override
  public String id() {
    return "E4004";
  }

  @Override
  public String summary() {
    return "authorizer type does not exist for this kind of API";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An authorizer whose type the API's kind does not offer: JWT authorizers exist only in"
            + " HTTP APIs; Cognito user pool and TOKEN authorizers only in REST APIs; WebSocket"
            + " APIs have Lambda REQUEST authorizers only. (IAM authorization and REQUEST"
            + " authorizers exist everywhere.)",
        "API Gateway refuses to create the authorizer, so the deployment fails. The guide's"
            + " comparison of REST and HTTP APIs lists JWT authorizers for HTTP APIs only, and"
            + " says HTTP APIs use Amazon Cognito through a JWT authorizer; the"
            + " `x-amazon-apigateway-authorizer` reference gives `token` and `request` for REST"
            + " APIs and `request` and `jwt` for HTTP APIs; WebSocket APIs document only Lambda"
            + " `REQUEST` authorizers and IAM.",
        "AWS API Gateway developer guide, \"Choosing between REST APIs and HTTP APIs\""
            + " (http-api-vs-rest.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Protocol protocol = input.api().protocol();
    for (Authorizer authorizer : input.api().authorizers()) {
      AuthorizerType type = authorizer.type();
      if (Authorizers.fits(type, protocol)) {
        continue;
      }
      out.add(
          Authorizers.at(authorizer, input),
          Authorizers.typeName(type)
              + " authorizers do not exist in "
              + Authorizers.kind(protocol)
              + " APIs; `"
              + authorizer.name()
              + "` cannot be created",
          hint(type, protocol));
    }
  }

  private static String hint(AuthorizerType type, Protocol protocol) {
    if (protocol == Protocol.REST) {
      return "use a Cognito user pool authorizer, or a Lambda authorizer that validates the JWT";
    }
    if (protocol == Protocol.HTTP && type == AuthorizerType.COGNITO_USER_POOLS) {
      return "use a JWT authorizer whose issuer is the user pool"
          + " (https://cognito-idp.REGION.amazonaws.com/POOL_ID)";
    }
    return "use a Lambda REQUEST authorizer that reads the same identity source";
  }
}
