package io.apigw.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.Authorization;
import io.apigw.model.HttpMethod;
import io.apigw.model.MethodResponse;
import io.apigw.model.ParamLocation;
import io.apigw.model.Protocol;
import io.apigw.model.RequestParameter;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.SourceRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Paths and operations (and our WebSocket routes) into {@link Route}s. */
final class RouteReader {
  static final String ANY_METHOD = "x-amazon-apigateway-any-method";
  static final String AUTH = "x-amazon-apigateway-auth";
  static final String VALIDATOR = "x-amazon-apigateway-request-validator";
  static final String DEFAULT_ROUTE_PATH = "/$default";

  /** The SAM translator writes the HTTP API's default route as the path {@code $default}. */
  static final String SAM_DEFAULT_ROUTE_PATH = "$default";

  private static final Set<String> PATH_ITEM_FIELDS =
      Set.of("parameters", "summary", "description", "servers", "$ref");
  private static final List<String> JSON = List.of("application/json");

  private final Reading r;
  private final boolean swagger2;
  private final Protocol protocol;
  private final Schemas schemas;
  private final SecurityReader security;
  private final IntegrationReader integrations;
  private final ObjectNode root;
  private SecurityReader.Access rootAccess;

  RouteReader(
      Reading reading,
      boolean swagger2,
      Protocol protocol,
      Schemas schemas,
      SecurityReader security,
      IntegrationReader integrations) {
    this.r = reading;
    this.swagger2 = swagger2;
    this.protocol = protocol;
    this.schemas = schemas;
    this.security = security;
    this.integrations = integrations;
    this.root = (ObjectNode) reading.root;
  }

  List<Route> read() {
    rootSecurity();
    List<Route> routes = new ArrayList<>();
    ObjectNode paths = r.object(root, "paths");
    if (paths != null) {
      for (Map.Entry<String, JsonNode> entry : paths.properties()) {
        String path = entry.getKey();
        if (path.startsWith("x-")) {
          continue;
        }
        SourceRange at = r.key(paths, path);
        ObjectNode item = r.object(entry.getValue(), "path `" + path + "`", at);
        if (item != null) {
          readPath(path, item, routes);
        }
      }
    }
    Extensions.forEach(
        r,
        root,
        Extensions.WEBSOCKET_ROUTES,
        (key, operation, at) ->
            routes.add(operation(new RouteKey.WebSocket(key), operation, null, at)));
    return order(routes);
  }

  /** Root-level security: ignored by REST APIs, the default of every operation elsewhere. */
  private void rootSecurity() {
    if (!root.has("security")) {
      return;
    }
    if (protocol == Protocol.REST) {
      if (security.meaningful(root)) {
        r.warning(
            "openapi.security.root-ignored",
            "REST APIs ignore root-level `security` (see API Gateway's known issues); declare it"
                + " on each operation",
            r.key(root, "security"));
      }
      return;
    }
    rootAccess = security.access(root);
  }

  private void readPath(String path, ObjectNode item, List<Route> routes) {
    ArrayNode shared = r.array(item, "parameters");
    for (Map.Entry<String, JsonNode> entry : item.properties()) {
      String field = entry.getKey();
      if (PATH_ITEM_FIELDS.contains(field)) {
        continue;
      }
      SourceRange at = r.key(item, field);
      HttpMethod method;
      if (field.equals(ANY_METHOD)) {
        method = HttpMethod.ANY;
      } else if (field.startsWith("x-")) {
        continue;
      } else {
        method = HttpMethod.parse(field).filter(m -> m != HttpMethod.ANY).orElse(null);
        if (method == null || !field.equals(field.toLowerCase(Locale.ROOT))) {
          r.warning(
              "openapi.method",
              "`" + field + "` is not an operation API Gateway supports; it is skipped",
              at);
          continue;
        }
      }
      ObjectNode operation =
          r.object(entry.getValue(), "operation `" + field + " " + path + "`", at);
      if (operation == null) {
        continue;
      }
      boolean isDefault =
          method == HttpMethod.ANY
              && (path.equals(DEFAULT_ROUTE_PATH) || path.equals(SAM_DEFAULT_ROUTE_PATH))
              && (protocol == Protocol.HTTP
                  || Boolean.TRUE.equals(r.bool(operation, "isDefaultRoute")));
      RouteKey key = isDefault ? new RouteKey.Default() : RouteKey.Http.of(method, path);
      routes.add(operation(key, operation, shared, at));
    }
  }

