package io.apigw.local.integration;

import io.apigw.local.gateway.GatewayError;
import io.apigw.local.gateway.Rejection;
import io.apigw.local.lambda.FunctionInvoker;
import io.apigw.local.templates.MappingTemplates;
import io.apigw.model.Api;
import io.apigw.model.Integration;
import io.apigw.model.Route;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Makes the handler of each route's integration, once per API. The HTTP clients are pooled and
 * shared by every route.
 */
public final class Integrations implements AutoCloseable {
  private final Api api;
  private final LoopClients clients;
  private final LoopClients trustingClients;
  private final Map<Route, IntegrationHandler> handlers = new IdentityHashMap<>();
  private final MappingTemplates templates = MappingTemplates.create();
  private final HttpBackend backend;
  private final HttpBackend trustingBackend;

  private final FunctionInvoker functions;

  /**
   * @param functions runs the API's Lambda functions, or null when there are none to run
   */
  public Integrations(Vertx vertx, Api api, FunctionInvoker functions) {
    this.api = api;
    this.functions = functions;
    PoolOptions pool = new PoolOptions().setHttp1MaxSize(256);
    this.clients =
        new LoopClients(
            vertx,
            new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true).setVerifyHost(true),
            pool);
    // insecureSkipVerification (REST only) accepts certificates of unknown authorities.
    this.trustingClients =
        new LoopClients(
            vertx,
            new HttpClientOptions()
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setTrustAll(true)
                .setVerifyHost(false),
            pool);
    this.backend = new HttpBackend(clients);
    this.trustingBackend = new HttpBackend(trustingClients);
    for (Route route : api.routes()) {
      handlers.put(route, create(route));
    }
  }

  public IntegrationHandler handler(Route route) {
    return handlers.get(route);
  }

  private IntegrationHandler create(Route route) {
    Integration integration = route.integration();
    if (integration == null) {
      return unsupported("the route has no integration");
    }
    return switch (integration.kind()) {
      case MOCK, HTTP, LAMBDA -> new TemplatedIntegration(route, templates, backend, functions);
      case LAMBDA_PROXY ->
          functions == null
              ? unsupported("no Lambda functions can run here")
              : new LambdaProxyIntegration(integration, api, functions);
      case HTTP_PROXY ->
          new HttpProxyIntegration(
              integration,
              api.protocol(),
              integration.tls() != null && integration.tls().insecureSkipVerification()
                  ? trustingBackend
                  : backend);
      default ->
          unsupported("apigw serve does not run " + integration.kind() + " integrations yet");
    };
  }

  private static IntegrationHandler unsupported(String why) {
    return exchange ->
        CompletableFuture.failedFuture(new Rejection(GatewayError.CONFIGURATION_ERROR, why));
  }

  @Override
  public void close() {
    clients.close();
    trustingClients.close();
  }
}
