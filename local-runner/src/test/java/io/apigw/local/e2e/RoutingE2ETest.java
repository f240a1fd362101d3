package io.apigw.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Routing and API Gateway's own answers, over real HTTP. */
class RoutingE2ETest {
  private static Served rest;
  private static Served http;

  @BeforeAll
  static void start() {
    rest =
        Served.dsl(
            "api pets: rest",
            "stage prod",
            "stage dev",
            "GET  /pets          -> mock 200 {\"route\": \"list\"}",
            "GET  /pets/{petId}  -> mock 200 {\"route\": \"one\"}",
            "ANY  /admin/{proxy+} -> mock 200 {\"route\": \"admin\"}");
    http =
        Served.dsl(
            "api pets: http",
            "stage $default",
            "stage beta",
            "GET  /pets          -> mock 200 {\"route\": \"list\"}",
            "GET  /pets/{petId}  -> mock 200 {\"route\": \"one\"}");
  }

  @AfterAll
  static void stop() {
    rest.close();
    http.close();
  }

  @Test
  void restStagesAreServedUnderTheirNames() throws Exception {
    HttpResponse<String> prod = rest.get("/prod/pets/7");
    HttpResponse<String> dev = rest.get("/dev/pets");

    assertThat(prod.statusCode()).isEqualTo(200);
    assertThat(prod.body()).isEqualTo("{\"route\": \"one\"}");
    assertThat(dev.body()).isEqualTo("{\"route\": \"list\"}");
  }

  /**
   * test_apigateway_common {@code TestApigatewayRouting::test_routing_not_found}: a missing route
   * and a wrong method both answer 403 Missing Authentication Token with its error type.
   */
  @Test
  void restMissesAnswerMissingAuthenticationToken() throws Exception {
    for (String path : new String[] {"/prod/nothing", "/prod/admin", "/nostage/pets"}) {
      HttpResponse<String> response = rest.get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(403);
      assertThat(response.body()).isEqualTo("{\"message\": \"Missing Authentication Token\"}");
      assertThat(response.headers().firstValue("x-amzn-ErrorType"))
          .contains("MissingAuthenticationTokenException");
      assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    }
    HttpResponse<String> wrongMethod =
        rest.send("DELETE", "/prod/pets", java.net.http.HttpRequest.BodyPublishers.noBody());
    assertThat(wrongMethod.statusCode()).isEqualTo(403);
  }

  @Test
  void greedyPathsAndAnyMethods() throws Exception {
    HttpResponse<String> deep =
        rest.send(
            "PUT", "/prod/admin/a/b/c", java.net.http.HttpRequest.BodyPublishers.ofString("x"));

    assertThat(deep.statusCode()).isEqualTo(200);
    assertThat(deep.body()).contains("admin");
  }

  /** http-api-develop-routes.md: no stage or route matches, so {"message":"Not Found"}. */
  @Test
  void httpApiMissesAnswerNotFound() throws Exception {
    HttpResponse<String> response = http.get("/nothing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"message\":\"Not Found\"}");
    assertThat(response.headers().firstValue("x-amzn-ErrorType")).isEmpty();
  }

  /** http-api-develop-routes.md: a stage that matches the path, else the $default stage. */
  @Test
  void httpApiDefaultStageHasNoPrefix() throws Exception {
    assertThat(http.get("/pets").body()).contains("list");
    assertThat(http.get("/beta/pets/1").body()).contains("one");
  }

  @Test
  void everyAnswerCarriesARequestId() throws Exception {
    HttpResponse<String> restOk = rest.get("/prod/pets");
    HttpResponse<String> restMiss = rest.get("/prod/none");
    HttpResponse<String> httpOk = http.get("/pets");

    assertThat(restOk.headers().firstValue("x-amzn-RequestId"))
        .get()
        .asString()
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(restMiss.headers().firstValue("x-amzn-RequestId")).isPresent();
    assertThat(httpOk.headers().firstValue("apigw-requestid"))
        .get()
        .asString()
        .matches("[A-Za-z0-9+/]{15}=");
  }

  @Test
  void anAccessLogLineForEachRequest() throws Exception {
    rest.accessLog().clear();

    HttpResponse<String> response = rest.get("/prod/pets/9", "User-Agent", "test");

    String id = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
    assertThat(rest.accessLog())
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches(
                        "127\\.0\\.0\\.1 - - \\[\\d{2}/\\w{3}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000\\]"
                            + " \"GET /pets/\\{petId\\} HTTP/1\\.1\" 200 16 "
                            + id));
  }
}
