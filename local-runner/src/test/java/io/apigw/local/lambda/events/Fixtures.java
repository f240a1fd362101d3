package io.apigw.local.lambda.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.apigw.local.gateway.RequestContext;
import io.apigw.local.http.Headers;
import io.apigw.local.http.Request;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Requests, contexts and golden files shared by the tests of this package. */
final class Fixtures {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** 2020-03-04T19:15:17.135Z, the time of the developer guide's example events. */
  static final long TIME = 1583349317135L;

  private Fixtures() {}

  static Request request(String method, String path, String query, Headers headers, String body) {
    return new Request(
        method,
        path,
        query,
        headers,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        "192.0.2.1",
        "HTTP/1.1",
        TIME);
  }

  static Request get(String path, String query, String... headers) {
    return request("GET", path, query, Headers.of(headers), null);
  }

  static Request post(String path, byte[] body, String... headers) {
    return new Request("POST", path, "", Headers.of(headers), body, "192.0.2.1", "HTTP/1.1", TIME);
  }

  /** A REST API's context: stage {@code test}, resource {@code /pets/{id}}. */
  static RequestContext rest() {
    return rest(Map.of(), Map.of());
  }

  static RequestContext rest(Map<String, String> pathParameters, Map<String, String> stageVars) {
    return new RequestContext(
        "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
        "BQGojGUgoAMFkNg=",
        "abc123defg",
        "123456789012",
        "test",
        stageVars,
        "/pets/{id}",
        "a1b2c3",
        null,
        pathParameters,
        "abc123defg.execute-api.us-east-1.amazonaws.com",
        "abc123defg",
        TIME,
        "HTTP/1.1",
        "192.0.2.1",
        "curl/8.4.0",
        Map.of(),
        "dep123",
        null,
        null);
  }

  /** An HTTP API's context: stage {@code $default}, route {@code POST /pets/{id}}. */
  static RequestContext http(Map<String, String> pathParameters, Map<String, String> stageVars) {
    return new RequestContext(
        "BQGojGUgoAMFkNg=",
        "BQGojGUgoAMFkNg=",
        "abc123defg",
        "123456789012",
        "$default",
        stageVars,
        "/pets/{id}",
        "POST /pets/{id}",
        "POST /pets/{id}",
        pathParameters,
        "abc123defg.execute-api.us-east-1.amazonaws.com",
        "abc123defg",
        TIME,
        "HTTP/1.1",
        "192.0.2.1",
        "curl/8.4.0",
        Map.of());
  }

  static RequestContext http() {
    return http(Map.of(), Map.of());
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Compares {@code actual} with a golden file next to this class's resources; {@code
   * -Dapigw.golden.update=true} rewrites the file instead, for review.
   */
  static void assertGolden(String name, JsonNode actual) {
    String resource = "/io/apigw/local/lambda/events/" + name;
    try {
      if (Boolean.getBoolean("apigw.golden.update")) {
        Path file =
            Path.of(System.getProperty("apigw.root"), "local-runner/src/test/resources" + resource);
        Files.writeString(file, JSON.writeValueAsString(actual) + "\n");
        return;
      }
      try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
        assertThat(in).as("golden file %s", resource).isNotNull();
        assertThat(actual).isEqualTo(JSON.readTree(in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
