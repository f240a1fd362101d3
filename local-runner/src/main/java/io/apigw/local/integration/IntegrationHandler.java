package io.apigw.local.integration;

import io.apigw.local.gateway.Exchange;
import io.apigw.local.http.Response;
import java.util.concurrent.CompletableFuture;

/**
 * Calls one kind of integration for a matched request. Failures API Gateway answers itself end the
 * future with a {@link io.apigw.local.gateway.Rejection}; the timeout is the gateway's business.
 */
public interface IntegrationHandler {
  CompletableFuture<Response> invoke(Exchange exchange);
}
