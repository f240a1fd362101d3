package io.apigw.local.gateway;

import io.apigw.local.http.Response;
import io.apigw.local.integration.IntegrationHandler;
import io.apigw.local.integration.Integrations;
import io.apigw.model.Integration;
import io.apigw.model.Protocol;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Calls the route's integration within its timeout: the integration's own, else API Gateway's
 * default of 29 s for REST APIs and 30 s for HTTP APIs (limits.md).
 */
final class IntegrationStage implements GatewayStage {
  static final int REST_TIMEOUT_MILLIS = 29_000;
  static final int HTTP_TIMEOUT_MILLIS = 30_000;

  private final Vertx vertx;
  private final Integrations integrations;
  private final Protocol protocol;

  IntegrationStage(Vertx vertx, Integrations integrations, Protocol protocol) {
    this.vertx = vertx;
    this.integrations = integrations;
    this.protocol = protocol;
  }

  @Override
  public CompletableFuture<Response> apply(Exchange exchange, Chain chain) {
    IntegrationHandler handler = integrations.handler(exchange.match().route());
    Integration integration = exchange.match().route().integration();
    long timeout =
        integration != null && integration.timeoutMillis() != null
            ? integration.timeoutMillis()
            : protocol == Protocol.REST ? REST_TIMEOUT_MILLIS : HTTP_TIMEOUT_MILLIS;
    CompletableFuture<Response> call = handler.invoke(exchange);
    if (call.isDone()) {
      return call.exceptionallyCompose(IntegrationStage::unwrapped);
    }
    // A timer of the event loop rather than orTimeout: the JDK's one shared delay queue would
    // take a lock twice per request, from every loop.
    CompletableFuture<Response> result = new CompletableFuture<>();
    long timer =
        vertx.setTimer(
            timeout,
            id ->
                result.completeExceptionally(
                    new Rejection(
                        GatewayError.INTEGRATION_TIMEOUT,
                        "the integration did not answer within " + timeout + " ms")));
    call.whenComplete(
        (response, failure) -> {
          vertx.cancelTimer(timer);
          if (failure == null) {
            result.complete(response);
          } else {
            result.completeExceptionally(cause(failure));
          }
        });
    return result;
  }

  private static CompletableFuture<Response> unwrapped(Throwable failure) {
    return CompletableFuture.failedFuture(cause(failure));
  }

  private static Throwable cause(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
