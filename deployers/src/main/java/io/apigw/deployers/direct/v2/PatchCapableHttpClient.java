package io.apigw.deployers.direct.v2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK HTTP client over the JDK's {@link HttpClient}. It exists because apigatewayv2 updates
 * every resource with PATCH (UpdateApi, UpdateRoute, UpdateIntegration, UpdateStage, ...), which
 * the SDK's URL connection client cannot send ({@code ProtocolException: Invalid HTTP method:
 * PATCH}, {@code HttpURLConnection} knows no PATCH), and the module leaves the Apache and Netty
 * clients out. Requests of these APIs are small JSON bodies, sent from memory.
 */
final class PatchCapableHttpClient implements SdkHttpClient {
  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED =
      Set.of("host", "content-length", "connection", "expect", "upgrade");

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      private volatile Thread caller;

      @Override
      public HttpExecuteResponse call() throws IOException {
        caller = Thread.currentThread();
        SdkHttpRequest r = request.httpRequest();
        byte[] body = new byte[0];
        if (request.contentStreamProvider().isPresent()) {
          try (InputStream in = request.contentStreamProvider().get().newStream()) {
            body = in.readAllBytes();
          }
        }
        HttpRequest.Builder send =
            HttpRequest.newBuilder(r.getUri())
                .timeout(Duration.ofSeconds(60))
                .method(
                    r.method().name(),
                    body.length == 0
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> header : r.headers().entrySet()) {
          if (!RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
            for (String value : header.getValue()) {
              send.header(header.getKey(), value);
            }
          }
        }
        HttpResponse<byte[]> response;
        try {
          response = http.send(send.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while calling " + r.getUri().getHost());
        }
        SdkHttpResponse.Builder answer =
            SdkHttpResponse.builder().statusCode(response.statusCode());
        response.headers().map().forEach(answer::putHeader);
        return HttpExecuteResponse.builder()
            .response(answer.build())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(response.body())))
            .build();
      }

      @Override
      public void abort() {
        Thread t = caller;
        if (t != null) {
          t.interrupt();
        }
      }
    };
  }

  @Override
  public String clientName() {
    return "JdkHttpClient";
  }

  @Override
  public void close() {
    // The JDK client frees its connections when it is no longer referenced.
  }
}
