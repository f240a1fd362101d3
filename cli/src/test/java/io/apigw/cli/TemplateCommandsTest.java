package io.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, routes, lint and serve on a SAM template (samples/sam/template.yaml). */
class TemplateCommandsTest {
  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)(\\S*)/\\n");
  private static final String SAMPLE = Cli.sample("sam/template.yaml");
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void validateReadsTheTemplate() {
    Cli.Result result = Cli.run("validate", SAMPLE);

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains("ok (REST API `ServerlessRestApi`, 4 routes)");
    assertThat(result.out() + result.err()).contains("`AWS::Region` is taken as `us-east-1` here");
  }

  @Test
  void routesListsTheRoutesOfTheFunctionEvents() {
    Cli.Result result = Cli.run("routes", SAMPLE);

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("GET     /todos       lambda TodosFunction")
        .contains("POST    /todos       lambda TodosFunction")
        .contains("GET     /health      lambda HealthFunction");
  }

  @Test
  void lintReportsAtTheTemplateLines() {
    Cli.Result result = Cli.run("lint", SAMPLE, "--format", "json");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains("W4006", "\"line\" : 39");
  }

  @Test
  void anUnresolvedValueIsReportedAndAParameterGivesIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("template.yaml");
    Files.writeString(
        file,
        """
        Parameters:
          StageName: {Type: String}
        Resources:
          Api:
            Type: AWS::Serverless::Api
            Properties:
              StageName: !Ref StageName
        """);

    Cli.Result without = Cli.run("validate", file.toString());
    Cli.Result with =
        Cli.run("routes", file.toString(), "--parameter", "StageName=v2", "--format", "json");

    assertThat(without.out() + without.err())
        .contains("template.yaml:7:18: warning: `StageName` cannot be resolved here")
        .contains("--parameter StageName=VALUE");
    assertThat(with.code()).as(with.err()).isZero();
    assertThat(with.err()).doesNotContain("cannot be resolved");
  }

  @Test
  void serveRunsTheTemplatesNodeAndPythonFunctions() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger code = new AtomicInteger(-1);
    Thread thread =
        new Thread(
            () ->
                code.set(
                    Main.run(
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        "serve",
                        SAMPLE,
                        "--port",
                        "0",
                        "--access-log",
                        "off")));
    thread.start();
    try {
      for (int i = 0;
          i < 400 && !out.toString().contains("Press Ctrl-C") && thread.isAlive();
          i++) {
        Thread.sleep(50);
      }
      Matcher url = URL.matcher(out.toString());
      assertThat(url.find()).as("out: %s%nerr: %s", out, err).isTrue();
      assertThat(url.group(2)).isEqualTo("/Prod");
      String base = url.group(1) + url.group(2);

      HttpResponse<String> todos = get(base + "/todos");
      HttpResponse<String> one = get(base + "/todos/2");
      HttpResponse<String> health = get(base + "/health");
      HttpResponse<String> created =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/todos"))
                  .timeout(Duration.ofSeconds(30))
                  .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"ship it\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(todos.statusCode()).as(todos.body()).isEqualTo(200);
      assertThat(todos.body()).contains("\"greeting\":\"hello\"", "Read the SAM template");
      assertThat(one.body()).contains("Serve it with apigw");
      assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
      assertThat(health.body()).contains("\"region\": \"us-east-1\"");
      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(created.body()).contains("ship it");
    } finally {
      thread.interrupt();
      thread.join(10_000);
    }
    assertThat(code.get()).isZero();
  }

  private HttpResponse<String> get(String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
