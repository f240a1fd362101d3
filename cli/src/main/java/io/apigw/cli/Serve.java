package io.apigw.cli;

import io.apigw.local.LocalGateway;
import io.apigw.local.gateway.AccessLog;
import io.apigw.model.Api;
import io.apigw.openapi.ApiFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code apigw serve}: the API as a local API Gateway, until interrupted. */
@Command(
    name = "serve",
    description = {
      "Serve a definition as a local API Gateway: routes, stages, integrations, API Gateway's",
      "own errors and limits. Runs until interrupted (Ctrl-C).",
    },
    mixinStandardHelpOptions = true)
final class Serve implements Callable<Integer> {
  enum AccessLogFormat {
    clf,
    json,
    off
  }

  @Spec CommandSpec spec;

  @Mixin SpecMixin reading;

  @Parameters(paramLabel = "FILE", description = "A DSL or OpenAPI file.")
  Path file;

  @Option(
      names = "--port",
      defaultValue = "3000",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--stage",
      paramLabel = "NAME",
      description = "Serve only this stage (default: every stage).")
  String stage;

  @Option(
      names = "--no-stage-prefix",
      description = "Serve one stage at / instead of /{stage}/ (the first, or --stage).")
  boolean noStagePrefix;

  @Option(
      names = "--access-log",
      defaultValue = "clf",
      description = "Access log on standard output: clf, json or off (default: ${DEFAULT-VALUE}).")
  AccessLogFormat accessLog;

  @Option(
      names = "--lambda-endpoint",
      paramLabel = "URL",
      description = {
        "Invoke functions through this Lambda endpoint's Invoke API (real AWS, `sam local",
        "start-lambda`, LocalStack) instead of running them here.",
      })
  java.net.URI lambdaEndpoint;

  @Option(
      names = "--skip-auth",
      description = {
        "Call routes that have an authorizer or IAM authorization without authorizing them.",
        "apigw does not run authorizers yet; without this flag those routes fail closed (500).",
      })
  boolean skipAuth;

  @Option(
      names = "--watch",
      description = "Reload the definition when it changes; an invalid edit keeps the running API.")
  boolean watch;

  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Definitions definitions = new Definitions(reading);
    Api api = definitions.loadValid(file, err);
    Lines lines = new Lines(out);
    LocalGateway.Options options =
        LocalGateway.Options.defaults()
            .withHost(host)
            .withPort(port)
            .withStage(stage)
            .withStagePrefix(!noStagePrefix)
            .withLambdaEndpoint(lambdaEndpoint)
            .withSkipAuthorizers(skipAuth)
            .withFunctionLog(lines)
            .withAccessLog(
                AccessLog.Style.valueOf(accessLog.name().toUpperCase(java.util.Locale.ROOT)),
                lines);
    LocalGateway gateway;
    try {
      gateway = LocalGateway.start(api, baseDir(), options);
    } catch (IllegalArgumentException e) {
      lines.close();
      throw new UserError(e.getMessage());
    } catch (IllegalStateException e) {
      lines.close();
      throw new UserError("cannot serve on " + host + ":" + port + ": " + rootMessage(e));
    }
    Thread hook =
        new Thread(
            () -> {
              gateway.close();
              stopped.countDown();
            },
            "apigw-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      out.print(Routes.table(api));
      for (String url : gateway.urls()) {
        out.println("Serving " + api.protocol() + " API `" + api.name() + "` at " + url + "/");
      }
      if (skipAuth) {
        out.println("Warning: --skip-auth: routes with authorizers answer without authorization.");
      }
      out.println("Press Ctrl-C to stop.");
      out.flush();
      if (watch) {
        watch(gateway, definitions, out, err);
      } else {
        stopped.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
        gateway.close();
        lines.close();
      } catch (IllegalStateException shuttingDown) {
        // The JVM is exiting; the hook closes the gateway.
      }
    }
    return ExitCode.OK;
  }

  /** Polls the file: editors save by replacing files, which file watchers see unreliably. */
  private void watch(
      LocalGateway gateway, Definitions definitions, PrintWriter out, PrintWriter err)
      throws InterruptedException {
    FileTime last = modified();
    while (!stopped.await(300, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      FileTime now = modified();
      if (now == null || now.equals(last)) {
        continue;
      }
      last = now;
      try {
        ApiFiles.Loaded loaded = definitions.load(file);
        definitions.print(loaded.parsed().diagnostics(), err);
        if (loaded.parsed().hasErrors() || loaded.parsed().value() == null) {
          err.println("apigw: " + file + " has errors; still serving the previous version");
        } else {
          gateway.reload(loaded.parsed().value());
          out.println(
              "Reloaded "
                  + file
                  + " ("
                  + Definitions.count(loaded.parsed().value().routes().size(), "route")
                  + ")");
        }
      } catch (java.io.IOException | RuntimeException e) {
        err.println(
            "apigw: cannot reload "
                + file
                + ": "
                + e.getMessage()
                + "; still serving the previous version");
      }
      out.flush();
      err.flush();
    }
  }

  private FileTime modified() {
    try {
      return Files.getLastModifiedTime(file);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private Path baseDir() {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of(".").toAbsolutePath() : parent;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
