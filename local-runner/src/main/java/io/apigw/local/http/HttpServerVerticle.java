package io.apigw.local.http;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The HTTP layer: turns bytes into a {@link Request} and a {@link Response} back into bytes. One
 * instance per event loop shares the port. It knows nothing of API Gateway beyond the size limit.
 */
public final class HttpServerVerticle extends AbstractVerticle {
  /** What the server asks of the gateway. */
  public interface Handler {
    CompletableFuture<Response> handle(Request request);

    /** The answer to a request whose body is over {@code maxBodyBytes}; the body is not read. */
    Response tooLarge(Request request);
  }

  private final String host;
  private final int port;
  private final long maxBodyBytes;
  private final Handler handler;
  private HttpServer server;
  private Thread loop;

  public HttpServerVerticle(String host, int port, long maxBodyBytes, Handler handler) {
    this.host = host;
    this.port = port;
    this.maxBodyBytes = maxBodyBytes;
    this.handler = handler;
  }

  /** The port bound, once started. */
  public int actualPort() {
    return server.actualPort();
  }

  @Override
  public void start(Promise<Void> started) {
    loop = Thread.currentThread();
    server =
        vertx.createHttpServer(
            new HttpServerOptions()
                .setHost(host)
                .setPort(port)
                .setTcpNoDelay(true)
                .setMaxInitialLineLength(16 * 1024)
                .setMaxHeaderSize(64 * 1024)
                .setReuseAddress(true));
    server.requestHandler(this::accept);
    server.listen().<Void>mapEmpty().onComplete(started);
  }

  private void accept(HttpServerRequest incoming) {
    long receivedAt = System.currentTimeMillis();
    String declared = incoming.getHeader("Content-Length");
    Buffer body = Buffer.buffer();
    // A body over the limit is read and dropped before the answer goes out: a client still
    // sending when the connection closes would lose the answer to a reset.
    boolean[] tooLarge = {declared != null && parse(declared) > maxBodyBytes};
    incoming.handler(
        chunk -> {
          if (tooLarge[0]) {
            return;
          }
          if (body.length() + chunk.length() > maxBodyBytes) {
            tooLarge[0] = true;
            return;
          }
          body.appendBuffer(chunk);
        });
    incoming.endHandler(
        end -> {
          Request request =
              request(incoming, tooLarge[0] ? new byte[0] : body.getBytes(), receivedAt);
          if (tooLarge[0]) {
            write(incoming, handler.tooLarge(request), true);
            return;
          }
          handler
              .handle(request)
              .whenComplete(
                  (response, failure) -> {
                    Response answer =
                        failure == null
                            ? response
                            : Response.of(
                                500, Headers.empty(), "{\"message\":\"Internal Server Error\"}");
                    // Most answers complete on this loop (a mock, a backend on a connection of
                    // this loop): write them now rather than as one more task for the loop.
                    if (Thread.currentThread() == loop) {
                      write(incoming, answer, false);
                    } else {
                      context.runOnContext(v -> write(incoming, answer, false));
                    }
                  });
        });
  }

  private static Request request(HttpServerRequest incoming, byte[] body, long receivedAt) {
    Headers.Builder headers = Headers.builder();
    for (Map.Entry<String, String> header : incoming.headers()) {
      headers.add(header.getKey(), header.getValue());
    }
    String uri = incoming.uri();
    int question = uri.indexOf('?');
    String path = question < 0 ? uri : uri.substring(0, question);
    String query = question < 0 ? "" : uri.substring(question + 1);
    String remote =
        incoming.remoteAddress() == null ? "127.0.0.1" : incoming.remoteAddress().hostAddress();
    String protocol =
        switch (incoming.version()) {
          case HTTP_1_0 -> "HTTP/1.0";
          case HTTP_2 -> "HTTP/2.0";
          default -> "HTTP/1.1";
        };
    return new Request(
        incoming.method().name(), path, query, headers.build(), body, remote, protocol, receivedAt);
  }

  private static void write(HttpServerRequest incoming, Response response, boolean close) {
    HttpServerResponse out = incoming.response();
    if (out.ended() || out.closed()) {
      return;
    }
    out.setStatusCode(response.status());
    for (Map.Entry<String, String> header : response.headers().entries()) {
      out.headers().add(header.getKey(), header.getValue());
    }
    if (close) {
      out.putHeader("Connection", "close");
    }
    out.end(Buffer.buffer(response.body()))
        .onComplete(
            ended -> {
              // The unread body of a refused request must not be taken for the next request.
              if (close && incoming.connection() != null) {
                incoming.connection().close();
              }
            });
  }

  private static long parse(String number) {
    try {
      return Long.parseLong(number.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public void stop(Promise<Void> stopped) {
    server.close().onComplete(stopped);
  }
}
