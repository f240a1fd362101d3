package io.apigw.local.lambda.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.local.gateway.RequestContext;
import io.apigw.local.http.Headers;
import io.apigw.local.http.QueryString;
import io.apigw.local.http.Request;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The events API Gateway sends to a Lambda function behind a proxy integration: REST APIs (payload
 * 1.0) and HTTP APIs (payload 1.0 and 2.0).
 *
 * <p>The request's path is the path as the client sent it, still percent-encoded, with the stage as
 * its first segment when the API is served under a stage name (as on {@code execute-api}). The
 * context's path parameters, stage variables and authorizer go into the event as given. The gateway
 * sends the event as the invocation payload and reads the function's output with {@link
 * ProxyResponses}.
 */
public final class ProxyEvents {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** {@code $context.requestTime}: {@code 04/Mar/2020:19:15:17 +0000}. */
  static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** Request headers a REST API does not pass to a Lambda proxy integration. */
  private static final Set<String> REST_DROPPED_HEADERS =
      Set.of(
          "connection",
          "content-length",
          "content-md5",
          "expect",
          "max-forwards",
          "proxy-authenticate",
          "server",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "www-authenticate");

  private ProxyEvents() {}

  /** The event of a REST API's Lambda proxy integration. */
  public static ObjectNode restV1(
      Request request, RequestContext context, List<String> binaryMediaTypes) {
    ObjectNode event = JSON.objectNode();
    event.put("resource", context.resourcePath());
    event.put("path", stagelessPath(request.path(), context.stage()));
    event.put("httpMethod", request.method());
    putV1Headers(event, restHeaders(request.headers()));
    // REST APIs split query strings at ';' as well as '&' (api-gateway-known-issues.md).
    putV1Query(event, QueryString.parse(request.rawQuery().replace(';', '&')));
    putNullableMap(event, "pathParameters", context.pathParameters());
    putNullableMap(event, "stageVariables", context.stageVariables());

    ObjectNode rc = event.putObject("requestContext");
    rc.put("accountId", context.accountId());
    rc.put("apiId", context.apiId());
    putAuthorizer(rc, context);
    rc.put("deploymentId", context.deploymentId());
    rc.put("domainName", context.domainName());
    rc.put("domainPrefix", context.domainPrefix());
    rc.put("extendedRequestId", context.extendedRequestId());
    rc.put("httpMethod", request.method());
    ObjectNode identity = rc.putObject("identity");
    identity.putNull("accessKey");
    identity.putNull("accountId");
    if (context.apiKey() != null) {
      identity.put("apiKey", context.apiKey());
      identity.put("apiKeyId", context.apiKeyId());
    }
    identity.putNull("caller");
    identity.putNull("cognitoAuthenticationProvider");
    identity.putNull("cognitoAuthenticationType");
    identity.putNull("cognitoIdentityId");
    identity.putNull("cognitoIdentityPoolId");
    identity.putNull("principalOrgId");
    identity.put("sourceIp", context.sourceIp());
    identity.putNull("user");
    identity.put("userAgent", context.userAgent());
    identity.putNull("userArn");
    rc.put("path", collapseLeadingSlashes(request.path()));
    rc.put("protocol", protocol(request, context));
    rc.put("requestId", context.requestId());
    rc.put(
        "requestTime", REQUEST_TIME.format(Instant.ofEpochMilli(context.requestTimeEpochMillis())));
    rc.put("requestTimeEpoch", context.requestTimeEpochMillis());
    rc.put("resourceId", context.resourceId());
    rc.put("resourcePath", context.resourcePath());
    rc.put("stage", context.stage());

    boolean binary =
        request.body().length > 0
            && MediaTypes.isBinary(request.headers().last("Content-Type"), binaryMediaTypes);
    putBody(event, request.body(), binary, true);
    return event;
  }

