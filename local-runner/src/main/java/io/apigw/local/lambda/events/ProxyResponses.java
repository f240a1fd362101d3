package io.apigw.local.lambda.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.local.http.Headers;
import io.apigw.local.http.Request;
import io.apigw.local.http.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a Lambda function's output into the HTTP response API Gateway sends for a proxy
 * integration, or into {@link ProxyOutcome.Malformed} when API Gateway would reject it.
 */
public final class ProxyResponses {
  private static final Set<String> V1_FIELDS =
      Set.of("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded");

  /** Response headers a REST API renames to {@code x-amzn-Remapped-<name>}. */
  private static final Set<String> REST_REMAPPED_HEADERS =
      Set.of(
          "authorization",
          "connection",
          "content-length",
          "content-md5",
          "date",
          "expect",
          "host",
          "max-forwards",
          "proxy-authenticate",
          "server",
          "trailer",
          "upgrade",
          "user-agent",
          "www-authenticate");

  /** Response headers a REST API drops. */
  private static final Set<String> REST_DROPPED_HEADERS = Set.of("transfer-encoding");

  private ProxyResponses() {}

  /**
   * A REST API's response. A base64 body ({@code isBase64Encoded}) is decoded only when the first
   * media type of the request's {@code Accept} is one of the API's binary media types; otherwise
   * the client gets the base64 text.
   */
  public static ProxyOutcome restV1(byte[] output, Request request, List<String> binaryMediaTypes) {
    try {
      V1 v1 = parseV1(output);
      Headers.Builder headers = Headers.builder();
      for (Map.Entry<String, String> field : v1.headers().entries()) {
        String lower = field.getKey().toLowerCase(Locale.ROOT);
        if (REST_DROPPED_HEADERS.contains(lower)) {
          continue;
        }
        String name =
            REST_REMAPPED_HEADERS.contains(lower)
                ? "x-amzn-Remapped-" + field.getKey()
                : field.getKey();
        headers.add(name, field.getValue());
      }
      if (!headers.has("Content-Type")) {
        headers.add("Content-Type", "application/json");
      }
      boolean decode =
          v1.base64()
              && MediaTypes.isBinary(
                  MediaTypes.firstAccepted(request.headers().first("Accept")), binaryMediaTypes);
      return new ProxyOutcome.Ok(
          new Response(v1.status(), headers.build(), bodyBytes(v1.body(), decode)));
    } catch (MalformedException e) {
      return new ProxyOutcome.Malformed(e.getMessage());
    }
  }

  /** An HTTP API's response to payload format 1.0; a base64 body is always decoded. */
  public static ProxyOutcome httpV1(byte[] output) {
    try {
      V1 v1 = parseV1(output);
      return new ProxyOutcome.Ok(
          new Response(v1.status(), v1.headers(), bodyBytes(v1.body(), v1.base64())));
    } catch (MalformedException e) {
      return new ProxyOutcome.Malformed(e.getMessage());
    }
  }

  /**
   * An HTTP API's response to payload format 2.0. Output that is valid JSON but no object with a
   * {@code statusCode} is the body of a 200 {@code application/json} response; {@code cookies}
   * become {@code set-cookie} headers; a base64 body is always decoded.
   */
  public static ProxyOutcome httpV2(byte[] output) {
    try {
      JsonNode root = readJson(output);
      JsonNode statusCode = root.get("statusCode");
      if (!root.isObject() || statusCode == null || statusCode.isNull()) {
        String body =
            root.isTextual() ? root.textValue() : new String(output, StandardCharsets.UTF_8);
        return new ProxyOutcome.Ok(
            Response.of(200, Headers.of("content-type", "application/json"), body));
      }
      int status = status(statusCode);
      Headers.Builder headers = Headers.builder();
      JsonNode headersNode = root.get("headers");
      if (headersNode != null && !headersNode.isNull()) {
        requireObject(headersNode, "headers");
        for (Iterator<Map.Entry<String, JsonNode>> it = headersNode.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          String value = scalar(field.getValue(), "headers." + field.getKey());
          if (value != null) {
            headers.add(field.getKey(), value);
          }
        }
      }
      JsonNode cookies = root.get("cookies");
      if (cookies != null && !cookies.isNull()) {
        if (!cookies.isArray()) {
          throw new MalformedException("cookies is not an array");
        }
        for (JsonNode cookie : cookies) {
          String value = scalar(cookie, "cookies[]");
          if (value != null) {
            headers.add("set-cookie", value);
          }
        }
      }
      String body = scalar(root.get("body"), "body");
      boolean base64 = bool(root.get("isBase64Encoded"));
      return new ProxyOutcome.Ok(new Response(status, headers.build(), bodyBytes(body, base64)));
    } catch (MalformedException e) {
      return new ProxyOutcome.Malformed(e.getMessage());
    }
  }