  private Route operation(RouteKey key, ObjectNode op, ArrayNode shared, SourceRange at) {
    String operationId = r.text(op, "operationId");
    String base = baseName(key, operationId);
    Route.Builder b = Route.builder(key).source(at).operationId(operationId);
    parameters(op, shared, b, base, at);
    if (!swagger2) {
      requestBody(op, b, base);
    }
    responses(op, b, base);
    access(op, b);
    b.validator(r.text(op, VALIDATOR));
    b.integration(integrations.read(op));
    b.routeResponseSelectionExpression(r.text(op, Extensions.ROUTE_RESPONSE_SELECTION));
    return b.build();
  }

  private static String baseName(RouteKey key, String operationId) {
    String name = operationId == null ? "" : Schemas.identifier(operationId);
    if (name.isEmpty()) {
      name =
          key instanceof RouteKey.Http http
              ? Schemas.identifier(Schemas.lower(http.method().name()), http.path().value())
              : Schemas.identifier(key.text());
    }
    if (name.isEmpty()) {
      name = "Route";
    }
    return Character.isDigit(name.charAt(0)) ? "M" + name : name;
  }

  // ---------------------------------------------------------------- parameters

  private void parameters(
      ObjectNode op, ArrayNode shared, Route.Builder b, String base, SourceRange at) {
    Map<String, ObjectNode> byKey = new LinkedHashMap<>();
    for (ArrayNode list : java.util.Arrays.asList(shared, r.array(op, "parameters"))) {
      for (int i = 0; list != null && i < list.size(); i++) {
        SourceRange where = r.positions.item(list, i);
        ObjectNode p = r.object(list.get(i), "a parameter", where);
        if (p == null) {
          continue;
        }
        String in = r.text(p, "in");
        String name = r.text(p, "name");
        if (in == null || name == null) {
          r.error("openapi.parameter", "a parameter needs `name` and `in`", where);
          continue;
        }
        // An operation's parameter replaces the path's parameter of the same name and place.
        String k = in + "\n" + name;
        byKey.remove(k);
        byKey.put(k, p);
      }
    }
    ObjectNode body = null;
    List<ObjectNode> form = new ArrayList<>();
    for (ObjectNode p : byKey.values()) {
      String in = r.text(p, "in");
      String name = r.text(p, "name");
      Boolean required = r.bool(p, "required");
      ParamLocation location =
          switch (in.toLowerCase(Locale.ROOT)) {
            case "path" -> ParamLocation.PATH;
            case "query" -> ParamLocation.QUERY;
            case "header" -> ParamLocation.HEADER;
            default -> null;
          };
      if (location != null) {
        b.parameter(new RequestParameter(r.at(p), location, name, required != null && required));
      } else if (swagger2 && in.equals("body")) {
        body = p;
      } else if (swagger2 && in.equals("formData")) {
        form.add(p);
      }
    }
    if (body != null) {
      Map<JsonNode, String> seen = new HashMap<>();
      JsonNode schema = body.get("schema");
      for (String type : mediaTypes(op, "consumes", JSON)) {
        model(schema, r.fileOf(body), base + "Request", r.at(body), seen)
            .ifPresent(name -> b.requestModel(type, name));
      }
    }
    if (!form.isEmpty()) {
      ObjectNode schema = formSchema(form);
      Map<JsonNode, String> seen = new HashMap<>();
      List<String> types = new ArrayList<>();
      for (String type : mediaTypes(op, "consumes", List.of())) {
        if (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data")) {
          types.add(type);
        }
      }
      if (types.isEmpty()) {
        types.add("application/x-www-form-urlencoded");
      }
      for (String type : types) {
        model(schema, r.mainFile, base + "Request", at, seen)
            .ifPresent(name -> b.requestModel(type, name));
      }
    }
  }

  /** 2.0 form parameters as the JSON schema of an object with one property each. */
  private ObjectNode formSchema(List<ObjectNode> form) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode schema = json.objectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = json.arrayNode();
    for (ObjectNode p : form) {
      String name = r.text(p, "name");
      ObjectNode property = properties.putObject(name);
      for (String field : List.of("type", "format", "description", "items", "enum")) {
        if (p.has(field)) {
          property.set(field, p.get(field).deepCopy());
        }
      }
      Boolean isRequired = r.bool(p, "required");
      if (isRequired != null && isRequired) {
        required.add(name);
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    return schema;
  }

  /** 2.0 {@code consumes} / {@code produces} of the operation, else of the document. */
  private List<String> mediaTypes(ObjectNode op, String field, List<String> fallback) {
    List<String> types = op.has(field) ? r.texts(op, field) : r.texts(root, field);
    return types.isEmpty() ? fallback : types;
  }

  private java.util.Optional<String> model(
      JsonNode schema, String file, String base, SourceRange at, Map<JsonNode, String> seen) {
    if (schema == null || schema.isNull()) {
      return java.util.Optional.empty();
    }
    if (!Reading.isRef(schema)) {
      String known = seen.get(schema);
      if (known != null) {
        return java.util.Optional.of(known);
      }
    }
    String name = schemas.modelFor(schema, file, base, at);
    if (name != null && !Reading.isRef(schema)) {
      seen.put(schema, name);
    }
    return java.util.Optional.ofNullable(name);
  }

  // ---------------------------------------------------------------- bodies and responses

  private void requestBody(ObjectNode op, Route.Builder b, String base) {
    ObjectNode body = r.object(op, "requestBody");
    if (body == null) {
      return;
    }
    ObjectNode content = r.object(body, "content");
    if (content == null) {
      return;
    }
    Map<JsonNode, String> seen = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : content.properties()) {
      SourceRange at = r.key(content, entry.getKey());
      ObjectNode media = r.object(entry.getValue(), "media type `" + entry.getKey() + "`", at);
      if (media == null) {
        continue;
      }
      model(media.get("schema"), r.fileOf(media), base + "Request", at, seen)
          .ifPresent(name -> b.requestModel(entry.getKey(), name));
    }
  }