  /** The event of an HTTP API's Lambda proxy integration with payload format 1.0. */
  public static ObjectNode httpV1(Request request, RequestContext context) {
    ObjectNode event = JSON.objectNode();
    event.put("version", "1.0");
    event.put("resource", context.resourcePath());
    event.put("path", request.path());
    event.put("httpMethod", request.method());
    putV1Headers(event, request.headers());
    putV1Query(event, QueryString.parse(request.rawQuery()));

    ObjectNode rc = event.putObject("requestContext");
    rc.put("accountId", context.accountId());
    rc.put("apiId", context.apiId());
    putAuthorizer(rc, context);
    rc.put("domainName", context.domainName());
    rc.put("domainPrefix", context.domainPrefix());
    rc.put("extendedRequestId", context.extendedRequestId());
    rc.put("httpMethod", request.method());
    ObjectNode identity = rc.putObject("identity");
    identity.putNull("accessKey");
    identity.putNull("accountId");
    identity.putNull("caller");
    identity.putNull("cognitoAmr");
    identity.putNull("cognitoAuthenticationProvider");
    identity.putNull("cognitoAuthenticationType");
    identity.putNull("cognitoIdentityId");
    identity.putNull("cognitoIdentityPoolId");
    identity.putNull("principalOrgId");
    identity.put("sourceIp", context.sourceIp());
    identity.putNull("user");
    identity.put("userAgent", context.userAgent());
    identity.putNull("userArn");
    rc.put("path", request.path());
    rc.put("protocol", protocol(request, context));
    rc.put("requestId", context.requestId());
    rc.put(
        "requestTime", REQUEST_TIME.format(Instant.ofEpochMilli(context.requestTimeEpochMillis())));
    rc.put("requestTimeEpoch", context.requestTimeEpochMillis());
    rc.put("resourceId", context.resourceId());
    rc.put("resourcePath", context.resourcePath());
    rc.put("stage", context.stage());

    putNullableMap(event, "pathParameters", context.pathParameters());
    putNullableMap(event, "stageVariables", context.stageVariables());
    boolean binary =
        request.body().length > 0
            && !MediaTypes.isHttpApiText(request.headers().last("Content-Type"));
    putBody(event, request.body(), binary, true);
    return event;
  }

  /** The event of an HTTP API's Lambda proxy integration with payload format 2.0. */
  public static ObjectNode httpV2(Request request, RequestContext context) {
    ObjectNode event = JSON.objectNode();
    event.put("version", "2.0");
    event.put("routeKey", context.routeKey());
    event.put("rawPath", request.path());
    event.put("rawQueryString", request.rawQuery());

    List<String> cookies = new ArrayList<>();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (Map.Entry<String, String> field : request.headers().entries()) {
      String name = field.getKey().toLowerCase(Locale.ROOT);
      if (name.equals("cookie")) {
        for (String cookie : field.getValue().split(";")) {
          if (!cookie.isBlank()) {
            cookies.add(cookie.trim());
          }
        }
      } else {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(field.getValue());
      }
    }
    if (!cookies.isEmpty()) {
      ArrayNode array = event.putArray("cookies");
      cookies.forEach(array::add);
    }
    ObjectNode headersNode = event.putObject("headers");
    headers.forEach((name, values) -> headersNode.put(name, String.join(",", values)));
    Map<String, List<String>> query = QueryString.parse(request.rawQuery());
    if (!query.isEmpty()) {
      ObjectNode queryNode = event.putObject("queryStringParameters");
      query.forEach((name, values) -> queryNode.put(name, String.join(",", values)));
    }

    ObjectNode rc = event.putObject("requestContext");
    rc.put("accountId", context.accountId());
    rc.put("apiId", context.apiId());
    putAuthorizer(rc, context);
    rc.put("domainName", context.domainName());
    rc.put("domainPrefix", context.domainPrefix());
    ObjectNode http = rc.putObject("http");
    http.put("method", request.method());
    http.put("path", request.path());
    http.put("protocol", protocol(request, context));
    http.put("sourceIp", context.sourceIp());
    http.put("userAgent", context.userAgent());
    rc.put("requestId", context.requestId());
    rc.put("routeKey", context.routeKey());
    rc.put("stage", context.stage());
    rc.put("time", REQUEST_TIME.format(Instant.ofEpochMilli(context.requestTimeEpochMillis())));
    rc.put("timeEpoch", context.requestTimeEpochMillis());

    if (!context.pathParameters().isEmpty()) {
      putNullableMap(event, "pathParameters", context.pathParameters());
    }
    boolean binary =
        request.body().length > 0
            && !MediaTypes.isHttpApiText(request.headers().last("Content-Type"));
    putBody(event, request.body(), binary, false);
    if (!context.stageVariables().isEmpty()) {
      putNullableMap(event, "stageVariables", context.stageVariables());
    }
    return event;
  }