  /** Payload 1.0 as REST and HTTP APIs read it. */
  private record V1(int status, Headers headers, String body, boolean base64) {}

  private static V1 parseV1(byte[] output) throws MalformedException {
    JsonNode root = readJson(output);
    if (!root.isObject()) {
      throw new MalformedException("the output is not a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!V1_FIELDS.contains(name)) {
        throw new MalformedException("unexpected field " + name);
      }
    }
    JsonNode statusCode = root.get("statusCode");
    int status = statusCode == null || statusCode.isNull() ? 200 : status(statusCode);

    // Names compare case-insensitively; multiValueHeaders come first and name the header; a
    // single value already among them is not repeated.
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<String>> values = new LinkedHashMap<>();
    JsonNode multi = root.get("multiValueHeaders");
    if (multi != null && !multi.isNull()) {
      requireObject(multi, "multiValueHeaders");
      for (Iterator<Map.Entry<String, JsonNode>> it = multi.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode list = field.getValue();
        if (list.isNull()) {
          continue;
        }
        if (!list.isArray()) {
          throw new MalformedException("multiValueHeaders." + field.getKey() + " is not a list");
        }
        String key = field.getKey().toLowerCase(Locale.ROOT);
        names.putIfAbsent(key, field.getKey());
        List<String> group = values.computeIfAbsent(key, k -> new ArrayList<>());
        for (JsonNode item : list) {
          String value = scalar(item, "multiValueHeaders." + field.getKey() + "[]");
          if (value != null) {
            group.add(value);
          }
        }
      }
    }
    JsonNode single = root.get("headers");
    if (single != null && !single.isNull()) {
      requireObject(single, "headers");
      for (Iterator<Map.Entry<String, JsonNode>> it = single.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String value = scalar(field.getValue(), "headers." + field.getKey());
        if (value == null) {
          continue;
        }
        String key = field.getKey().toLowerCase(Locale.ROOT);
        names.putIfAbsent(key, field.getKey());
        List<String> group = values.computeIfAbsent(key, k -> new ArrayList<>());
        if (!group.contains(value)) {
          group.add(value);
        }
      }
    }
    Headers.Builder headers = Headers.builder();
    values.forEach((key, group) -> group.forEach(value -> headers.add(names.get(key), value)));

    String body = scalar(root.get("body"), "body");
    return new V1(status, headers.build(), body, bool(root.get("isBase64Encoded")));
  }

  private static JsonNode readJson(byte[] output) throws MalformedException {
    try {
      JsonNode root = JsonMapper.MAPPER.readTree(output);
      if (root == null || root.isMissingNode()) {
        throw new MalformedException("the output is empty");
      }
      return root;
    } catch (IOException e) {
      throw new MalformedException("the output is not JSON");
    }
  }

  /** A number, or a string holding one, from 100 to 599. */
  private static int status(JsonNode node) throws MalformedException {
    int status;
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      status = node.intValue();
    } else if (node.isFloatingPointNumber()
        && node.doubleValue() == Math.rint(node.doubleValue())) {
      status = (int) node.doubleValue();
    } else if (node.isTextual()) {
      try {
        status = Integer.parseInt(node.textValue().trim());
      } catch (NumberFormatException e) {
        throw new MalformedException("statusCode is not a number: " + node.textValue());
      }
    } else {
      throw new MalformedException("statusCode is not a number: " + node);
    }
    if (status < 100 || status > 599) {
      throw new MalformedException("statusCode out of range: " + status);
    }
    return status;
  }

  /** Text for a string, number or boolean; null for null or absent; objects and lists are wrong. */
  private static String scalar(JsonNode node, String where) throws MalformedException {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    throw new MalformedException(where + " is not a string");
  }

  private static boolean bool(JsonNode node) throws MalformedException {
    if (node == null || node.isNull()) {
      return false;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual()
        && (node.textValue().equalsIgnoreCase("true")
            || node.textValue().equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(node.textValue());
    }
    throw new MalformedException("isBase64Encoded is not a boolean: " + node);
  }

  private static void requireObject(JsonNode node, String where) throws MalformedException {
    if (!node.isObject()) {
      throw new MalformedException(where + " is not an object");
    }
  }

  private static byte[] bodyBytes(String body, boolean decode) throws MalformedException {
    if (body == null) {
      return new byte[0];
    }
    if (!decode) {
      return body.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return Base64.getMimeDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new MalformedException("body is not base64: " + e.getMessage());
    }
  }

  private static final class MalformedException extends Exception {
    MalformedException(String message) {
      super(message, null, false, false);
    }
  }
}
