package io.apigw.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.Api;
import io.apigw.model.ApiWriter;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Cors;
import io.apigw.model.EndpointType;
import io.apigw.model.Function;
import io.apigw.model.GatewayResponse;
import io.apigw.model.HttpMethod;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.IntegrationResponse;
import io.apigw.model.MethodResponse;
import io.apigw.model.Protocol;
import io.apigw.model.RequestParameter;
import io.apigw.model.RequestValidator;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.SchemaModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the model as OpenAPI 3.0.1 with API Gateway's extensions, and our {@code x-apigw-*}
 * extensions for the rest. Deterministic: members come in a fixed order, lists and maps in model
 * order.
 */
final class OpenApiWriter implements ApiWriter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final OpenApi.Format format;

  OpenApiWriter(OpenApi.Format format) {
    this.format = format;
  }

  @Override
  public String write(Api api) {
    return Serialization.write(new Document(api).build(), format);
  }

  /** The document of one API. */
  private static final class Document {
    private final Api api;
    private final Map<String, Function> functions = new LinkedHashMap<>();
    private final String iamScheme;
    private final String apiKeyScheme;
    private boolean usesIam;
    private boolean usesApiKey;

    Document(Api api) {
      this.api = api;
      api.functions().forEach(f -> functions.putIfAbsent(f.name(), f));
      Set<String> taken = new HashSet<>();
      api.authorizers().forEach(a -> taken.add(a.name()));
      iamScheme = free("sigv4", taken);
      taken.add(iamScheme);
      apiKeyScheme = free("api_key", taken);
    }

    private static String free(String name, Set<String> taken) {
      String candidate = name;
      for (int i = 2; taken.contains(candidate); i++) {
        candidate = name + "_" + i;
      }
      return candidate;
    }

    ObjectNode build() {
      ObjectNode doc = JSON.objectNode();
      doc.put("openapi", "3.0.1");
      ObjectNode info = doc.putObject("info");
      info.put("title", api.name());
      Extensions.put(info, "description", api.description());
      Extensions.put(info, "version", api.version());
      servers(doc);
      if (!api.tags().isEmpty()) {
        ArrayNode tags = doc.putArray("tags");
        api.tags()
            .forEach(
                (name, value) -> {
                  ObjectNode tag = tags.addObject();
                  tag.put("name", name);
                  tag.put(OpenApiReader.TAG_VALUE, value);
                });
      }
      List<String> written = new ArrayList<>();
      doc.set("paths", paths(written));
      ObjectNode websocket = websocketRoutes(written);
      ObjectNode components = components();
      if (!components.isEmpty()) {
        doc.set("components", components);
      }
      rootExtensions(doc);
      ours(doc, websocket, written);
      return doc;
    }

    private void servers(ObjectNode doc) {
      if (api.endpoint().vpcEndpointIds().isEmpty()
          && !api.endpoint().disableExecuteApiEndpoint()) {
        return;
      }
      ObjectNode server = doc.putArray("servers").addObject();
      server.put("url", "/");
      ObjectNode configuration = server.putObject(OpenApiReader.ENDPOINT_CONFIGURATION);
      Extensions.put(configuration, "vpcEndpointIds", api.endpoint().vpcEndpointIds());
      if (api.endpoint().disableExecuteApiEndpoint()) {
        configuration.put("disableExecuteApiEndpoint", true);
      }
    }

    // -------------------------------------------------------------- routes

    private ObjectNode paths(List<String> written) {
      Map<String, List<Route>> byPath = new LinkedHashMap<>();
      for (Route route : api.routes()) {
        String path;
        if (route.key() instanceof RouteKey.Http http) {
          path = http.path().value();
        } else if (route.key() instanceof RouteKey.Default) {
          path = RouteReader.DEFAULT_ROUTE_PATH;
        } else {
          continue;
        }
        byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(route);
      }
      ObjectNode paths = JSON.objectNode();
      byPath.forEach(
          (path, routes) -> {
            ObjectNode item = paths.putObject(path);
            for (Route route : routes) {
              written.add(route.key().text());
              ObjectNode operation = operation(route);
              if (route.key() instanceof RouteKey.Default) {
                ObjectNode withFlag = JSON.objectNode();
                withFlag.put("isDefaultRoute", true);
                withFlag.setAll(operation);
                operation = withFlag;
              }
              item.set(methodKey(route.method()), operation);
            }
          });
      return paths;
    }

    private static String methodKey(HttpMethod method) {
      return method == null || method == HttpMethod.ANY
          ? RouteReader.ANY_METHOD
          : method.name().toLowerCase(Locale.ROOT);
    }

    private ObjectNode websocketRoutes(List<String> written) {
      ObjectNode routes = JSON.objectNode();
      for (Route route : api.routes()) {
        if (route.key() instanceof RouteKey.WebSocket ws) {
          written.add(route.key().text());
          routes.set(ws.name(), operation(route));
        }
      }
      return routes;
    }

    private ObjectNode operation(Route route) {
      ObjectNode op = JSON.objectNode();
      Extensions.put(op, "operationId", route.operationId());
      if (!route.parameters().isEmpty()) {
        ArrayNode parameters = op.putArray("parameters");
        for (RequestParameter p : route.parameters()) {
          ObjectNode parameter = parameters.addObject();
          parameter.put("name", p.name());
          parameter.put("in", p.in().name().toLowerCase(Locale.ROOT));
          if (p.required()) {
            parameter.put("required", true);
          }
          parameter.putObject("schema").put("type", "string");
        }
      }
      if (!route.requestModels().isEmpty()) {
        op.putObject("requestBody").set("content", content(route.requestModels()));
      }
      ObjectNode responses = op.putObject("responses");
      for (MethodResponse response : route.responses()) {
        ObjectNode r = responses.putObject(response.statusCode());
        r.put("description", response.statusCode() + " response");
        if (!response.headers().isEmpty()) {
          ObjectNode headers = r.putObject("headers");
          for (String header : response.headers()) {
            headers.putObject(header).putObject("schema").put("type", "string");
          }
        }
        if (!response.models().isEmpty()) {
          r.set("content", content(response.models()));
        }
      }
      ArrayNode security = security(route);
      if (security != null) {
        op.set("security", security);
      }
      Extensions.put(op, RouteReader.VALIDATOR, route.validator());
      if (route.integration() != null) {
        op.set(IntegrationReader.EXTENSION, integration(route.integration()));
      }
      Extensions.put(
          op, Extensions.ROUTE_RESPONSE_SELECTION, route.routeResponseSelectionExpression());
      return op;
    }

    private static ObjectNode content(Map<String, String> models) {
      ObjectNode content = JSON.objectNode();
      models.forEach(
          (type, model) ->
              content
                  .putObject(type)
                  .putObject("schema")
                  .put("$ref", Schemas.COMPONENTS + Schemas.escape(model)));
      return content;
    }

    private ArrayNode security(Route route) {
      ObjectNode requirement = JSON.objectNode();
      Authorization authorization = route.authorization();
      if (authorization instanceof Authorization.Custom custom) {
        ArrayNode scopes = requirement.putArray(custom.authorizer());
        custom.scopes().forEach(scopes::add);
      } else if (authorization instanceof Authorization.Iam) {
        usesIam = true;
        requirement.putArray(iamScheme);
      }
      if (route.apiKeyRequired()) {
        usesApiKey = true;
        requirement.putArray(apiKeyScheme);
      }
      if (requirement.isEmpty()) {
        return null;
      }
      ArrayNode security = JSON.arrayNode();
      security.add(requirement);
      return security;
    }

    private ObjectNode integration(Integration integration) {
      ObjectNode in = JSON.objectNode();
      Protocol protocol = api.protocol();
      String type = integration.kind().awsType(protocol);
      in.put("type", protocol == Protocol.REST ? type.toLowerCase(Locale.ROOT) : type);
      Extensions.put(in, "httpMethod", integration.httpMethod());
      String uri = integration.uri();
      if (uri == null && integration.function() != null && integration.kind().isLambda()) {
        uri = Lambdas.invocationUri(integration.function(), functions.get(integration.function()));
      }
      Extensions.put(in, "uri", uri);
      Extensions.put(in, "credentials", integration.credentials());
      if (integration.connectionType() != null) {
        in.put("connectionType", integration.connectionType().name());
      }
      Extensions.put(in, "connectionId", integration.connectionId());
      Extensions.put(in, "integrationSubtype", integration.subtype());
      Extensions.put(in, "payloadFormatVersion", integration.payloadFormatVersion());
      Extensions.put(in, "timeoutInMillis", integration.timeoutMillis());
      Extensions.put(in, "requestParameters", integration.requestParameters());
      Extensions.put(in, "requestTemplates", integration.requestTemplates());
      if (integration.passthroughBehavior() != null) {
        in.put(
            "passthroughBehavior",
            integration.passthroughBehavior().name().toLowerCase(Locale.ROOT));
      }
      if (integration.contentHandling() != null) {
        in.put("contentHandling", integration.contentHandling().name());
      }
      Extensions.put(in, "cacheNamespace", integration.cacheNamespace());
      Extensions.put(in, "cacheKeyParameters", integration.cacheKeyParameters());
      if (integration.tls() != null) {
        ObjectNode tls = in.putObject("tlsConfig");
        tls.put("insecureSkipVerification", integration.tls().insecureSkipVerification());
        Extensions.put(tls, "serverNameToVerify", integration.tls().serverNameToVerify());
      }
      if (!integration.responses().isEmpty()) {
        ObjectNode responses = in.putObject("responses");
        for (IntegrationResponse response : integration.responses()) {
          ObjectNode r = responses.putObject(response.selectionPattern());
          r.put("statusCode", response.statusCode());
          if (!response.parameters().isEmpty()) {
            Extensions.put(r, "responseParameters", response.parameters());
          }
          Extensions.put(r, "responseTemplates", response.templates());
          if (response.contentHandling() != null) {
            r.put("contentHandling", response.contentHandling().name());
          }
        }
      }
      Extensions.put(in, Extensions.FUNCTION, integration.function());
      IntegrationKind inferred =
          IntegrationReader.infer(
              type,
              integration.function() != null || Lambdas.isLambdaUri(uri),
              integration.subtype());
      if (inferred != integration.kind()) {
        in.put(Extensions.KIND, integration.kind().name());
      }
      Extensions.put(in, Extensions.TEMPLATE_SELECTION, integration.templateSelectionExpression());
      return in;
    }

    private static String prefixed(String key, String known, String prefix) {
      return key.startsWith(known) ? key : prefix + key;
    }

    // -------------------------------------------------------------- components

    private ObjectNode components() {
      ObjectNode components = JSON.objectNode();
      if (!api.models().isEmpty()) {
        ObjectNode schemas = components.putObject("schemas");
        for (SchemaModel model : api.models()) {
          schemas.set(model.name(), model.schema());
        }
      }
      ObjectNode schemes = JSON.objectNode();
      for (Authorizer authorizer : api.authorizers()) {
        schemes.set(authorizer.name(), scheme(authorizer));
      }
      if (usesIam) {
        ObjectNode sigv4 = schemes.putObject(iamScheme);
        sigv4.put("type", "apiKey");
        sigv4.put("name", "Authorization");
        sigv4.put("in", "header");
        sigv4.put(SecurityReader.AUTHTYPE, "awsSigv4");
      }
      if (usesApiKey) {
        ObjectNode key = schemes.putObject(apiKeyScheme);
        key.put("type", "apiKey");
        key.put("name", "x-api-key");
        key.put("in", "header");
      }
      if (!schemes.isEmpty()) {
        components.set("securitySchemes", schemes);
      }
      return components;
    }

    private ObjectNode scheme(Authorizer a) {
      ObjectNode scheme = JSON.objectNode();
      List<String> sources = a.identitySources();
      String header = header(sources);
      boolean tokenLike =
          a.type() == AuthorizerType.TOKEN || a.type() == AuthorizerType.COGNITO_USER_POOLS;
      boolean headerSaysSource =
          tokenLike && sources.size() == 1 && sources.get(0).startsWith("method.request.header.");
      if (a.type() == AuthorizerType.JWT) {
        scheme.put("type", "oauth2");
        scheme.putObject("flows");
      } else {
        scheme.put("type", "apiKey");
        scheme.put("name", header == null ? "Unused" : header);
        scheme.put("in", "header");
      }
      Extensions.put(scheme, SecurityReader.AUTHTYPE, a.authType());
      ObjectNode in = scheme.putObject(SecurityReader.AUTHORIZER);
      in.put("type", a.type().name().toLowerCase(Locale.ROOT));
      String uri = a.uri();
      if (uri == null && a.function() != null && a.type().isLambda()) {
        uri = Lambdas.invocationUri(a.function(), functions.get(a.function()));
      }
      Extensions.put(in, "authorizerUri", uri);
      Extensions.put(in, "authorizerCredentials", a.credentials());
      if (!headerSaysSource) {
        if (!sources.isEmpty()) {
          in.put("identitySource", String.join(", ", sources));
        } else if (tokenLike) {
          // Said explicitly, or the reader would take the scheme's header name as the source.
          in.put("identitySource", "");
        }
      }
      Extensions.put(in, "identityValidationExpression", a.validationExpression());
      Extensions.put(in, "authorizerResultTtlInSeconds", a.ttlSeconds());
      Extensions.put(in, "authorizerPayloadFormatVersion", a.payloadFormatVersion());
      Extensions.put(in, "enableSimpleResponses", a.simpleResponses());
      if (a.issuer() != null || !a.audiences().isEmpty()) {
        ObjectNode jwt = in.putObject("jwtConfiguration");
        Extensions.put(jwt, "issuer", a.issuer());
        if (!a.audiences().isEmpty()) {
          ArrayNode audience = jwt.putArray("audience");
          a.audiences().forEach(audience::add);
        }
      }
      Extensions.put(in, "providerARNs", a.providerArns());
      Extensions.put(in, Extensions.FUNCTION, a.function());
      return scheme;
    }

    /** The header a single header identity source reads, if that is what it is. */
    private static String header(List<String> sources) {
      if (sources.size() != 1) {
        return null;
      }
      for (String prefix : List.of("method.request.header.", "$request.header.")) {
        if (sources.get(0).startsWith(prefix)) {
          return sources.get(0).substring(prefix.length());
        }
      }
      return null;
    }

    // -------------------------------------------------------------- root extensions

    private void rootExtensions(ObjectNode doc) {
      Extensions.put(doc, OpenApiReader.IMPORT_EXPORT_VERSION, api.importExportVersion());
      if (api.apiKeySource() != null) {
        doc.put(OpenApiReader.API_KEY_SOURCE, api.apiKeySource().name());
      }
      Extensions.put(doc, OpenApiReader.BINARY_MEDIA_TYPES, api.binaryMediaTypes());
      Extensions.put(doc, OpenApiReader.MINIMUM_COMPRESSION_SIZE, api.minimumCompressionSize());
      if (api.cors() != null) {
        doc.set(
            api.protocol() == Protocol.HTTP ? OpenApiReader.CORS : Extensions.CORS,
            cors(api.cors()));
      }
      if (!api.gatewayResponses().isEmpty()) {
        ObjectNode responses = doc.putObject(OpenApiReader.GATEWAY_RESPONSES);
        for (GatewayResponse response : api.gatewayResponses()) {
          ObjectNode r = responses.putObject(response.type());
          if (response.statusCode() != null) {
            r.put("statusCode", String.valueOf(response.statusCode()));
          }
          if (!response.headers().isEmpty()) {
            ObjectNode parameters = r.putObject("responseParameters");
            response
                .headers()
                .forEach(
                    (header, value) ->
                        parameters.put(
                            prefixed(
                                header, "gatewayresponse.", OpenApiReader.GATEWAY_RESPONSE_HEADER),
                            value));
          }
          Extensions.put(r, "responseTemplates", response.templates());
        }
      }
      if (!api.validators().isEmpty()) {
        ObjectNode validators = doc.putObject(OpenApiReader.VALIDATORS);
        for (RequestValidator validator : api.validators()) {
          ObjectNode v = validators.putObject(validator.name());
          v.put("validateRequestBody", validator.validateBody());
          v.put("validateRequestParameters", validator.validateParameters());
        }
      }
      Extensions.put(doc, RouteReader.VALIDATOR, api.defaultValidator());
      if (api.resourcePolicy() != null) {
        doc.set(OpenApiReader.POLICY, api.resourcePolicy());
      }
      if (api.documentation() != null) {
        doc.set(OpenApiReader.DOCUMENTATION, api.documentation());
      }
    }

    private static ObjectNode cors(Cors cors) {
      ObjectNode out = JSON.objectNode();
      Extensions.put(out, "allowOrigins", cors.allowOrigins());
      Extensions.put(out, "allowCredentials", cors.allowCredentials());
      Extensions.put(out, "exposeHeaders", cors.exposeHeaders());
      Extensions.put(out, "maxAge", cors.maxAgeSeconds());
      Extensions.put(out, "allowMethods", cors.allowMethods());
      Extensions.put(out, "allowHeaders", cors.allowHeaders());
      return out;
    }

    /** Our extensions: only what is set, and markers only where the reader would guess wrong. */
    private void ours(ObjectNode doc, ObjectNode websocket, List<String> written) {
      boolean http = OpenApiReader.looksLikeHttpApi(doc);
      Protocol inferred = http ? Protocol.HTTP : Protocol.REST;
      if (inferred != api.protocol()) {
        doc.put(Extensions.PROTOCOL, api.protocol().name());
      }
      EndpointType endpointType =
          OpenApiReader.defaultEndpointType(api.protocol(), api.endpoint().vpcEndpointIds());
      if (api.endpoint().type() != endpointType) {
        doc.put(Extensions.ENDPOINT_TYPE, api.endpoint().type().name());
      }
      Extensions.put(doc, Extensions.ROUTE_SELECTION, api.routeSelectionExpression());
      Extensions.put(doc, Extensions.API_KEY_SELECTION, api.apiKeySelectionExpression());
      if (!websocket.isEmpty()) {
        doc.set(Extensions.WEBSOCKET_ROUTES, websocket);
      }
      List<String> order = new ArrayList<>();
      api.routes().forEach(r -> order.add(r.key().text()));
      if (!order.equals(written)) {
        Extensions.put(doc, Extensions.ROUTE_ORDER, order);
      }
      Map<String, String> contentTypes = new LinkedHashMap<>();
      for (SchemaModel model : api.models()) {
        if (model.contentType() != null) {
          contentTypes.put(model.name(), model.contentType());
        }
      }
      Extensions.put(doc, Extensions.MODEL_CONTENT_TYPES, contentTypes);
      putIfAny(doc, Extensions.FUNCTIONS, Extensions.writeFunctions(api.functions()));
      putIfAny(doc, Extensions.STAGES, Extensions.writeStages(api.stages()));
      putIfAny(doc, Extensions.API_KEYS, Extensions.writeApiKeys(api.apiKeys()));
      putIfAny(doc, Extensions.USAGE_PLANS, Extensions.writeUsagePlans(api.usagePlans()));
      putIfAny(doc, Extensions.DOMAINS, Extensions.writeDomains(api.domains()));
    }

    private static void putIfAny(ObjectNode doc, String field, JsonNode value) {
      if (!value.isEmpty()) {
        doc.set(field, value);
      }
    }
  }
}
