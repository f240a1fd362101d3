package io.apigw.local.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.local.gateway.Exchange;
import io.apigw.local.gateway.GatewayError;
import io.apigw.local.gateway.Rejection;
import io.apigw.local.http.Response;
import io.apigw.local.lambda.FunctionInvoker;
import io.apigw.local.lambda.InvokeResult;
import io.apigw.local.lambda.events.ProxyEvents;
import io.apigw.local.lambda.events.ProxyOutcome;
import io.apigw.local.lambda.events.ProxyResponses;
import io.apigw.model.Api;
import io.apigw.model.Integration;
import io.apigw.model.Protocol;
import java.util.concurrent.CompletableFuture;

/**
 * An AWS_PROXY integration with a Lambda function: the request becomes the event of the API's
 * payload format (REST 1.0; HTTP 1.0 or 2.0, 2.0 unless the integration says otherwise), the
 * function's output becomes the response by API Gateway's rules, and a function that fails, times
 * out or answers in the wrong shape gets API Gateway's error (set-up-lambda-proxy-integrations.md,
 * http-api-develop-integrations-lambda.md).
 */
final class LambdaProxyIntegration implements IntegrationHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Integration integration;
  private final Api api;
  private final FunctionInvoker functions;

  LambdaProxyIntegration(Integration integration, Api api, FunctionInvoker functions) {
    this.integration = integration;
    this.api = api;
    this.functions = functions;
  }

  @Override
  public CompletableFuture<Response> invoke(Exchange exchange) {
    String function = functionName(integration, exchange);
    if (function == null) {
      return CompletableFuture.failedFuture(
          new Rejection(
              GatewayError.CONFIGURATION_ERROR, "the integration names no Lambda function"));
    }
    byte[] payload;
    try {
      payload = JSON.writeValueAsBytes(event(exchange));
    } catch (JsonProcessingException e) {
      return CompletableFuture.failedFuture(e);
    }
    long started = System.nanoTime();
    return functions
        .invoke(function, payload)
        .thenApply(
            result -> {
              exchange.integration(
                  (System.nanoTime() - started) / 1_000_000, result.isOk() ? 200 : 500);
              return response(function, result, exchange);
            });
  }

  /** The function an integration calls, its stage variables resolved; null when it names none. */
  static String functionName(Integration integration, Exchange exchange) {
    if (integration.function() != null) {
      return StageVariables.substitute(integration.function(), exchange.context().stageVariables());
    }
    if (integration.uri() == null) {
      return null;
    }
    // A URI may name the function through a stage variable: resolve it, then read the name.
    String uri = StageVariables.substitute(integration.uri(), exchange.context().stageVariables());
    return integration.toBuilder().uri(uri).build().functionName().orElse(null);
  }

  private ObjectNode event(Exchange exchange) {
    if (api.protocol() == Protocol.REST) {
      return ProxyEvents.restV1(exchange.request(), exchange.context(), api.binaryMediaTypes());
    }
    return "1.0".equals(integration.payloadFormatVersion())
        ? ProxyEvents.httpV1(exchange.request(), exchange.context())
        : ProxyEvents.httpV2(exchange.request(), exchange.context());
  }

  private Response response(String function, InvokeResult result, Exchange exchange) {
    switch (result.outcome()) {
      case OK -> {
        ProxyOutcome outcome =
            api.protocol() == Protocol.REST
                ? ProxyResponses.restV1(
                    result.payload(), exchange.request(), api.binaryMediaTypes())
                : "1.0".equals(integration.payloadFormatVersion())
                    ? ProxyResponses.httpV1(result.payload())
                    : ProxyResponses.httpV2(result.payload());
        if (outcome instanceof ProxyOutcome.Ok ok) {
          return ok.response();
        }
        throw new Rejection(
            GatewayError.LAMBDA_PROXY_FAILURE,
            "malformed Lambda proxy response: " + ((ProxyOutcome.Malformed) outcome).reason());
      }
      case NOT_FOUND ->
          throw new Rejection(
              GatewayError.CONFIGURATION_ERROR,
              "no function `" + function + "`: define it in the API, or pass --lambda-endpoint");
      default ->
          throw new Rejection(
              GatewayError.LAMBDA_PROXY_FAILURE,
              "function `"
                  + function
                  + "` "
                  + result.outcome().name().toLowerCase(java.util.Locale.ROOT)
                  + ": "
                  + result.errorType()
                  + ": "
                  + result.errorMessage());
    }
  }
}
