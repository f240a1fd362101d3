package io.apigw.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigw.local.LocalGateway;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lambda integrations through the whole gateway, with real Node, Python and Java functions run by
 * the local Lambda Runtime API, called over real HTTP.
 */
class LambdaE2ETest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static Served rest;
  private static Served http;

  @BeforeAll
  static void start() throws Exception {
    Path node = Files.createDirectories(dir.resolve("node"));
    Files.writeString(
        node.resolve("index.js"),
        String.join(
            "\n",
            "exports.echo = async (event, context) => ({",
            "  statusCode: 200,",
            "  headers: { 'content-type': 'application/json', 'x-request': context.awsRequestId },",
            "  multiValueHeaders: { 'x-multi': ['a', 'b'] },",
            "  body: JSON.stringify({ path: event.path, resource: event.resource,",
            "    pathParameters: event.pathParameters, stage: event.requestContext.stage,",
            "    query: event.multiValueQueryStringParameters, body: event.body }),",
            "});",
            "exports.crash = async () => { process.exit(3); };",
            "exports.hang = () => new Promise(() => {});",
            "exports.slow = async () => { await new Promise(r => setTimeout(r, 2000)); return { statusCode: 200, body: 'late' }; };",
            "exports.malformed = async () => ({ statusCode: 'not a number', body: 5 });",
            "exports.custom = async (event) => {",
            "  if (event.name === 'fail') throw new Error('Bad name: fail');",
            "  return { greeting: 'hello ' + event.name };",
            "};",
            ""));
    Path python = Files.createDirectories(dir.resolve("python"));
    Files.writeString(
        python.resolve("app.py"),
        String.join(
            "\n",
            "def handler(event, context):",
            "    return {'routeKey': event['routeKey'], 'rawPath': event['rawPath'],",
            "            'version': event['version'], 'remaining': context.get_remaining_time_in_millis() > 0}",
            ""));
    Path jar = javaHandler(dir.resolve("java"));
    rest =
        Served.dsl(
            dir,
            LocalGateway.Options.defaults(),
            "api lambdas: rest",
            "stage prod",
            "function echo: nodejs20.x handler=index.echo code=node/",
            "function crash: nodejs20.x handler=index.crash code=node/",
            "function hang: nodejs20.x handler=index.hang code=node/ timeout=1s",
            "function slow: nodejs20.x handler=index.slow code=node/ timeout=10s",
            "function malformed: nodejs20.x handler=index.malformed code=node/",
            "function custom: nodejs20.x handler=index.custom code=node/",
            "function java: java17 handler=example.Hello code=" + dir.relativize(jar),
            "GET  /echo/{id}   -> lambda echo",
            "POST /echo/{id}   -> lambda echo",
            "GET  /crash       -> lambda crash",
            "GET  /hang        -> lambda hang",
            "GET  /slow        -> lambda slow timeout=500ms",
            "GET  /malformed   -> lambda malformed",
            "GET  /java        -> lambda java",
            "POST /greet       -> lambda-custom custom",
            "  request-template application/json {\"name\": $input.json('$.name')}",
            "  response default 200",
            "    template application/json {\"message\": \"$input.path('$.greeting')\"}",
            "  response \"Bad name.*\" 400",
            "    template application/json {\"error\": \"$input.path('$.errorMessage')\"}",
            "GET  /nobody      -> lambda uri=arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:nobody/invocations");
    http =
        Served.dsl(
            dir,
            LocalGateway.Options.defaults(),
            "api lambdas: http",
            "function py: python3.11 handler=app.handler code=python/",
            "function malformed: nodejs20.x handler=index.malformed code=node/",
            "GET /py/{x}      -> lambda py payload=2.0",
            "GET /malformed   -> lambda malformed payload=2.0");
  }

  @AfterAll
  static void stop() {
    rest.close();
    http.close();
  }

  /** set-up-lambda-proxy-integrations.md: the REST 1.0 event in, the proxy response out. */
  @Test
  void nodeProxyFunctionSeesTheRestEventAndShapesTheResponse() throws Exception {
    HttpResponse<String> response =
        rest.send("POST", "/prod/echo/42?tag=a&tag=b", HttpRequest.BodyPublishers.ofString("hi"));

    JsonNode body = JSON.readTree(response.body());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.get("path").asText()).isEqualTo("/echo/42");
    assertThat(body.get("resource").asText()).isEqualTo("/echo/{id}");
    assertThat(body.get("pathParameters").get("id").asText()).isEqualTo("42");
    assertThat(body.get("stage").asText()).isEqualTo("prod");
    assertThat(body.get("query").get("tag")).hasSize(2);
    assertThat(body.get("body").asText()).isEqualTo("hi");
    assertThat(response.headers().allValues("x-multi")).isNotEmpty();
    assertThat(response.headers().firstValue("x-request")).isPresent();
  }

  /**
   * http-api-develop-integrations-lambda.md: payload 2.0, and a result without statusCode is a 200
   * JSON body.
   */
  @Test
  void pythonFunctionOnPayloadTwo() throws Exception {
    HttpResponse<String> response = http.get("/py/7");

    JsonNode body = JSON.readTree(response.body());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).contains("application/json");
    assertThat(body.get("routeKey").asText()).isEqualTo("GET /py/{x}");
    assertThat(body.get("rawPath").asText()).isEqualTo("/py/7");
    assertThat(body.get("version").asText()).isEqualTo("2.0");
    assertThat(body.get("remaining").asBoolean()).isTrue();
  }

  @Test
  void javaFunctionFromAJarBuiltHere() throws Exception {
    HttpResponse<String> response = rest.get("/prod/java");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("hello from java /java");
  }

  /** test_apigateway_lambda test_aws_proxy_response_payload_format_validation: 502 / 500. */
  @Test
  void malformedProxyResponses() throws Exception {
    HttpResponse<String> restResponse = rest.get("/prod/malformed");
    HttpResponse<String> httpResponse = http.get("/malformed");

    assertThat(restResponse.statusCode()).isEqualTo(502);
    assertThat(restResponse.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(httpResponse.statusCode()).isEqualTo(500);
    assertThat(httpResponse.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");
  }

  @Test
  void aCrashingFunctionIsA502AndIsRestarted() throws Exception {
    HttpResponse<String> first = rest.get("/prod/crash");
    HttpResponse<String> second = rest.get("/prod/crash");

    assertThat(first.statusCode()).isEqualTo(502);
    assertThat(second.statusCode()).isEqualTo(502);
    assertThat(rest.get("/prod/echo/1").statusCode()).isEqualTo(200);
  }

  @Test
  void aHangingFunctionTimesOutAtItsOwnTimeout() throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response = rest.get("/prod/hang");
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(millis).isBetween(900L, 8_000L);
    assertThat(rest.accessLog()).isNotEmpty();
  }

  @Test
  void theIntegrationTimeoutEndsAWaitForASlowFunction() throws Exception {
    HttpResponse<String> response = rest.get("/prod/slow");

    assertThat(response.statusCode()).isEqualTo(504);
    assertThat(response.body()).isEqualTo("{\"message\": \"Endpoint request timed out\"}");
  }

  @Test
  void anUndefinedFunctionIsAConfigurationError() throws Exception {
    assertThat(rest.get("/prod/nobody").statusCode()).isEqualTo(500);
  }

  /** A Lambda custom integration: templates both ways, errors selected by their message. */
  @Test
  void lambdaCustomIntegrationWithTemplates() throws Exception {
    HttpResponse<String> ok =
        rest.send(
            "POST",
            "/prod/greet",
            HttpRequest.BodyPublishers.ofString("{\"name\": \"Ada\"}"),
            "Content-Type",
            "application/json");
    HttpResponse<String> error =
        rest.send(
            "POST",
            "/prod/greet",
            HttpRequest.BodyPublishers.ofString("{\"name\": \"fail\"}"),
            "Content-Type",
            "application/json");

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("{\"message\": \"hello Ada\"}");
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.body()).isEqualTo("{\"error\": \"Bad name: fail\"}");
  }

  @Test
  void twoHundredConcurrentRequestsToOneFunction() throws Exception {
    List<CompletableFuture<Integer>> calls = new ArrayList<>();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(200);
    for (int i = 0; i < 200; i++) {
      int n = i;
      calls.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return rest.get("/prod/echo/" + n).statusCode();
                } catch (Exception e) {
                  return -1;
                }
              },
              pool));
    }

    List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();
    pool.shutdown();

    assertThat(statuses).hasSize(200).containsOnly(200);
  }

  private static Path javaHandler(Path dir) throws IOException, URISyntaxException {
    Path sources = Files.createDirectories(dir.resolve("src/example"));
    Files.writeString(
        sources.resolve("Hello.java"),
        String.join(
            "\n",
            "package example;",
            "import com.amazonaws.services.lambda.runtime.Context;",
            "import com.amazonaws.services.lambda.runtime.RequestHandler;",
            "import java.util.Map;",
            "public class Hello implements RequestHandler<Map<String, Object>, Map<String, Object>> {",
            "  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {",
            "    return Map.of(\"statusCode\", 200, \"body\", \"hello from java \" + event.get(\"path\"));",
            "  }",
            "}",
            ""));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    String core =
        Path.of(RequestHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int status =
        compiler.run(
            null,
            null,
            null,
            "-cp",
            core,
            "-d",
            classes.toString(),
            sources.resolve("Hello.java").toString());
    assertThat(status).isZero();
    Path jar = dir.resolve("hello.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(classes)) {
      for (Path path : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(path));
        out.closeEntry();
      }
    }
    return jar;
  }
}
