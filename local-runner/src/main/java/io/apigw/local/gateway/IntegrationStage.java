package io.apigw.local.gateway;

import io.apigw.local.http.Response;
import io.apigw.local.integration.IntegrationHandler;
import io.apigw.local.integration.Integrations;
import io.apigw.model.Integration;
import io.apigw.model.Protocol;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls the route's integration within its timeout: the integration's own, else API Gateway's
 * default of 29 s for REST APIs and 30 s for HTTP APIs (limits.md).
 */
final class IntegrationStage implements GatewayStage {
  static final int REST_TIMEOUT_MILLIS = 29_000;
  static final int HTTP_TIMEOUT_MILLIS = 30_000;

  private final Integrations integrations;
  private final Protocol protocol;

  IntegrationStage(Integrations integrations, Protocol protocol) {
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
    return handler
        .invoke(exchange)
        .orTimeout(timeout, TimeUnit.MILLISECONDS)
        .exceptionally(
            failure -> {
              Throwable cause =
                  failure instanceof CompletionException && failure.getCause() != null
                      ? failure.getCause()
                      : failure;
              if (cause instanceof TimeoutException) {
                throw new Rejection(
                    GatewayError.INTEGRATION_TIMEOUT,
                    "the integration did not answer within " + timeout + " ms");
              }
              if (cause instanceof RuntimeException runtime) {
                throw runtime;
              }
              throw new CompletionException(cause);
            });
  }
}
