package io.apigw.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.local.LocalGateway;
import io.apigw.local.gateway.AccessLog;
import io.apigw.model.Api;
import io.apigw.model.Parsed;
import io.apigw.model.dsl.Dsl;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local gateway started for a test on port 0 from DSL lines, and a real HTTP client to call it.
 */
final class Served implements AutoCloseable {
  final LocalGateway gateway;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Served(LocalGateway gateway, List<String> sink) {
    this.gateway = gateway;
    this.sink = sink;
  }

  static Served dsl(String... lines) {
    return dsl(LocalGateway.Options.defaults(), lines);
  }

  static Served dsl(LocalGateway.Options options, String... lines) {
    return dsl(Path.of("."), options, lines);
  }

  /** Serves DSL lines whose function code paths are relative to {@code baseDir}. */
  static Served dsl(Path baseDir, LocalGateway.Options options, String... lines) {
    Parsed<Api> parsed = Dsl.reader().read("test.apigw", String.join("\n", lines) + "\n");
    assertThat(parsed.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
    List<String> sink = new CopyOnWriteArrayList<>();
    LocalGateway gateway =
        LocalGateway.start(
            parsed.value(), baseDir, options.withAccessLog(AccessLog.Style.CLF, sink::add));
    return new Served(gateway, sink);
  }

  private final List<String> sink;

  /** The access log lines written so far. */
  List<String> accessLog() {
    return sink;
  }

  String base() {
    return "http://127.0.0.1:" + gateway.port();
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    return send("GET", path, HttpRequest.BodyPublishers.noBody(), headers);
  }

  HttpResponse<String> send(
      String method, String path, HttpRequest.BodyPublisher body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .timeout(Duration.ofSeconds(60))
            .method(method, body);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a request and reads the answer's body as the bytes that came. */
  HttpResponse<byte[]> sendForBytes(
      String method, String path, HttpRequest.BodyPublisher body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .timeout(Duration.ofSeconds(60))
            .method(method, body);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Override
  public void close() {
    gateway.close();
  }
}