  /** REST drops hop-by-hop and a few other headers, and spells {@code Authorization} one way. */
  private static Headers restHeaders(Headers headers) {
    Headers.Builder out = Headers.builder();
    for (Map.Entry<String, String> field : headers.entries()) {
      String lower = field.getKey().toLowerCase(Locale.ROOT);
      if (REST_DROPPED_HEADERS.contains(lower)) {
        continue;
      }
      out.add(lower.equals("authorization") ? "Authorization" : field.getKey(), field.getValue());
    }
    return out.build();
  }

  /**
   * {@code headers} holds the last value of each name, {@code multiValueHeaders} all of them; REST
   * and 1.0 keep names as sent, and treat them case-sensitively (api-gateway-known-issues.md).
   */
  private static void putV1Headers(ObjectNode event, Headers headers) {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    for (Map.Entry<String, String> field : headers.entries()) {
      byName.computeIfAbsent(field.getKey(), n -> new ArrayList<>()).add(field.getValue());
    }
    putSingleAndMulti(event, "headers", "multiValueHeaders", byName);
  }

  private static void putV1Query(ObjectNode event, Map<String, List<String>> query) {
    putSingleAndMulti(event, "queryStringParameters", "multiValueQueryStringParameters", query);
  }

  private static void putSingleAndMulti(
      ObjectNode event, String single, String multi, Map<String, List<String>> values) {
    if (values.isEmpty()) {
      event.putNull(single);
      event.putNull(multi);
      return;
    }
    ObjectNode singleNode = event.putObject(single);
    ObjectNode multiNode = event.putObject(multi);
    values.forEach(
        (name, list) -> {
          singleNode.put(name, list.get(list.size() - 1));
          ArrayNode array = multiNode.putArray(name);
          list.forEach(array::add);
        });
  }

  private static void putNullableMap(ObjectNode event, String field, Map<String, String> map) {
    if (map.isEmpty()) {
      event.putNull(field);
      return;
    }
    ObjectNode node = event.putObject(field);
    map.forEach(node::put);
  }

  private static void putAuthorizer(ObjectNode requestContext, RequestContext context) {
    if (!context.authorizer().isEmpty()) {
      JsonNode authorizer = JsonMapper.MAPPER.valueToTree(context.authorizer());
      requestContext.set("authorizer", authorizer);
    }
  }

  private static void putBody(
      ObjectNode event, byte[] body, boolean binary, boolean nullWhenEmpty) {
    if (body.length == 0) {
      if (nullWhenEmpty) {
        event.putNull("body");
      }
    } else if (binary) {
      event.put("body", Base64.getEncoder().encodeToString(body));
    } else {
      event.put("body", new String(body, StandardCharsets.UTF_8));
    }
    event.put("isBase64Encoded", binary);
  }

  private static String protocol(Request request, RequestContext context) {
    return context.protocol() != null ? context.protocol() : request.protocol();
  }

  /**
   * The path without the stage, as REST's {@code path} shows it: {@code /stage//a} is {@code /a}.
   */
  static String stagelessPath(String path, String stage) {
    String collapsed = collapseLeadingSlashes(path);
    String prefix = "/" + stage;
    if (stage != null
        && collapsed.startsWith(prefix)
        && (collapsed.length() == prefix.length() || collapsed.charAt(prefix.length()) == '/')) {
      collapsed = collapseLeadingSlashes(collapsed.substring(prefix.length()));
    }
    return collapsed;
  }

  private static String collapseLeadingSlashes(String path) {
    int start = 0;
    while (start < path.length() && path.charAt(start) == '/') {
      start++;
    }
    return "/" + path.substring(start);
  }
}
