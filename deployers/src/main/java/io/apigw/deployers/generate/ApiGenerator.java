package io.apigw.deployers.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.Api;
import io.apigw.model.Authorization;
import io.apigw.model.Cors;
import io.apigw.model.Integration;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The API and its routes. REST and HTTP APIs carry their routes, integrations, authorizers, models,
 * validators, gateway responses, binary media types and policy in their OpenAPI body ({@link
 * DefinitionBody}), so the template says each of them once; WebSocket APIs, which OpenAPI cannot
 * describe, become {@code AWS::ApiGatewayV2::Route}, {@code Integration} and {@code RouteResponse}
 * resources (SAM has no WebSocket resource type).
 */
final class ApiGenerator {
  private ApiGenerator() {}

  static void generate(Context context) {
    switch (context.protocol()) {
      case REST -> rest(context);
      case HTTP -> http(context);
      case WEBSOCKET -> websocket(context);
    }
  }

  private static void rest(Context context) {
    Api api = context.api();
    String id = context.ids().api();
    if (context.sam()) {
      ObjectNode properties = context.template().resource(id, "AWS::Serverless::Api");
      properties.put("Name", api.name());
      properties.set("DefinitionBody", DefinitionBody.forTemplate(context, false));
      ObjectNode endpoint = properties.putObject("EndpointConfiguration");
      endpoint.put("Type", api.endpoint().type().name());
      if (!api.endpoint().vpcEndpointIds().isEmpty()) {
        endpoint.set("VPCEndpointIds", Cfn.strings(api.endpoint().vpcEndpointIds()));
      }
      disableExecuteApi(properties, api);
      if (api.cors() != null) {
        properties.set("Cors", samCors(api.cors()));
      }
    } else {
      ObjectNode properties = context.template().resource(id, "AWS::ApiGateway::RestApi");
      properties.put("Name", api.name());
      properties.set("Body", DefinitionBody.forTemplate(context, true));
      ObjectNode endpoint = properties.putObject("EndpointConfiguration");
      endpoint.set("Types", Cfn.strings(List.of(api.endpoint().type().name())));
      if (!api.endpoint().vpcEndpointIds().isEmpty()) {
        endpoint.set("VpcEndpointIds", Cfn.strings(api.endpoint().vpcEndpointIds()));
      }
      disableExecuteApi(properties, api);
    }
  }

  /** Clients must come through a custom domain: the default execute-api endpoint is off. */
  private static void disableExecuteApi(ObjectNode properties, Api api) {
    if (api.endpoint().disableExecuteApiEndpoint()) {
      properties.put("DisableExecuteApiEndpoint", true);
    }
  }

  /** SAM's Cors: values are header values, so quoted; one origin (SAM takes a single one). */
  private static ObjectNode samCors(Cors cors) {
    ObjectNode out = Cfn.object();
    out.put(
        "AllowOrigin",
        "'" + (cors.allowOrigins().isEmpty() ? "*" : String.join(",", cors.allowOrigins())) + "'");
    if (!cors.allowMethods().isEmpty()) {
      out.put("AllowMethods", "'" + String.join(",", cors.allowMethods()) + "'");
    }
    if (!cors.allowHeaders().isEmpty()) {
      out.put("AllowHeaders", "'" + String.join(",", cors.allowHeaders()) + "'");
    }
    if (cors.maxAgeSeconds() != null) {
      out.put("MaxAge", "'" + cors.maxAgeSeconds() + "'");
    }
    if (Boolean.TRUE.equals(cors.allowCredentials())) {
      out.put("AllowCredentials", true);
    }
    return out;
  }

  private static void http(Context context) {
    String id = context.ids().api();
    if (context.sam()) {
      ObjectNode properties = context.template().resource(id, "AWS::Serverless::HttpApi");
      properties.set("DefinitionBody", DefinitionBody.forTemplate(context, false));
      disableExecuteApi(properties, context.api());
    } else {
      ObjectNode properties = context.template().resource(id, "AWS::ApiGatewayV2::Api");
      properties.set("Body", DefinitionBody.forTemplate(context, false));
      disableExecuteApi(properties, context.api());
    }
  }

