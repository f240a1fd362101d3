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

/** {@code apigw serve} run in-process on port 0 and called over HTTP. */
class ServeTest {
  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)(\\S*)/\\n");
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** A running {@code serve}; closing it interrupts the command as Ctrl-C would. */
  private static final class Running implements AutoCloseable {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicInteger code = new AtomicInteger(-1);
    final Thread thread;

    Running(String... args) {
      thread =
          new Thread(
              () ->
                  code.set(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args)));
      thread.start();
    }

    String awaitOutput(String text) throws InterruptedException {
      for (int i = 0; i < 200 && !out.toString().contains(text) && thread.isAlive(); i++) {
        Thread.sleep(50);
      }
      assertThat(out.toString()).as("stderr: %s", err).contains(text);
      return out.toString();
    }

    @Override
    public void close() throws InterruptedException {
      thread.interrupt();
      thread.join(10_000);
    }
  }

  @Test
  void servesTheSampleAndPrintsItsRoutesAndUrl() throws Exception {
    try (Running serve = new Running("serve", Cli.sample("petstore.apigw"), "--port", "0")) {
      String output = serve.awaitOutput("Press Ctrl-C to stop.");
      Matcher url = URL.matcher(output);
      assertThat(url.find()).isTrue();
      assertThat(url.group(2)).isEqualTo("/prod");

      HttpResponse<String> root = get(url.group(1) + "/prod/");

      assertThat(output).contains("GET     /pets/{petId}");
      assertThat(root.statusCode()).isEqualTo(200);
      assertThat(root.body()).contains("Welcome to your Pet Store API");
      serve.close();
      assertThat(serve.code.get()).isZero();
    }
  }

  @Test
  void anUnknownStageIsAUsageMistake() {
    Cli.Result result =
        Cli.run("serve", Cli.sample("petstore.apigw"), "--port", "0", "--stage", "qa");

    assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("no stage `qa`", "`prod`");
  }

  @Test
  void watchReloadsEditsAndKeepsServingThroughBadOnes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("api.apigw");
    Files.writeString(file, "api live: http\nGET /a -> mock 200 {\"v\": 1}\n");
    try (Running serve =
        new Running("serve", file.toString(), "--port", "0", "--watch", "--access-log", "off")) {
      Matcher url = URL.matcher(serve.awaitOutput("Press Ctrl-C to stop."));
      assertThat(url.find()).isTrue();
      String base = url.group(1);
      assertThat(get(base + "/a").body()).isEqualTo("{\"v\": 1}");

      Thread.sleep(1_100); // file times may have a one-second resolution
      Files.writeString(
          file, "api live: http\nGET /a -> mock 200 {\"v\": 2}\nGET /b -> mock 200\n");
      serve.awaitOutput("Reloaded");

      assertThat(get(base + "/a").body()).isEqualTo("{\"v\": 2}");
      assertThat(get(base + "/b").statusCode()).isEqualTo(200);

      Thread.sleep(1_100);
      Files.writeString(file, "api live: http\nGET /a -> lamda oops\n");
      for (int i = 0; i < 100 && !serve.err.toString().contains("previous version"); i++) {
        Thread.sleep(50);
      }

      assertThat(serve.err.toString())
          .contains("did you mean `lambda`?", "still serving the previous version");
      assertThat(get(base + "/a").body()).isEqualTo("{\"v\": 2}");
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
