package io.apigw.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Function;
import io.apigw.model.SourceRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Security schemes and requirements: schemes with {@code x-amazon-apigateway-authorizer} become
 * {@link Authorizer}s, {@code x-amazon-apigateway-authtype: awsSigv4} means IAM, an {@code apiKey}
 * scheme for the {@code x-api-key} header means "API key required"; requirements become a route's
 * {@link Authorization}.
 */
final class SecurityReader {
  static final String AUTHORIZER = "x-amazon-apigateway-authorizer";
  static final String AUTHTYPE = "x-amazon-apigateway-authtype";
  private static final String WELL_KNOWN = "/.well-known/openid-configuration";

  enum Kind {
    AUTHORIZER,
    IAM,
    API_KEY,
    OTHER
  }

  /** What a route gets from a security requirement. */
  record Access(Authorization authorization, boolean apiKey) {}

  private static final Set<String> PROPERTIES =
      Set.of(
          "type",
          "authorizerUri",
          "authorizerCredentials",
          "authorizerPayloadFormatVersion",
          "enableSimpleResponses",
          "identitySource",
          "jwtConfiguration",
          "identityValidationExpression",
          "authorizerResultTtlInSeconds",
          "providerARNs");

  private final Reading r;
  private final Map<String, Function> functions;
  private final Map<String, Kind> schemes = new LinkedHashMap<>();
  private final List<Authorizer> authorizers = new ArrayList<>();

  SecurityReader(Reading reading, Map<String, Function> functions) {
    this.r = reading;
    this.functions = functions;
  }

  List<Authorizer> authorizers() {
    return authorizers;
  }

  void readSchemes(ObjectNode definitions) {
    if (definitions == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> entry : definitions.properties()) {
      String name = entry.getKey();
      SourceRange at = r.key(definitions, name);
      ObjectNode scheme = r.object(entry.getValue(), "security scheme `" + name + "`", at);
      if (scheme == null) {
        continue;
      }
      schemes.put(name, kind(name, scheme, at));
    }
  }

  private Kind kind(String name, ObjectNode scheme, SourceRange at) {
    String authType = r.text(scheme, AUTHTYPE);
    if (scheme.has(AUTHORIZER)) {
      ObjectNode authorizer = r.object(scheme, AUTHORIZER);
      if (authorizer != null) {
        authorizers.add(authorizer(name, scheme, authorizer, authType, at));
        return Kind.AUTHORIZER;
      }
      return Kind.OTHER;
    }
    if (authType != null && authType.toLowerCase(Locale.ROOT).startsWith("aws")) {
      return Kind.IAM;
    }
    String type = r.text(scheme, "type");
    String in = r.text(scheme, "in");
    String header = r.text(scheme, "name");
    if ("apiKey".equalsIgnoreCase(type)
        && "header".equalsIgnoreCase(in)
        && "x-api-key".equalsIgnoreCase(header)) {
      return Kind.API_KEY;
    }
    r.info(
        "openapi.security.unsupported",
        "security scheme `"
            + name
            + "` is neither a Lambda, Cognito or JWT authorizer, IAM, nor the x-api-key header;"
            + " API Gateway does not check it",
        at);
    return Kind.OTHER;
  }