  private void responses(ObjectNode op, Route.Builder b, String base) {
    ObjectNode responses = r.object(op, "responses");
    if (responses == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> entry : responses.properties()) {
      String status = entry.getKey();
      if (status.startsWith("x-")) {
        continue;
      }
      SourceRange at = r.key(responses, status);
      ObjectNode response = r.object(entry.getValue(), "response `" + status + "`", at);
      if (response == null) {
        continue;
      }
      List<String> headers = new ArrayList<>();
      ObjectNode headerMap = r.object(response, "headers");
      if (headerMap != null) {
        headerMap.properties().forEach(e -> headers.add(e.getKey()));
      }
      Map<String, String> models = new LinkedHashMap<>();
      Map<JsonNode, String> seen = new HashMap<>();
      String name = base + Schemas.identifier(status) + "Response";
      if (swagger2) {
        JsonNode schema = response.get("schema");
        for (String type : mediaTypes(op, "produces", JSON)) {
          model(schema, r.fileOf(response), name, at, seen).ifPresent(m -> models.put(type, m));
        }
      } else {
        ObjectNode content = r.object(response, "content");
        if (content != null) {
          for (Map.Entry<String, JsonNode> media : content.properties()) {
            SourceRange where = r.key(content, media.getKey());
            ObjectNode mediaType =
                r.object(media.getValue(), "media type `" + media.getKey() + "`", where);
            if (mediaType != null) {
              model(mediaType.get("schema"), r.fileOf(mediaType), name, where, seen)
                  .ifPresent(m -> models.put(media.getKey(), m));
            }
          }
        }
      }
      b.response(new MethodResponse(at, status, headers, models));
    }
  }

  // ---------------------------------------------------------------- security

  private void access(ObjectNode op, Route.Builder b) {
    SecurityReader.Access access = security.access(op);
    if (access == null) {
      access = rootAccess;
    }
    Authorization authorization = access == null ? Authorization.none() : access.authorization();
    ObjectNode auth = r.object(op, AUTH);
    if (auth != null) {
      String type = r.text(auth, "type");
      SourceRange at = r.key(op, AUTH);
      Authorization declared = null;
      if (type != null && type.equalsIgnoreCase("AWS_IAM")) {
        declared = new Authorization.Iam(at);
      } else if (type != null && type.equalsIgnoreCase("NONE")) {
        declared = new Authorization.None(at);
      } else {
        r.error(
            "openapi.value",
            "`" + AUTH + "` type is `" + type + "`; expected AWS_IAM or NONE",
            r.value(auth, "type"));
      }
      if (declared != null) {
        if (!(authorization instanceof Authorization.None)
            && !authorization.getClass().equals(declared.getClass())) {
          r.warning(
              "openapi.security.conflict",
              "`" + AUTH + "` overrides the operation's `security`",
              at);
        }
        authorization = declared;
      }
    }
    b.authorization(authorization);
    b.apiKeyRequired(access != null && access.apiKey());
  }

  // ---------------------------------------------------------------- order

  /** Routes in the order {@code x-apigw-route-order} gives, if any; the rest after, as read. */
  private List<Route> order(List<Route> routes) {
    if (!root.has(Extensions.ROUTE_ORDER)) {
      return routes;
    }
    List<String> order = r.texts(root, Extensions.ROUTE_ORDER);
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      rank.putIfAbsent(order.get(i), i);
    }
    List<Route> sorted = new ArrayList<>(routes);
    sorted.sort(
        (a, c) ->
            Integer.compare(
                rank.getOrDefault(a.key().text(), Integer.MAX_VALUE),
                rank.getOrDefault(c.key().text(), Integer.MAX_VALUE)));
    return sorted;
  }
}
