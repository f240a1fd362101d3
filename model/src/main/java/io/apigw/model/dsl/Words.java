package io.apigw.model.dsl;

import io.apigw.model.HttpMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The DSL's keywords, shared by the reader (to recognise them) and the writer (to avoid them). */
final class Words {
  private Words() {}

  static final String ARROW = "->";

  static final List<String> API_SETTINGS =
      words(
          "description",
          "version",
          "vpc-endpoints",
          "disable-execute-api-endpoint",
          "binary-media-types",
          "minimum-compression-size",
          "api-key-source",
          "default-validator",
          "route-selection",
          "api-key-selection",
          "importexport-version",
          "tag",
          "policy",
          "documentation",
          "cors");

  static final List<String> DEFINITIONS =
      words(
          "function",
          "auth",
          "stage",
          "plan",
          "key",
          "model",
          "validator",
          "gateway-response",
          "domain");

  static final List<String> INTEGRATIONS =
      words("lambda", "lambda-custom", "http", "http-custom", "mock", "aws");

  static final List<String> CORS =
      words("origins", "methods", "headers", "expose", "credentials", "max-age");

  static final List<String> FUNCTION =
      words("handler", "code", "memory", "timeout", "concurrency", "arn", "runtime");

  static final List<String> AUTHORIZER_TYPES = words("token", "request", "cognito", "jwt");

  static final List<String> AUTHORIZER =
      words(
          "function",
          "uri",
          "header",
          "identity",
          "validate",
          "ttl",
          "role",
          "authtype",
          "payload",
          "simple",
          "issuer",
          "audience",
          "pools");

  static final List<String> STAGE =
      words(
          "vars",
          "throttle",
          "burst",
          "cache",
          "cache-size",
          "tracing",
          "log",
          "data-trace",
          "metrics",
          "auto-deploy",
          "waf",
          "description");

  static final List<String> STAGE_BLOCK = words("access-log", "canary", "route", "tag");

  static final List<String> SETTING =
      words(
          "throttle",
          "burst",
          "log",
          "data-trace",
          "metrics",
          "cache",
          "cache-ttl",
          "encrypted",
          "require-auth-for-cache-control");

  static final List<String> CANARY = words("stage-cache", "vars");

  static final List<String> PLAN =
      words("throttle", "burst", "quota", "offset", "stages", "keys", "description");

  static final List<String> KEY = words("plan", "value", "disabled", "description");

  static final List<String> VALIDATOR = words("body", "params");

  static final List<String> GATEWAY_RESPONSE_BLOCK = words("header", "template");

  static final List<String> DOMAIN = words("cert", "endpoint", "tls", "truststore");

  static final List<String> INTEGRATION_OPTIONS =
      words(
          "uri",
          "function",
          "subtype",
          "method",
          "payload",
          "timeout",
          "role",
          "vpc-link",
          "connection",
          "connection-id",
          "passthrough",
          "content",
          "cache-key",
          "cache-namespace",
          "insecure-tls",
          "sni",
          "template-selection");

  static final List<String> ROUTE_OPTIONS =
      words("auth", "scopes", "key", "op", "validator", "body", "params", "response-selection");

  static final List<String> ROUTE_BLOCK =
      words("request-param", "request-template", "response", "method-response");

  static final List<String> RESPONSE_BLOCK = words("header", "param", "template");

  static final List<String> METHOD_RESPONSE = words("headers", "models");

  static final List<String> OTHER_OPTIONS = words("format", "status", "content", "scopes");

  static final List<String> VALUES =
      words(
          "rest",
          "http",
          "websocket",
          "edge",
          "regional",
          "private",
          "on",
          "off",
          "none",
          "iam",
          "error",
          "info",
          "offset",
          "burst",
          ":",
          ARROW,
          "map",
          "env");

  /**
   * Every word the reader may take for a keyword somewhere. The writer quotes free text that equals
   * one, so it is never mistaken for one.
   */
  static final Set<String> RESERVED = reserved();

  private static Set<String> reserved() {
    Set<String> all = new LinkedHashSet<>();
    for (List<String> list :
        List.of(
            API_SETTINGS,
            DEFINITIONS,
            INTEGRATIONS,
            CORS,
            FUNCTION,
            AUTHORIZER_TYPES,
            AUTHORIZER,
            STAGE,
            STAGE_BLOCK,
            SETTING,
            CANARY,
            PLAN,
            KEY,
            VALIDATOR,
            GATEWAY_RESPONSE_BLOCK,
            DOMAIN,
            INTEGRATION_OPTIONS,
            ROUTE_OPTIONS,
            ROUTE_BLOCK,
            RESPONSE_BLOCK,
            METHOD_RESPONSE,
            VALUES)) {
      all.addAll(list);
    }
    all.add("api");
    for (HttpMethod method : HttpMethod.values()) {
      all.add(method.name());
    }
    return Collections.unmodifiableSet(all);
  }

  static List<String> union(List<String> a, List<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return Collections.unmodifiableList(new ArrayList<>(out));
  }

  // Unlike List.of, these answer contains(null) with false: tokens that are no word have no text.
  static List<String> words(String... words) {
    return Collections.unmodifiableList(Arrays.asList(words));
  }
}
