package io.apigw.local.gateway;

import io.apigw.local.http.Response;
import java.util.concurrent.CompletableFuture;

/**
 * One step of the gateway, in API Gateway's own order (see {@link Pipeline}). A stage either
 * answers itself, rejects with a {@link Rejection}, or passes the exchange on to the rest of the
 * chain.
 */
@FunctionalInterface
public interface GatewayStage {
  CompletableFuture<Response> apply(Exchange exchange, Chain chain);

  /** The stages after this one. */
  @FunctionalInterface
  interface Chain {
    CompletableFuture<Response> next(Exchange exchange);
  }
}
