package io.apigw.local.lambda;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.function.Function;

/**
 * The Lambda Runtime API (version 2018-06-01) for one execution environment, on 127.0.0.1 and a
 * port of its own, so that {@code AWS_LAMBDA_RUNTIME_API} is a plain {@code host:port} and every
 * call is known to come from that environment's process.
 */
final class RuntimeApiServer {
  /** Lambda's limit for a synchronous response payload. */
  static final int MAX_PAYLOAD = 6 * 1024 * 1024;

  private static final String PREFIX = "/2018-06-01/runtime/";

  /** What the server asks of the environment behind it. Called on a Vert.x event loop. */
  interface Runtime {
    /** The runtime asks for its next event; answer through {@code call}, now or later. */
    void next(NextCall call);

    Answer response(String requestId, byte[] body);

    Answer error(String requestId, byte[] body, String errorTypeHeader);

    Answer initError(byte[] body, String errorTypeHeader);

    /** The runtime posted more than {@link #MAX_PAYLOAD} bytes for this request. */
    Answer tooLarge(String requestId);
  }

  /** How the server answers a post, as Lambda's Runtime API does. */
  enum Answer {
    ACCEPTED(202, "{\"status\":\"OK\"}"),
    INVALID_REQUEST_ID(
        400, "{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}"),
    INVALID_STATE(
        403,
        "{\"errorMessage\":\"State transition is not allowed\","
            + "\"errorType\":\"InvalidStateTransition\"}"),
    TOO_LARGE(
        413,
        "{\"errorMessage\":\"Payload exceeds "
            + MAX_PAYLOAD
            + " bytes\",\"errorType\":\"RequestEntityTooLarge\"}"),
    CONTAINER_ERROR(
        500,
        "{\"errorMessage\":\"Container error, the runtime should exit\","
            + "\"errorType\":\"Runtime.ContainerError\"}");

    final int status;
    final String body;

    Answer(int status, String body) {
      this.status = status;
      this.body = body;
    }
  }

  /** A parked {@code GET /runtime/invocation/next}. */
  static final class NextCall {
    private final HttpServerRequest request;

    NextCall(HttpServerRequest request) {
      this.request = request;
    }

    void send(Invocation invocation, long deadlineEpochMillis) {
      HttpServerResponse response = request.response();
      response
          .putHeader("Content-Type", "application/json")
          .putHeader("Lambda-Runtime-Aws-Request-Id", invocation.id())
          .putHeader("Lambda-Runtime-Deadline-Ms", Long.toString(deadlineEpochMillis))
          .putHeader("Lambda-Runtime-Invoked-Function-Arn", invocation.functionArn())
          .putHeader("Lambda-Runtime-Trace-Id", invocation.traceId());
      response.end(Buffer.buffer(invocation.payload()));
    }

    void reject(Answer answer) {
      answer(request, answer);
    }
  }

  private final HttpServer server;

  private RuntimeApiServer(HttpServer server) {
    this.server = server;
  }

  static Future<RuntimeApiServer> start(Vertx vertx, Runtime runtime) {
    HttpServer server = vertx.createHttpServer(new HttpServerOptions().setIdleTimeout(0));
    server.requestHandler(request -> handle(request, runtime));
    return server.listen(0, "127.0.0.1").map(RuntimeApiServer::new);
  }

  int port() {
    return server.actualPort();
  }

  Future<Void> close() {
    return server.close();
  }

  private static void handle(HttpServerRequest request, Runtime runtime) {
    String path = request.path();
    if (!path.startsWith(PREFIX)) {
      notFound(request);
      return;
    }
    String rest = path.substring(PREFIX.length());
    try {
      if (rest.equals("invocation/next")) {
        if (request.method() != HttpMethod.GET) {
          methodNotAllowed(request);
        } else {
          runtime.next(new NextCall(request));
        }
      } else if (rest.equals("init/error")) {
        post(request, null, body -> runtime.initError(body, errorType(request)), runtime);
      } else if (rest.startsWith("invocation/") && rest.endsWith("/response")) {
        String id = rest.substring("invocation/".length(), rest.length() - "/response".length());
        post(request, id, body -> runtime.response(id, body), runtime);
      } else if (rest.startsWith("invocation/") && rest.endsWith("/error")) {
        String id = rest.substring("invocation/".length(), rest.length() - "/error".length());
        post(request, id, body -> runtime.error(id, body, errorType(request)), runtime);
      } else {
        notFound(request);
      }
    } catch (RuntimeException e) {
      answer(request, Answer.CONTAINER_ERROR);
    }
  }

  private static String errorType(HttpServerRequest request) {
    return request.getHeader("Lambda-Runtime-Function-Error-Type");
  }

  /** Reads the body up to {@link #MAX_PAYLOAD}; past it, drains the rest and answers 413. */
  private static void post(
      HttpServerRequest request,
      String requestId,
      Function<byte[], Answer> handler,
      Runtime runtime) {
    if (request.method() != HttpMethod.POST) {
      methodNotAllowed(request);
      return;
    }
    Buffer body = Buffer.buffer();
    boolean[] tooLarge = {false};
    request.handler(
        chunk -> {
          if (tooLarge[0] || body.length() + chunk.length() > MAX_PAYLOAD) {
            tooLarge[0] = true;
          } else {
            body.appendBuffer(chunk);
          }
        });
    request.endHandler(
        v -> {
          try {
            if (tooLarge[0]) {
              if (requestId != null) {
                runtime.tooLarge(requestId);
              }
              answer(request, Answer.TOO_LARGE);
            } else {
              answer(request, handler.apply(body.getBytes()));
            }
          } catch (RuntimeException e) {
            answer(request, Answer.CONTAINER_ERROR);
          }
        });
  }

  private static void answer(HttpServerRequest request, Answer answer) {
    request
        .response()
        .setStatusCode(answer.status)
        .putHeader("Content-Type", "application/json")
        .end(answer.body);
  }

  private static void notFound(HttpServerRequest request) {
    request
        .response()
        .setStatusCode(404)
        .putHeader("Content-Type", "application/json")
        .end("{\"errorMessage\":\"Unknown path\",\"errorType\":\"NotFound\"}");
  }

  private static void methodNotAllowed(HttpServerRequest request) {
    request
        .response()
        .setStatusCode(405)
        .putHeader("Content-Type", "application/json")
        .end("{\"errorMessage\":\"Method not allowed\",\"errorType\":\"MethodNotAllowed\"}");
  }
}