  private Authorizer authorizer(
      String name, ObjectNode scheme, ObjectNode in, String authType, SourceRange at) {
    r.unknownMembers(in, AUTHORIZER, PROPERTIES);
    AuthorizerType type = type(in);
    String function = r.text(in, Extensions.FUNCTION);
    String uri = r.text(in, "authorizerUri");
    if (function != null
        && uri != null
        && uri.equals(Lambdas.invocationUri(function, functions.get(function)))) {
      uri = null;
    } else if (uri != null && in.get("authorizerUri").isValueNode()) {
      r.placeholders(uri, r.value(in, "authorizerUri"), false);
    }
    Authorizer.Builder b =
        Authorizer.builder(name, type)
            .source(at)
            .function(function)
            .uri(uri)
            .credentials(r.checked(in, "authorizerCredentials"))
            .validationExpression(r.text(in, "identityValidationExpression"))
            .ttlSeconds(r.integer(in, "authorizerResultTtlInSeconds"))
            .payloadFormatVersion(r.text(in, "authorizerPayloadFormatVersion"))
            .simpleResponses(r.bool(in, "enableSimpleResponses"))
            .providerArns(r.texts(in, "providerARNs"))
            .authType(authType);
    b.identitySources(identitySources(in, scheme, type));
    ObjectNode jwt = r.object(in, "jwtConfiguration");
    String issuer = jwt == null ? null : r.text(jwt, "issuer");
    if (jwt != null) {
      b.audiences(r.texts(jwt, "audience"));
    }
    String openIdConnectUrl = r.text(scheme, "openIdConnectUrl");
    if (issuer == null && openIdConnectUrl != null) {
      issuer =
          openIdConnectUrl.endsWith(WELL_KNOWN)
              ? openIdConnectUrl.substring(0, openIdConnectUrl.length() - WELL_KNOWN.length())
              : openIdConnectUrl;
    }
    b.issuer(issuer);
    return b.build();
  }

  private AuthorizerType type(ObjectNode in) {
    if (in.hasNonNull("type")) {
      AuthorizerType type =
          r.enumValue(
              in,
              "type",
              AuthorizerType.class,
              t -> t.equals("COGNITO") || t.equals("COGNITO_USER_POOL") ? "COGNITO_USER_POOLS" : t);
      if (type != null) {
        return type;
      }
    }
    AuthorizerType guess =
        in.has("providerARNs")
            ? AuthorizerType.COGNITO_USER_POOLS
            : in.has("jwtConfiguration") ? AuthorizerType.JWT : AuthorizerType.TOKEN;
    if (!in.hasNonNull("type")) {
      r.error(
          "openapi.authorizer.type", "the authorizer has no `type`; read as " + guess, r.at(in));
    }
    return guess;
  }

  /**
   * {@code identitySource} split at commas; a TOKEN or Cognito authorizer without one reads the
   * token from the header the scheme names.
   */
  private List<String> identitySources(ObjectNode in, ObjectNode scheme, AuthorizerType type) {
    List<String> out = new ArrayList<>();
    if (in.has("identitySource")) {
      for (String text : r.texts(in, "identitySource")) {
        for (String part : text.split(",")) {
          if (!part.isBlank()) {
            out.add(part.trim());
          }
        }
      }
      return out;
    }
    String header = r.text(scheme, "name");
    if ((type == AuthorizerType.TOKEN || type == AuthorizerType.COGNITO_USER_POOLS)
        && header != null
        && !"query".equalsIgnoreCase(r.text(scheme, "in"))) {
      out.add("method.request.header." + header);
    }
    return out;
  }

