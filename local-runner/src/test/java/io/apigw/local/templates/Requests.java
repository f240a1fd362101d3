package io.apigw.local.templates;

import io.apigw.local.gateway.RequestContext;
import io.apigw.local.http.Headers;
import io.apigw.local.http.Request;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Method requests and contexts for the tests. */
final class Requests {
  static final long TIME = 1_764_064_800_123L; // 2025-11-25T10:00:00.123Z

  private Requests() {}

  static Request request(String method, String path, String query, Headers headers, String body) {
    return new Request(
        method,
        path,
        query,
        headers,
        body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8),
        "203.0.113.7",
        "HTTP/1.1",
        TIME);
  }

  static RequestContext context(Map<String, String> pathParameters) {
    return context(pathParameters, Map.of("env", "dev"), Map.of());
  }

  static RequestContext context(
      Map<String, String> pathParameters,
      Map<String, String> stageVariables,
      Map<String, Object> authorizer) {
    return new RequestContext(
        "req-1",
        "ext-1",
        "api123",
        "123456789012",
        "dev",
        stageVariables,
        "/pets/{petId}",
        "res1",
        "GET /pets/{petId}",
        pathParameters,
        "api123.execute-api.local",
        "api123",
        TIME,
        "HTTP/1.1",
        "203.0.113.7",
        "curl/8",
        authorizer);
  }

  /** POST /dev/pets/42?q=1 with a JSON body. */
  static TemplateInput json(String body) {
    return TemplateInput.of(
        request(
            "POST",
            "/dev/pets/42",
            "q=1",
            Headers.of("Content-Type", "application/json", "X-Trace", "t1"),
            body),
        context(Map.of("petId", "42")));
  }
}
