package io.apigw.lint.rules.auth;

import io.apigw.lint.LintInput;
import io.apigw.model.Api;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import io.apigw.model.SourceRange;
import java.util.HashSet;
import java.util.Set;

/** What this area's rules share about authorizers. */
final class Authorizers {
  private Authorizers() {}

  static SourceRange at(Authorizer authorizer, LintInput input) {
    return authorizer.source().isKnown() ? authorizer.source() : input.apiAt();
  }

  /**
   * Whether API Gateway has this type of authorizer for this kind of API: TOKEN and Cognito user
   * pools for REST, JWT for HTTP, REQUEST for all three.
   */
  static boolean fits(AuthorizerType type, Protocol protocol) {
    return switch (type) {
      case TOKEN, COGNITO_USER_POOLS -> protocol == Protocol.REST;
      case JWT -> protocol == Protocol.HTTP;
      case REQUEST -> true;
    };
  }

  static String kind(Protocol protocol) {
    return switch (protocol) {
      case REST -> "REST";
      case HTTP -> "HTTP";
      case WEBSOCKET -> "WebSocket";
    };
  }

  static String typeName(AuthorizerType type) {
    return switch (type) {
      case TOKEN -> "TOKEN";
      case REQUEST -> "REQUEST";
      case COGNITO_USER_POOLS -> "Cognito user pool";
      case JWT -> "JWT";
    };
  }

  /** The authorizers the API's routes name. */
  static Set<String> used(Api api) {
    Set<String> used = new HashSet<>();
    for (Route route : api.routes()) {
      if (route.authorization() instanceof Authorization.Custom custom) {
        used.add(custom.authorizer());
      }
    }
    return used;
  }
}
