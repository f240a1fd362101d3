package io.apigw.local;

import io.apigw.local.gateway.AccessLog;
import io.apigw.local.gateway.GatewayError;
import io.apigw.local.gateway.ServedApi;
import io.apigw.local.http.HttpServerVerticle;
import io.apigw.local.http.Request;
import io.apigw.local.http.Response;
import io.apigw.local.lambda.FunctionInvoker;
import io.apigw.local.lambda.LocalLambda;
import io.apigw.local.lambda.RemoteLambda;
import io.apigw.model.Api;
import io.apigw.model.Stage;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A local API Gateway serving one API: {@link #start} binds the port and returns when it is ready;
 * {@link #reload} swaps in a changed definition without dropping the port; {@link #close} stops
 * everything it started.
 */
public final class LocalGateway implements AutoCloseable {
  /** API Gateway's payload limit: 10 MB (limits.md). */
  public static final long MAX_PAYLOAD_BYTES = 10L * 1024 * 1024;

  /**
   * How to serve.
   *
   * @param host the address to bind ({@code 127.0.0.1} by default: a local gateway is for this
   *     machine)
   * @param port the port, 0 for any free one
   * @param stage the one stage to serve, or null for all
   * @param stagePrefix whether stages are served under {@code /{stage}}, as on AWS
   * @param accessLog the access log format
   * @param log where access log lines and messages go
   * @param apiId the API id the request context reports
   * @param accountId the account id the request context reports
   */
  public record Options(
      String host,
      int port,
      String stage,
      boolean stagePrefix,
      AccessLog.Style accessLog,
      Consumer<String> log,
      String apiId,
      String accountId,
      URI lambdaEndpoint,
      Consumer<String> functionLog,
      boolean skipAuthorizers) {
    public Options {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(accessLog, "accessLog");
      Objects.requireNonNull(log, "log");
      Objects.requireNonNull(functionLog, "functionLog");
    }

    public static Options defaults() {
      return new Options(
          "127.0.0.1",
          0,
          null,
          true,
          AccessLog.Style.OFF,
          line -> {},
          "local",
          "123456789012",
          null,
          line -> {},
          false);
    }

    public Options withPort(int value) {
      return toBuilder().port(value).build();
    }

    public Options withHost(String value) {
      return toBuilder().host(value).build();
    }

    public Options withStage(String value) {
      return toBuilder().stage(value).build();
    }

    public Options withStagePrefix(boolean value) {
      return toBuilder().stagePrefix(value).build();
    }

    public Options withAccessLog(AccessLog.Style value, Consumer<String> sink) {
      return toBuilder().accessLog(value).log(sink).build();
    }

    /** Invoke every function through this Lambda endpoint instead of running them here. */
    public Options withLambdaEndpoint(URI value) {
      return toBuilder().lambdaEndpoint(value).build();
    }

    /** Where the lines local functions print go. */
    public Options withFunctionLog(Consumer<String> sink) {
      return toBuilder().functionLog(sink).build();
    }

    /**
     * Let routes with authorizers or IAM authorization through without authorization, which apigw
     * cannot run yet (by default they fail closed).
     */
    public Options withSkipAuthorizers(boolean value) {
      return toBuilder().skipAuthorizers(value).build();
    }

    private Builder toBuilder() {
      return new Builder(this);
    }

    private static final class Builder {
      private String host;
      private int port;
      private String stage;
      private boolean stagePrefix;
      private AccessLog.Style accessLog;
      private Consumer<String> log;
      private String apiId;
      private String accountId;
      private URI lambdaEndpoint;
      private Consumer<String> functionLog;
      private boolean skipAuthorizers;

      Builder(Options from) {
        host = from.host;
        port = from.port;
        stage = from.stage;
        stagePrefix = from.stagePrefix;
        accessLog = from.accessLog;
        log = from.log;
        apiId = from.apiId;
        accountId = from.accountId;
        lambdaEndpoint = from.lambdaEndpoint;
        functionLog = from.functionLog;
        skipAuthorizers = from.skipAuthorizers;
      }

      Builder host(String value) {
        host = value;
        return this;
      }

      Builder port(int value) {
        port = value;
        return this;
      }

      Builder stage(String value) {
        stage = value;
        return this;
      }

      Builder stagePrefix(boolean value) {
        stagePrefix = value;
        return this;
      }

      Builder accessLog(AccessLog.Style value) {
        accessLog = value;
        return this;
      }

      Builder log(Consumer<String> value) {
        log = value;
        return this;
      }

      Builder lambdaEndpoint(URI value) {
        lambdaEndpoint = value;
        return this;
      }

      Builder functionLog(Consumer<String> value) {
        functionLog = value;
        return this;
      }

      Builder skipAuthorizers(boolean value) {
        skipAuthorizers = value;
        return this;
      }

      Options build() {
        return new Options(
            host,
            port,
            stage,
            stagePrefix,
            accessLog,
            log,
            apiId,
            accountId,
            lambdaEndpoint,
            functionLog,
            skipAuthorizers);
      }
    }
  }

  private final Vertx vertx;
  private final Options options;
  private final Path baseDir;
  private final AtomicReference<ServedApi> served;
  private final int port;

  private LocalGateway(
      Vertx vertx, Options options, Path baseDir, AtomicReference<ServedApi> served, int port) {
    this.vertx = vertx;
    this.options = options;
    this.baseDir = baseDir;
    this.served = served;
    this.port = port;
  }

  /**
   * Serves {@code api}, whose relative paths (function code) are relative to {@code baseDir}.
   *
   * @throws IllegalArgumentException when the options do not fit the API (an unknown stage)
   * @throws IllegalStateException when the port cannot be bound
   */
  public static LocalGateway start(Api api, Path baseDir, Options options) {
    int loops = Math.max(1, Runtime.getRuntime().availableProcessors());
    // Netty's epoll transport where it is bundled (Linux x86-64): fewer copies and system calls per
    // request than NIO's selector; Vert.x falls back to NIO elsewhere.
    Vertx vertx =
        Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops).setPreferNativeTransport(true));
    try {
      ServedApi first = serve(vertx, api, options, functions(vertx, api, baseDir, options));
      AtomicReference<ServedApi> current = new AtomicReference<>(first);
      HttpServerVerticle.Handler handler =
          new HttpServerVerticle.Handler() {
            @Override
            public CompletableFuture<Response> handle(Request request) {
              return current.get().handle(request);
            }

            @Override
            public Response tooLarge(Request request) {
              return current.get().refuse(request, GatewayError.PAYLOAD_TOO_LARGE);
            }
          };
      // One server per event loop; Vert.x lets them share the port (port 0 too: they share the
      // one free port the first of them gets).
      List<HttpServerVerticle> servers = new java.util.concurrent.CopyOnWriteArrayList<>();
      await(
          vertx
              .deployVerticle(
                  () -> {
                    HttpServerVerticle server =
                        new HttpServerVerticle(
                            options.host(), options.port(), MAX_PAYLOAD_BYTES, handler);
                    servers.add(server);
                    return server;
                  },
                  new DeploymentOptions().setInstances(loops))
              .toCompletionStage()
              .toCompletableFuture());
      int port = servers.get(0).actualPort();
      return new LocalGateway(vertx, options, baseDir, current, port);
    } catch (RuntimeException e) {
      vertx.close();
      throw e;
    }
  }

  /** What runs the API's functions: a local Lambda, or another endpoint's Invoke API. */
  private static FunctionInvoker functions(Vertx vertx, Api api, Path baseDir, Options options) {
    return options.lambdaEndpoint() != null
        ? RemoteLambda.create(options.lambdaEndpoint(), "us-east-1")
        : LocalLambda.start(
            vertx,
            api.functions(),
            baseDir,
            LocalLambda.Options.builder()
                .accountId(options.accountId())
                .log(options.functionLog())
                .build());
  }

  private static ServedApi serve(Vertx vertx, Api api, Options options, FunctionInvoker functions) {
    return new ServedApi(
        vertx,
        api,
        options.stage(),
        options.stagePrefix(),
        options.apiId(),
        options.accountId(),
        options.accessLog(),
        options.log(),
        functions,
        options.skipAuthorizers());
  }

  /** Serves a changed definition from now on; requests under way finish with the old one. */
  public void reload(Api api) {
    ServedApi current = served.get();
    // Running functions stay warm unless their definitions changed.
    FunctionInvoker functions =
        current.api().functions().equals(api.functions())
            ? current.functions()
            : functions(vertx, api, baseDir, options);
    ServedApi previous = served.getAndSet(serve(vertx, api, options, functions));
    // Give requests under way on the old integrations time to finish before closing them.
    boolean sameFunctions = functions == previous.functions();
    vertx.setTimer(
        60_000,
        id -> {
          previous.close();
          if (!sameFunctions) {
            previous.functions().close();
          }
        });
  }

  public Api api() {
    return served.get().api();
  }

  public int port() {
    return port;
  }

  /** The base URL of each served stage, such as {@code http://127.0.0.1:3000/prod}. */
  public List<String> urls() {
    List<String> urls = new ArrayList<>();
    ServedApi current = served.get();
    for (Stage stage : current.stages().stages()) {
      urls.add("http://" + options.host() + ":" + port + current.stages().prefix(stage));
    }
    return urls;
  }

  public Path baseDir() {
    return baseDir;
  }

  @Override
  public void close() {
    served.get().close();
    served.get().functions().close();
    await(vertx.close().toCompletionStage().toCompletableFuture());
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause.getMessage(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting", e);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("timed out waiting for the server", e);
    }
  }
}
