package io.apigw.lint.rules.auth;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.model.HttpMethod;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code security} members of an OpenAPI document, which the model keeps only the first
 * requirement of, and what each security scheme is to API Gateway (as the reader decides it).
 */
final class OpenApiSecurity {
  static final String AUTHORIZER = "x-amazon-apigateway-authorizer";
  static final String AUTHTYPE = "x-amazon-apigateway-authtype";
  static final String ANY_METHOD = "x-amazon-apigateway-any-method";
  static final String WEBSOCKET_ROUTES = "x-apigw-websocket-routes";
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace", ANY_METHOD);

  /** What a security scheme is to API Gateway. */
  enum Kind {
    /** A Lambda, Cognito or JWT authorizer. */
    AUTHORIZER,
    IAM,
    API_KEY,
    /** A scheme API Gateway does not check. */
    OTHER,
    /** A name no scheme defines (the reader reports it). */
    UNDEFINED;

    /** Whether a route gets its authorization from it: one authorizer or IAM. */
    boolean authorizes() {
      return this == AUTHORIZER || this == IAM;
    }
  }

  /** One {@code security} member: where it is, and its list of requirements. */
  record Member(JsonPointer pointer, JsonNode list, boolean root) {}

  private final Map<String, Kind> schemes = new HashMap<>();

  OpenApiSecurity(JsonNode root) {
    JsonNode definitions = root.path("components").path("securitySchemes");
    if (!definitions.isObject()) {
      definitions = root.path("securityDefinitions");
    }
    if (definitions.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = definitions.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        schemes.put(entry.getKey(), kind(entry.getValue()));
      }
    }
  }

  private static Kind kind(JsonNode scheme) {
    if (!scheme.isObject()) {
      return Kind.OTHER;
    }
    if (scheme.has(AUTHORIZER)) {
      return scheme.get(AUTHORIZER).isObject() ? Kind.AUTHORIZER : Kind.OTHER;
    }
    String authType = scheme.path(AUTHTYPE).asText("").toLowerCase(Locale.ROOT);
    if (authType.startsWith("aws")) {
      return Kind.IAM;
    }
    if (scheme.path("type").asText("").equalsIgnoreCase("apiKey")
        && scheme.path("in").asText("").equalsIgnoreCase("header")
        && scheme.path("name").asText("").equalsIgnoreCase("x-api-key")) {
      return Kind.API_KEY;
    }
    return Kind.OTHER;
  }

  Kind kind(String schemeName) {
    Kind kind = schemes.get(schemeName);
    if (kind != null) {
      return kind;
    }
    return schemeName.equalsIgnoreCase("api_key") ? Kind.API_KEY : Kind.UNDEFINED;
  }

  /** Whether a requirement list names anything API Gateway checks, as the reader decides it. */
  boolean meaningful(JsonNode list) {
    for (JsonNode requirement : list) {
      for (Iterator<String> names = requirement.fieldNames(); names.hasNext(); ) {
        Kind kind = kind(names.next());
        if (kind != Kind.OTHER && kind != Kind.UNDEFINED) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every {@code security} list: the root's, each operation's and each WebSocket route's. */
  static List<Member> members(JsonNode root) {
    List<Member> out = new ArrayList<>();
    JsonPointer top = JsonPointer.empty();
    add(out, root, top, true);
    JsonNode paths = root.path("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      JsonPointer at = top.appendProperty("paths").appendProperty(path.getKey());
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation != null && operation.isObject()) {
          add(out, operation, at.appendProperty(method), false);
        }
      }
    }
    JsonNode routes = root.path(WEBSOCKET_ROUTES);
    for (Iterator<Map.Entry<String, JsonNode>> it = routes.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> route = it.next();
      if (route.getValue().isObject()) {
        add(
            out,
            route.getValue(),
            top.appendProperty(WEBSOCKET_ROUTES).appendProperty(route.getKey()),
            false);
      }
    }
    return out;
  }

  private static void add(List<Member> out, JsonNode parent, JsonPointer at, boolean root) {
    JsonNode list = parent.get("security");
    if (list != null && list.isArray()) {
      out.add(new Member(at.appendProperty("security"), list, root));
    }
  }

  /** The operation object a REST or HTTP route was read from, or null. */
  static JsonNode operation(JsonNode root, Route route) {
    String path;
    String method;
    if (route.key() instanceof RouteKey.Http http) {
      path = http.path().value();
      method =
          http.method() == HttpMethod.ANY
              ? ANY_METHOD
              : http.method().name().toLowerCase(Locale.ROOT);
    } else if (route.key() instanceof RouteKey.Default) {
      path = "/$default";
      method = ANY_METHOD;
    } else {
      return null;
    }
    JsonNode operation = root.path("paths").path(path).get(method);
    return operation != null && operation.isObject() ? operation : null;
  }
}