  private static void websocket(Context context) {
    Api api = context.api();
    String apiId = context.ids().api();
    ObjectNode properties = context.template().resource(apiId, "AWS::ApiGatewayV2::Api");
    properties.put("Name", api.name());
    properties.put("ProtocolType", "WEBSOCKET");
    Cfn.put(properties, "Description", api.description());
    properties.put(
        "RouteSelectionExpression",
        api.routeSelectionExpression() == null
            ? "$request.body.action"
            : api.routeSelectionExpression());
    Cfn.put(properties, "ApiKeySelectionExpression", api.apiKeySelectionExpression());
    Cfn.put(properties, "Tags", api.tags());
    for (Route route : api.routes()) {
      websocketRoute(context, route);
    }
  }

  private static void websocketRoute(Context context, Route route) {
    String key = route.key() instanceof RouteKey.Default ? "$default" : route.key().text();
    String apiId = context.ids().api();
    List<String> integrationIds = new ArrayList<>();
    Integration integration = route.integration();
    ObjectNode routeProperties;
    String integrationId = null;
    if (integration != null) {
      integrationId = context.ids().integration(key);
      integrationIds.add(integrationId);
      ObjectNode in = context.template().resource(integrationId, "AWS::ApiGatewayV2::Integration");
      in.set("ApiId", Cfn.ref(apiId));
      in.put("IntegrationType", integration.kind().awsType(context.protocol()));
      String function = integration.functionName().orElse(null);
      if (integration.kind().isLambda() && integration.function() != null) {
        in.set("IntegrationUri", context.invocationUri(integration.function()));
        in.put("IntegrationMethod", "POST");
      } else {
        Cfn.put(in, "IntegrationUri", integration.uri());
        Cfn.put(in, "IntegrationMethod", integration.httpMethod());
      }
      Cfn.put(in, "CredentialsArn", integration.credentials());
      if (integration.connectionType() != null) {
        in.put("ConnectionType", integration.connectionType().name());
      }
      Cfn.put(in, "ConnectionId", integration.connectionId());
      if (integration.contentHandling() != null) {
        in.put("ContentHandlingStrategy", integration.contentHandling().name());
      }
      if (integration.passthroughBehavior() != null) {
        in.put("PassthroughBehavior", integration.passthroughBehavior().name());
      }
      Cfn.put(in, "RequestParameters", integration.requestParameters());
      Cfn.put(in, "RequestTemplates", integration.requestTemplates());
      Cfn.put(in, "TemplateSelectionExpression", integration.templateSelectionExpression());
      Cfn.put(in, "TimeoutInMillis", integration.timeoutMillis());
      if (integration.kind().isLambda() && integration.function() != null) {
        context.permission(function, key, "/*/" + key);
      }
    }
    String routeId = context.ids().route(key);
    routeProperties = context.template().resource(routeId, "AWS::ApiGatewayV2::Route");
    routeProperties.set("ApiId", Cfn.ref(apiId));
    routeProperties.put("RouteKey", key);
    if (integrationId != null) {
      routeProperties.set("Target", Cfn.sub("integrations/${" + integrationId + "}"));
    }
    Authorization authorization = route.authorization();
    if (authorization instanceof Authorization.Custom custom) {
      routeProperties.put("AuthorizationType", "CUSTOM");
      routeProperties.set("AuthorizerId", Cfn.ref(context.ids().authorizer(custom.authorizer())));
    } else if (authorization instanceof Authorization.Iam) {
      routeProperties.put("AuthorizationType", "AWS_IAM");
    } else {
      routeProperties.put("AuthorizationType", "NONE");
    }
    if (route.apiKeyRequired()) {
      routeProperties.put("ApiKeyRequired", true);
    }
    Cfn.put(routeProperties, "OperationName", route.operationId());
    Cfn.put(
        routeProperties,
        "RouteResponseSelectionExpression",
        route.routeResponseSelectionExpression());
    if (route.routeResponseSelectionExpression() != null) {
      ObjectNode response =
          context
              .template()
              .resource(context.ids().routeResponse(key), "AWS::ApiGatewayV2::RouteResponse");
      response.set("ApiId", Cfn.ref(apiId));
      response.set("RouteId", Cfn.ref(routeId));
      response.put("RouteResponseKey", "$default");
    }
  }

  /** The logical ids of the WebSocket routes, which a deployment must wait for. */
  static List<String> websocketRouteIds(Context context) {
    List<String> ids = new ArrayList<>();
    for (Route route : context.api().routes()) {
      String key = route.key() instanceof RouteKey.Default ? "$default" : route.key().text();
      ids.add(context.ids().route(key));
    }
    return ids;
  }
}
