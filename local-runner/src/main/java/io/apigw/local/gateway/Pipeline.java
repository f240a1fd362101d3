package io.apigw.local.gateway;

import io.apigw.local.http.Response;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The gateway's stages assembled in one place, in API Gateway's order: accept, match the stage and
 * route, (resource policy, API key, authorizer, throttling, validation, cache as later issues add
 * them), integration, with every rejection rendered by {@link GatewayErrors}.
 */
public final class Pipeline {
  private final List<GatewayStage> stages;
  private final GatewayErrors errors;

  public Pipeline(List<GatewayStage> stages, GatewayErrors errors) {
    this.stages = List.copyOf(stages);
    this.errors = errors;
  }

  /** Runs the exchange through every stage; never completes exceptionally. */
  public CompletableFuture<Response> handle(Exchange exchange) {
    CompletableFuture<Response> result;
    try {
      result = next(exchange, 0);
    } catch (RuntimeException e) {
      result = CompletableFuture.failedFuture(e);
    }
    return result.handle(
        (response, failure) -> {
          if (failure == null) {
            return response;
          }
          Throwable cause =
              failure instanceof CompletionException && failure.getCause() != null
                  ? failure.getCause()
                  : failure;
          if (cause instanceof Rejection rejection) {
            exchange.errorMessage(rejection.detail());
            return errors.render(rejection.error());
          }
          exchange.errorMessage("internal error: " + cause);
          return errors.render(GatewayError.INTEGRATION_FAILURE);
        });
  }

  private CompletableFuture<Response> next(Exchange exchange, int index) {
    if (index >= stages.size()) {
      return CompletableFuture.failedFuture(
          new Rejection(GatewayError.CONFIGURATION_ERROR, "no stage answered the request"));
    }
    return stages.get(index).apply(exchange, e -> next(e, index + 1));
  }
}
