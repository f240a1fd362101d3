package io.apigw.deployers.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.Authorizer;
import io.apigw.model.Protocol;

/**
 * Authorizers. REST and HTTP APIs declare theirs in the OpenAPI body (security schemes with {@code
 * x-amazon-apigateway-authorizer}), so they are not said again as SAM {@code Auth} or as {@code
 * AWS::ApiGateway::Authorizer}; WebSocket authorizers become {@code AWS::ApiGatewayV2::Authorizer}.
 * Every Lambda authorizer function gets a permission scoped to the API's authorizers ({@code
 * arn:...:execute-api:region:account:api-id/authorizers/*}, see the developer guide,
 * apigateway-use-lambda-authorizer.md).
 */
final class AuthorizerGenerator {
  private AuthorizerGenerator() {}

  static void generate(Context context) {
    for (Authorizer authorizer : context.api().authorizers()) {
      if (context.protocol() == Protocol.WEBSOCKET) {
        websocket(context, authorizer);
      }
      if (authorizer.type().isLambda() && authorizer.function() != null) {
        context.permission(
            authorizer.function(), "authorizer " + authorizer.name(), "/authorizers/*");
      }
    }
  }

  private static void websocket(Context context, Authorizer authorizer) {
    ObjectNode properties =
        context
            .template()
            .resource(context.ids().authorizer(authorizer.name()), "AWS::ApiGatewayV2::Authorizer");
    properties.set("ApiId", Cfn.ref(context.ids().api()));
    properties.put("Name", authorizer.name());
    properties.put("AuthorizerType", "REQUEST");
    if (authorizer.function() != null) {
      properties.set("AuthorizerUri", context.invocationUri(authorizer.function()));
    } else {
      Cfn.put(properties, "AuthorizerUri", authorizer.uri());
    }
    Cfn.put(properties, "AuthorizerCredentialsArn", authorizer.credentials());
    Cfn.put(properties, "IdentitySource", authorizer.identitySources());
  }
}
