package io.apigw.local.gateway;

import io.apigw.local.http.Headers;
import io.apigw.local.http.Request;
import io.apigw.local.http.Response;
import io.apigw.local.integration.Integrations;
import io.apigw.local.lambda.FunctionInvoker;
import io.apigw.local.routing.Router;
import io.apigw.model.Api;
import io.apigw.model.Protocol;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One API made ready to serve: its stages, router, integrations and pipeline. {@code --watch}
 * replaces the whole object when the definition changes.
 */
public final class ServedApi implements AutoCloseable {
  private final Api api;
  private final ServedStages stages;
  private final Integrations integrations;
  private final Pipeline pipeline;
  private final GatewayErrors errors;
  private final AccessLog accessLog;
  private final Consumer<String> log;
  private final FunctionInvoker functions;

  /**
   * @param stage the one stage to serve, or null for all
   * @param prefixed whether stages are served under {@code /{stage}}
   */
  public ServedApi(
      Vertx vertx,
      Api api,
      String stage,
      boolean prefixed,
      String apiId,
      String accountId,
      AccessLog.Style accessLogStyle,
      Consumer<String> log,
      FunctionInvoker functions,
      boolean skipAuthorizers) {
    this.api = api;
    this.stages = ServedStages.of(api, stage, prefixed);
    this.functions = functions;
    this.integrations = new Integrations(vertx, api, functions);
    this.errors = new GatewayErrors(api.protocol());
    this.accessLog = new AccessLog(accessLogStyle, api.protocol());
    this.log = log;
    Router router = Router.of(api);
    List<GatewayStage> steps = new ArrayList<>();
    if (api.cors() != null) {
      steps.add(new CorsStage(api.cors(), stages, router, api.protocol() == Protocol.HTTP));
    }
    steps.add(new RoutingStage(stages, router, new ContextFactory(apiId, accountId)));
    steps.add(new AccessStage(api, skipAuthorizers));
    steps.add(new IntegrationStage(vertx, integrations, api.protocol()));
    this.pipeline = new Pipeline(steps, errors);
  }

  public Api api() {
    return api;
  }

  public ServedStages stages() {
    return stages;
  }

  /** What runs the API's functions; closed by whoever made it. */
  public FunctionInvoker functions() {
    return functions;
  }

  /** Answers one request; never completes exceptionally. */
  public CompletableFuture<Response> handle(Request request) {
    Exchange exchange = new Exchange(request, newRequestId());
    return pipeline.handle(exchange).thenApply(response -> finish(exchange, response));
  }

  /** The answer to a request the HTTP layer refused before it was read (too large). */
  public Response refuse(Request request, GatewayError error) {
    Exchange exchange = new Exchange(request, newRequestId());
    exchange.errorMessage("the request body is larger than API Gateway accepts");
    return finish(exchange, errors.render(error));
  }

  private String newRequestId() {
    return api.protocol() == Protocol.REST ? RequestIds.uuid() : RequestIds.shortId();
  }

  /** Adds the request id headers API Gateway adds to every answer, and logs the request. */
  private Response finish(Exchange exchange, Response response) {
    Headers.Builder headers = response.headers().toBuilder();
    if (api.protocol() == Protocol.REST) {
      headers.set("x-amzn-RequestId", exchange.requestId());
      if (!headers.has("Content-Type")) {
        headers.add("Content-Type", "application/json");
      }
    } else {
      headers.set("apigw-requestid", exchange.requestId());
    }
    Response finished = response.withHeaders(headers.build());
    String line = accessLog.line(exchange, finished);
    if (line != null) {
      log.accept(line);
    }
    return finished;
  }

  @Override
  public void close() {
    integrations.close();
  }
}
