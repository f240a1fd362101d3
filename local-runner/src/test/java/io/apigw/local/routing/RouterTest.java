package io.apigw.local.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.Parsed;
import io.apigw.model.dsl.Dsl;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which route wins, table by table. */
class RouterTest {
  /** The example of http-api-develop-routes.md, "Routing API requests", and more. */
  private static final Router HTTP =
      router(
          "api example: http",
          "GET /pets/dog/1 -> mock 200",
          "GET /pets/dog/{id} -> mock 200",
          "GET /pets/{proxy+} -> mock 200",
          "ANY /{proxy+} -> mock 200",
          "GET /things/{id} -> mock 200",
          "ANY /things/special -> mock 200",
          "POST /things/{id} -> mock 200",
          "$default -> mock 200");

  private static final Router REST =
      router(
          "api example: rest",
          "GET /pets -> mock 200",
          "GET /pets/{petId} -> mock 200",
          "GET /pets/mine -> mock 200",
          "ANY /admin/{proxy+} -> mock 200",
          "GET /admin/status -> mock 200",
          "POST /orders/{id} -> mock 200",
          "ANY /files/{folder}/{name} -> mock 200",
          "GET / -> mock 200");

  @ParameterizedTest(name = "HTTP {0} {1} -> {2}")
  @CsvSource({
    // the table of http-api-develop-routes.md
    "GET, /pets/dog/1, GET /pets/dog/1, ''",
    "GET, /pets/dog/2, GET /pets/dog/{id}, id=2",
    "GET, /pets/cat/1, GET /pets/{proxy+}, proxy=cat/1",
    "POST, /test/5, ANY /{proxy+}, proxy=test/5",
    // a literal path before a parameter, then the request's own method before ANY
    "GET, /things/special, ANY /things/special, ''",
    "POST, /things/7, POST /things/{id}, id=7",
    "DELETE, /things/7, ANY /{proxy+}, proxy=things/7",
    // a greedy variable needs at least one segment; then $default catches the rest
    "GET, /, $default, ''",
    "PUT, /pets, ANY /{proxy+}, proxy=pets",
  })
  void httpApiPriorities(String method, String path, String expected, String parameters) {
    Optional<RouteMatch> match = HTTP.match(method, segments(path));

    assertThat(match).map(m -> m.route().key().text()).contains(expected);
    assertThat(match.get().pathParameters()).isEqualTo(parse(parameters));
  }

  @ParameterizedTest(name = "REST {0} {1} -> {2}")
  @CsvSource({
    "GET, /pets, GET /pets, ''",
    "GET, /pets/mine, GET /pets/mine, ''",
    "GET, /pets/42, GET /pets/{petId}, petId=42",
    "GET, /admin/status, GET /admin/status, ''",
    "DELETE, /admin/status/x, ANY /admin/{proxy+}, proxy=status/x",
    "PATCH, /files/a/b, ANY /files/{folder}/{name}, folder=a;name=b",
    "GET, /, GET /, ''",
  })
  void restResourcesThenMethods(String method, String path, String expected, String parameters) {
    Optional<RouteMatch> match = REST.match(method, segments(path));

    assertThat(match).map(m -> m.route().key().text()).contains(expected);
    assertThat(match.get().pathParameters()).isEqualTo(parse(parameters));
  }

  @ParameterizedTest(name = "REST {0} {1} has no route")
  @CsvSource({
    // no such resource
    "GET, /nothing",
    // a greedy resource does not match its bare parent
    "GET, /admin",
    // the resource exists, the method does not: no fallback to another resource
    "POST, /pets",
    "GET, /orders/1",
    // a parameter needs the whole segment, and segments are not skipped
    "GET, /pets/42/toys",
  })
  void restMisses(String method, String path) {
    assertThat(REST.match(method, segments(path))).isEmpty();
  }

  private static Router router(String... lines) {
    Parsed<Api> parsed = Dsl.reader().read("test.apigw", String.join("\n", lines) + "\n");
    assertThat(parsed.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
    return Router.of(parsed.value());
  }

  private static List<String> segments(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  private static Map<String, String> parse(String parameters) {
    if (parameters.isEmpty()) {
      return Map.of();
    }
    java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
    for (String pair : parameters.split(";")) {
      String[] parts = pair.split("=", 2);
      out.put(parts[0], parts[1]);
    }
    return out;
  }
}
