package io.apigw.cli;

import io.apigw.local.LocalGateway;
import io.apigw.model.Api;
import io.apigw.model.HttpMethod;
import io.apigw.model.Route;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A hidden command the launcher runs once after building, under {@code -XX:ArchiveClassesAtExit}:
 * it reads and lints definitions and serves one briefly, so the classes of a real run land in a
 * class data sharing archive and later runs start faster.
 */
@Command(
    name = "train",
    hidden = true,
    description = "Exercise apigw for a class data sharing archive.")
final class Train implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE")
  java.util.List<Path> files;

  @Override
  public Integer call() throws Exception {
    Definitions definitions = new Definitions(io.apigw.openapi.OpenApi.ReaderOptions.defaults());
    Api served = null;
    Path servedFile = null;
    java.util.List<io.apigw.lint.report.FileReport> reports = new java.util.ArrayList<>();
    io.apigw.lint.Linter linter =
        io.apigw.lint.Linter.of(
            new io.apigw.lint.LintConfig(
                true, java.util.Map.of(), java.util.List.of(), null, null));
    for (Path file : files) {
      io.apigw.openapi.ApiFiles.Loaded loaded = definitions.load(file);
      Api api = loaded.parsed().value();
      if (api != null) {
        var input =
            new io.apigw.lint.LintInput(file.toString(), loaded.text(), api, loaded.document());
        reports.add(
            new io.apigw.lint.report.FileReport(
                file.toString(), linter.lint(input, loaded.parsed().diagnostics())));
      }
      if (served == null && api != null) {
        served = api;
        servedFile = file;
      }
    }
    var sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
    new io.apigw.lint.report.TextReporter(false).report(reports, sink);
    new io.apigw.lint.report.JsonReporter().report(reports, sink);
    new io.apigw.lint.report.SarifReporter(io.apigw.lint.Rules.all(), Version.current())
        .report(reports, sink);
    if (served == null) {
      return ExitCode.OK;
    }
    deploys(served);
    Path base = servedFile.toAbsolutePath().getParent();
    try (LocalGateway gateway = LocalGateway.start(served, base, LocalGateway.Options.defaults())) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      String url = gateway.urls().get(0);
      for (Route route : served.routes()) {
        if (route.method() == HttpMethod.GET && route.path().parameterNames().isEmpty()) {
          get(client, url + route.path().value());
        }
      }
      get(client, url + "/no/such/route");
    }
    return ExitCode.OK;
  }

  /**
   * The deploy commands' classes (the SDK's clients, signing, the Apache client, the plan): a
   * {@code plan --direct} against a loopback stand-in that answers every call with nothing.
   */
  private static void deploys(Api api) {
    com.sun.net.httpserver.HttpServer server;
    try {
      server =
          com.sun.net.httpserver.HttpServer.create(
              new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    } catch (java.io.IOException e) {
      return;
    }
    server.createContext(
        "/",
        exchange -> {
          byte[] request = exchange.getRequestBody().readAllBytes();
          boolean sts =
              new String(request, java.nio.charset.StandardCharsets.UTF_8)
                  .contains("Action=GetCallerIdentity");
          byte[] body =
              (sts
                      ? "<GetCallerIdentityResponse><GetCallerIdentityResult><Account>123456789012"
                          + "</Account></GetCallerIdentityResult></GetCallerIdentityResponse>"
                      : "{}")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", sts ? "text/xml" : "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    var options =
        new io.apigw.deployers.aws.AwsOptions(
            "us-east-1", null, URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    var credentials =
        software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
            software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("train", "train"));
    var calls =
        io.apigw.deployers.aws.Calls.on(io.apigw.deployers.aws.Calls.Clock.SYSTEM, 1, false);
    try (var clients = io.apigw.deployers.aws.AwsClients.of(options, credentials)) {
      var console = io.apigw.deployers.deploy.Console.silent(false);
      new io.apigw.deployers.direct.rest.RestDeployer(
              new io.apigw.deployers.direct.rest.SdkRestApis(clients.apiGateway(), calls),
              console,
              "us-east-1",
              "aws",
              clients.accountId(calls))
          .plan(api, io.apigw.deployers.deploy.DirectOptions.defaults())
          .json();
      clients.apiGatewayV2().getApis(r -> r.maxResults("1"));
      clients.cloudFormation().describeStacks(r -> r.stackName("train"));
    } catch (RuntimeException e) {
      // Training only: a call that fails still loaded the classes on its way.
    } finally {
      server.stop(0);
    }
  }

  private static void get(HttpClient client, String url) {
    try {
      client.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (Exception e) {
      // Training only: a request that fails still loaded the classes on its way.
    }
  }
}
