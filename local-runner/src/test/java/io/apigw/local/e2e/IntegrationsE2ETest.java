package io.apigw.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mock and HTTP proxy integrations and the gateway's limits, over real HTTP. */
class IntegrationsE2ETest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static EchoBackend backend;
  private static Served rest;
  private static Served http;
  private static Served cors;
  private static int deadPort;

  @BeforeAll
  static void start() throws Exception {
    backend = new EchoBackend();
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    rest =
        Served.dsl(
            "api shop: rest",
            "stage prod vars backend=" + backend.url(),
            "GET  /items/{id}      -> http GET ${stageVariables.backend}/items/{id}",
            "  request-param integration.request.path.id=method.request.path.id",
            "  request-param integration.request.header.x-static='fixed'",
            "ANY  /proxy/{proxy+}  -> http ANY " + backend.url() + "/{proxy}",
            "GET  /slow            -> http GET " + backend.url() + "/slow/3000 timeout=300ms",
            "GET  /down            -> http GET http://127.0.0.1:" + deadPort + "/",
            "GET  /teapot          -> http GET " + backend.url() + "/status/418",
            "GET  /mock            -> mock",
            "  request-template application/json {\"statusCode\": 201}",
            "  response default 200",
            "  response 201 201",
            "    header X-Mock=\"'yes'\"",
            "    template application/json {\"created\": true}",
            "    template application/xml <created/>",
            "GET  /lambda          -> aws uri=arn:aws:apigateway:us-east-1:states:action/StartExecution",
            "POST /custom/{id}     -> http-custom POST " + backend.url() + "/orders/{id}",
            "  request-param integration.request.path.id=method.request.path.id",
            "  request-param integration.request.header.x-order=method.request.querystring.tag",
            "  request-template application/json {\"order\": $input.json('$.item'), \"stage\": \"$context.stage\"}",
            "  response default 200",
            "    header X-Backend-Path=integration.response.body.path",
            "    template application/json {\"sentBody\": $input.json('$.body')}",
            "POST /teapot          -> http-custom GET " + backend.url() + "/status/418",
            "  response default 200",
            "  response 4\\d{2} 400",
            "    template application/json {\"error\": \"backend refused\"}");
    cors =
        Served.dsl(
            "api shop: http",
            "cors origins=https://app.example.com methods=GET,POST headers=Content-Type max-age=600 credentials expose=X-Backend",
            "GET /items/{id}  -> http GET " + backend.url() + "/items/{id}");
    http =
        Served.dsl(
            "api shop: http",
            "cors origins=https://app.example.com",
            "GET /items/{id}  -> http GET " + backend.url() + "/items/{id}",
            "GET /slow        -> http GET " + backend.url() + "/slow/3000 timeout=300ms",
            "$default         -> http ANY " + backend.url());
  }

  @AfterAll
  static void stop() {
    rest.close();
    http.close();
    cors.close();
    backend.close();
  }

  @Test
  void httpProxyPassesPathQueryHeadersAndBody() throws Exception {
    HttpResponse<String> response =
        rest.send(
            "POST",
            "/prod/proxy/a/b%20c?x=1&x=2",
            HttpRequest.BodyPublishers.ofString("hello"),
            "X-Custom",
            "value");

    JsonNode echo = JSON.readTree(response.body());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(echo.get("method").asText()).isEqualTo("POST");
    assertThat(echo.get("path").asText()).isEqualTo("/a/b%20c");
    assertThat(echo.get("query").asText()).isEqualTo("x=1&x=2");
    assertThat(echo.get("body").asText()).isEqualTo("hello");
    assertThat(echo.get("headers").get("x-custom").asText()).isEqualTo("value");
    assertThat(echo.get("headers").get("x-amzn-apigateway-api-id").asText()).isEqualTo("local");
    assertThat(response.headers().firstValue("X-Backend")).contains("echo");
  }

  /** Stage variables and REST parameter mappings build the backend request. */
  @Test
  void stageVariablesAndParameterMappings() throws Exception {
    JsonNode echo = JSON.readTree(rest.get("/prod/items/42").body());

    assertThat(echo.get("path").asText()).isEqualTo("/items/42");
    assertThat(echo.get("headers").get("x-static").asText()).isEqualTo("fixed");
  }

  /**
   * test_apigateway_integrations {@code test_apigateway_header_remapping_http[HTTP_PROXY]}: the
   * backend's Server, Date, Connection and Content-Length come back remapped on REST APIs.
   */
  @Test
  void restRemapsTheBackendsServerHeaders() throws Exception {
    HttpResponse<String> response = rest.get("/prod/items/1");

    assertThat(response.headers().firstValue("x-amzn-Remapped-Server")).contains("echo/1.0");
    assertThat(response.headers().firstValue("x-amzn-Remapped-Date")).isPresent();
    assertThat(response.headers().firstValue("Server")).isEmpty();
  }

  @Test
  void theBackendsStatusPassesThrough() throws Exception {
    assertThat(rest.get("/prod/teapot").statusCode()).isEqualTo(418);
  }

  @Test
  void integrationTimeouts() throws Exception {
    HttpResponse<String> restTimeout = rest.get("/prod/slow");
    HttpResponse<String> httpTimeout = http.get("/slow");

    assertThat(restTimeout.statusCode()).isEqualTo(504);
    assertThat(restTimeout.body()).isEqualTo("{\"message\": \"Endpoint request timed out\"}");
    assertThat(httpTimeout.statusCode()).isEqualTo(503);
    assertThat(httpTimeout.body()).isEqualTo("{\"message\":\"Service Unavailable\"}");
  }

  /** test_apigateway_integrations: a failed HTTP integration is 500 Internal server error. */
  @Test
  void anUnreachableBackend() throws Exception {
    HttpResponse<String> response = rest.get("/prod/down");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(response.headers().firstValue("x-amzn-ErrorType"))
        .contains("InternalServerErrorException");
  }

  /** api-gateway-mock-integration.md: the request template picks the status, then the response. */
  @Test
  void mockSelectsItsResponseByStatus() throws Exception {
    HttpResponse<String> json = rest.get("/prod/mock");
    HttpResponse<String> xml = rest.get("/prod/mock", "Accept", "application/xml");

    assertThat(json.statusCode()).isEqualTo(201);
    assertThat(json.body()).isEqualTo("{\"created\": true}");
    assertThat(json.headers().firstValue("X-Mock")).contains("yes");
    assertThat(xml.body()).isEqualTo("<created/>");
    assertThat(xml.headers().firstValue("Content-Type")).contains("application/xml");
  }

  @Test
  void integrationsNotRunYetAreAConfigurationError() throws Exception {
    HttpResponse<String> response = rest.get("/prod/lambda");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(rest.accessLog()).isNotEmpty();
  }

  /**
   * An HTTP custom integration (api-gateway-mapping-template-reference.md,
   * request-response-data-mappings.md): the request template makes the backend's body, mappings its
   * path and headers; the response template and header mapping shape the answer.
   */
  @Test
  void httpCustomIntegrationMapsBothWays() throws Exception {
    HttpResponse<String> response =
        rest.send(
            "POST",
            "/prod/custom/7?tag=rush",
            HttpRequest.BodyPublishers.ofString("{\"item\": {\"sku\": \"A1\"}}"),
            "Content-Type",
            "application/json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Backend-Path")).contains("/orders/7");
    JsonNode sent = JSON.readTree(JSON.readTree(response.body()).get("sentBody").asText());
    assertThat(sent.get("order").get("sku").asText()).isEqualTo("A1");
    assertThat(sent.get("stage").asText()).isEqualTo("prod");
  }

  /** A backend status selects the integration response by its pattern. */
  @Test
  void httpCustomSelectsTheResponseByTheBackendStatus() throws Exception {
    HttpResponse<String> response =
        rest.send("POST", "/prod/teapot", HttpRequest.BodyPublishers.noBody());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"error\": \"backend refused\"}");
  }

  /** http-api-develop-routes.md: $default sends the full request path to the integration. */
  @Test
  void httpApiDefaultRouteSendsTheWholePath() throws Exception {
    JsonNode echo = JSON.readTree(http.get("/store/checkout?cart=1").body());

    assertThat(echo.get("path").asText()).isEqualTo("/store/checkout");
    assertThat(echo.get("query").asText()).isEqualTo("cart=1");
  }

  /** http-api-cors.md: preflight answered by API Gateway, CORS headers added to answers. */
  @Test
  void httpApiCors() throws Exception {
    HttpResponse<String> preflight =
        cors.send(
            "OPTIONS",
            "/items/1",
            HttpRequest.BodyPublishers.noBody(),
            "Origin",
            "https://app.example.com",
            "Access-Control-Request-Method",
            "GET");
    HttpResponse<String> actual = cors.get("/items/1", "Origin", "https://app.example.com");
    HttpResponse<String> stranger = cors.get("/items/1", "Origin", "https://evil.example.com");

    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
        .contains("https://app.example.com");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).contains("GET,POST");
    assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).contains("600");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).contains("true");
    assertThat(actual.headers().firstValue("Access-Control-Allow-Origin"))
        .contains("https://app.example.com");
    assertThat(actual.headers().firstValue("Access-Control-Expose-Headers")).contains("X-Backend");
    assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  /**
   * http-api-cors.md: the $default route catches every request no other route takes, OPTIONS
   * preflights included.
   */
  @Test
  void theDefaultRouteTakesPreflights() throws Exception {
    HttpResponse<String> preflight =
        http.send(
            "OPTIONS",
            "/items/1",
            HttpRequest.BodyPublishers.noBody(),
            "Origin",
            "https://app.example.com",
            "Access-Control-Request-Method",
            "GET");

    assertThat(JSON.readTree(preflight.body()).get("method").asText()).isEqualTo("OPTIONS");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
        .contains("https://app.example.com");
  }

  /** limits.md: 10 MB payload; REST answers 413. */
  @Test
  void payloadsOverTenMegabytesAreRefused() throws Exception {
    byte[] big = new byte[10 * 1024 * 1024 + 1];

    HttpResponse<String> restResponse =
        rest.send("POST", "/prod/proxy/x", HttpRequest.BodyPublishers.ofByteArray(big));
    HttpResponse<String> httpResponse =
        http.send("POST", "/anything", HttpRequest.BodyPublishers.ofByteArray(big));

    assertThat(restResponse.statusCode()).isEqualTo(413);
    assertThat(restResponse.body()).isEqualTo("{\"message\": \"Request Too Long\"}");
    assertThat(httpResponse.statusCode()).isEqualTo(413);
    assertThat(httpResponse.body()).isEqualTo("{\"message\":\"Request Entity Too Large\"}");
  }
}
