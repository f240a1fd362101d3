package io.apigw.local.lambda;

import static io.apigw.local.lambda.Harness.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.local.lambda.InvokeResult.Outcome;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link RemoteLambda} against a small Lambda Invoke endpoint on loopback that answers as Lambda
 * does.
 */
class RemoteLambdaTest {
  private static final Pattern INVOKE =
      Pattern.compile("/2015-03-31/functions/([^/]+)/invocations");

  private static Vertx vertx;
  private static HttpServer fakeLambda;
  private static RemoteLambda remote;
  private static final List<String> authorizations = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    fakeLambda =
        vertx
            .createHttpServer()
            .requestHandler(
                request -> request.body().onSuccess(body -> answer(request, body.getBytes())))
            .listen(0, "127.0.0.1")
            .await();
    remote =
        RemoteLambda.create(
            URI.create("http://127.0.0.1:" + fakeLambda.actualPort()),
            "eu-central-1",
            Duration.ofMillis(800));
  }

  @AfterAll
  static void stop() {
    remote.close();
    vertx.close().await();
  }

  private static void answer(HttpServerRequest request, byte[] body) {
    authorizations.add(String.valueOf(request.getHeader("Authorization")));
    Matcher m = INVOKE.matcher(request.path());
    String function = m.matches() && request.method().name().equals("POST") ? m.group(1) : "";
    var response = request.response().putHeader("Content-Type", "application/json");
    switch (function) {
      case "echo" ->
          response
              .putHeader("X-Amz-Executed-Version", "$LATEST")
              .end(new String(body, StandardCharsets.UTF_8));
      case "fails" ->
          response
              .putHeader("X-Amz-Function-Error", "Unhandled")
              .end("{\"errorType\":\"TypeError\",\"errorMessage\":\"bad input\",\"trace\":[]}");
      case "timesout" ->
          response
              .putHeader("X-Amz-Function-Error", "Unhandled")
              .end(
                  "{\"errorMessage\":\"2025-01-01T00:00:03.004Z 8476a536 Task timed out after"
                      + " 3.00 seconds\"}");
      case "crashes" ->
          response
              .putHeader("X-Amz-Function-Error", "Unhandled")
              .end(
                  "{\"errorType\":\"Runtime.ExitError\",\"errorMessage\":\"RequestId: 8476a536"
                      + " Error: Runtime exited with error: exit status 1\"}");
      case "slow" -> vertx.setTimer(5000, t -> response.end("\"too late\""));
      default ->
          response
              .setStatusCode(404)
              .putHeader("x-amzn-ErrorType", "ResourceNotFoundException")
              .end(
                  "{\"Type\":\"User\",\"message\":\"Function not found:"
                      + " arn:aws:lambda:eu-central-1:123456789012:function:"
                      + function
                      + "\"}");
    }
  }

  @Test
  void returnsThePayloadOfASignedInvoke() throws Exception {
    // when
    InvokeResult result = remote.invoke("echo", "{\"a\":1}".getBytes()).get(10, TimeUnit.SECONDS);

    // then
    assertOutcome(result).isEqualTo(Outcome.OK);
    assertThat(Harness.text(result)).isEqualTo("{\"a\":1}");
    assertThat(authorizations)
        .last()
        .asString()
        .startsWith("AWS4-HMAC-SHA256 Credential=")
        .contains("/eu-central-1/lambda/aws4_request");
  }

  @Test
  void anUnhandledFunctionErrorIsAFunctionErrorWithTypeAndMessage() throws Exception {
    // when
    InvokeResult result = remote.invoke("fails", "{}".getBytes()).get(10, TimeUnit.SECONDS);

    // then
    assertOutcome(result).isEqualTo(Outcome.FUNCTION_ERROR);
    assertThat(result.errorType()).isEqualTo("TypeError");
    assertThat(result.errorMessage()).isEqualTo("bad input");
    assertThat(Harness.json(result).get("errorType").asText()).isEqualTo("TypeError");
  }

  @Test
  void lambdasOwnTimeoutIsATimeout() throws Exception {
    // when
    InvokeResult result = remote.invoke("timesout", "{}".getBytes()).get(10, TimeUnit.SECONDS);

    // then
    assertOutcome(result).isEqualTo(Outcome.TIMEOUT);
    assertThat(result.errorMessage()).endsWith("Task timed out after 3.00 seconds");
  }

  @Test
  void aRuntimeThatExitedIsACrash() throws Exception {
    // when
    InvokeResult result = remote.invoke("crashes", "{}".getBytes()).get(10, TimeUnit.SECONDS);

    // then
    assertOutcome(result).isEqualTo(Outcome.CRASHED);
    assertThat(result.errorType()).isEqualTo("Runtime.ExitError");
  }

  @Test
  void noAnswerWithinTheTimeoutIsATimeout() throws Exception {
    // when
    InvokeResult result = remote.invoke("slow", "{}".getBytes()).get(10, TimeUnit.SECONDS);

    // then
    assertOutcome(result).isEqualTo(Outcome.TIMEOUT);
    assertThat(result.durationMillis()).isBetween(700L, 4000L);
  }

  @Test
  void anUnknownFunctionIsNotFound() throws Exception {
    // when
    InvokeResult result = remote.invoke("nobody", "{}".getBytes()).get(10, TimeUnit.SECONDS);

    // then
    assertOutcome(result).isEqualTo(Outcome.NOT_FOUND);
    assertThat(result.errorMessage()).contains("function:nobody");
  }
}