  /**
   * The access a {@code security} member grants: the first requirement of the list (API Gateway
   * takes one), or null when there is no {@code security} member.
   */
  Access access(ObjectNode parent) {
    if (parent == null || !parent.has("security") || parent.get("security").isNull()) {
      return null;
    }
    ArrayNode list = r.array(parent, "security");
    if (list == null) {
      return null;
    }
    if (list.isEmpty()) {
      return new Access(Authorization.none(), false);
    }
    // A later requirement that names only the API key adds the key to the first: the SAM
    // translator writes `[{Authorizer: []}, {api_key: []}]` for `ApiKeyRequired` beside an
    // authorizer, and API Gateway's import requires both (its expected outputs deploy this way).
    boolean laterKey = false;
    int ignored = 0;
    for (int i = 1; i < list.size(); i++) {
      if (onlyApiKeys(list.get(i))) {
        laterKey = true;
      } else {
        ignored++;
      }
    }
    if (ignored > 0 && meaningful(parent)) {
      r.warning(
          "openapi.security.alternatives",
          "API Gateway takes one security requirement per operation; only the first of "
              + list.size()
              + " alternatives is used",
          r.value(parent, "security"));
    }
    SourceRange at = r.positions.item(list, 0);
    ObjectNode requirement = r.object(list.get(0), "a security requirement", at);
    if (requirement == null) {
      return null;
    }
    Authorization authorization = null;
    boolean apiKey = false;
    for (Map.Entry<String, JsonNode> entry : requirement.properties()) {
      String name = entry.getKey();
      SourceRange where = r.key(requirement, name);
      Kind kind = schemes.get(name);
      if (kind == null && name.equalsIgnoreCase("api_key")) {
        // AWS's own samples name the API key scheme without defining it, as its exports call it.
        r.warning(
            "openapi.security.unknown-scheme",
            "`" + name + "` is not defined as a security scheme; read as the API key",
            where);
        kind = Kind.API_KEY;
      } else if (kind == null && name.equals("NONE")) {
        // SAM writes `NONE` for a method whose Auth says `Authorizer: NONE`; API Gateway imports
        // it as no authorization (the SAM translator's own outputs deploy this way).
        r.info(
            "openapi.security.none",
            "`NONE` is not a security scheme; read as no authorization, as SAM means it",
            where);
        authorization = new Authorization.None(where);
        continue;
      } else if (kind == null) {
        r.error(
            "openapi.security.unknown-scheme",
            "security requirement names no security scheme `" + name + "`",
            where);
        continue;
      }
      Authorization granted =
          switch (kind) {
            case AUTHORIZER -> new Authorization.Custom(where, name, scopes(requirement, name));
            case IAM -> new Authorization.Iam(where);
            default -> null;
          };
      if (kind == Kind.API_KEY) {
        apiKey = true;
      }
      if (granted != null) {
        if (authorization != null) {
          r.warning(
              "openapi.security.several",
              "API Gateway applies one authorizer per route; `" + name + "` is ignored",
              where);
        } else {
          authorization = granted;
        }
      }
    }
    return new Access(
        authorization == null ? Authorization.none() : authorization, apiKey || laterKey);
  }

  /** Whether a security requirement names API key schemes and nothing else. */
  boolean onlyApiKeys(JsonNode requirement) {
    if (requirement == null || !requirement.isObject() || requirement.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> entry : requirement.properties()) {
      Kind kind = schemes.get(entry.getKey());
      boolean key =
          kind == null ? entry.getKey().equalsIgnoreCase("api_key") : kind == Kind.API_KEY;
      if (!key) {
        return false;
      }
    }
    return true;
  }

  /** Whether a requirement list names anything API Gateway checks. */
  boolean meaningful(ObjectNode parent) {
    JsonNode list = parent.get("security");
    if (list == null || !list.isArray()) {
      return false;
    }
    for (JsonNode requirement : list) {
      for (Map.Entry<String, JsonNode> entry : requirement.properties()) {
        Kind kind = schemes.get(entry.getKey());
        if (kind == null ? entry.getKey().equalsIgnoreCase("api_key") : kind != Kind.OTHER) {
          return true;
        }
      }
    }
    return false;
  }

  private List<String> scopes(ObjectNode requirement, String name) {
    List<String> out = new ArrayList<>();
    JsonNode scopes = requirement.get(name);
    if (scopes == null || !scopes.isArray()) {
      if (scopes != null && !scopes.isNull()) {
        r.error(
            "openapi.type",
            "the scopes of `" + name + "` must be a list",
            r.value(requirement, name));
      }
      return out;
    }
    for (int i = 0; i < scopes.size(); i++) {
      String scope = r.text(scopes.get(i), "a scope", r.positions.item(scopes, i));
      if (scope != null) {
        out.add(scope);
      }
    }
    return out;
  }
}
