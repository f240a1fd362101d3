package io.apigw.local.integration;

import io.apigw.local.gateway.Exchange;
import io.apigw.local.gateway.GatewayError;
import io.apigw.local.gateway.Rejection;
import io.apigw.local.http.Response;
import io.apigw.local.lambda.FunctionInvoker;
import io.apigw.local.lambda.InvokeResult;
import io.apigw.local.templates.IntegrationRequests;
import io.apigw.local.templates.IntegrationResponses;
import io.apigw.local.templates.IntegrationResult;
import io.apigw.local.templates.MappingTemplates;
import io.apigw.local.templates.MockStatus;
import io.apigw.local.templates.TemplateInput;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.Route;
import io.vertx.core.MultiMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The REST integrations with mapping templates: MOCK, HTTP (custom) and Lambda (custom). The method
 * request goes through the request template and parameter mappings, the backend (if any) is called
 * with the result, and an integration response selected by the backend's status or the Lambda error
 * message shapes the method response (package {@code io.apigw.local.templates}).
 */
final class TemplatedIntegration implements IntegrationHandler {
  private final Route route;
  private final Integration integration;
  private final MappingTemplates templates;
  private final HttpBackend http;
  private final FunctionInvoker functions;

  TemplatedIntegration(
      Route route, MappingTemplates templates, HttpBackend http, FunctionInvoker functions) {
    this.route = route;
    this.integration = route.integration();
    this.templates = templates;
    this.http = http;
    this.functions = functions;
  }

  @Override
  public CompletableFuture<Response> invoke(Exchange exchange) {
    TemplateInput input = TemplateInput.of(exchange.request(), exchange.context());
    IntegrationRequests.Outcome outcome = IntegrationRequests.map(integration, input, templates);
    if (outcome instanceof IntegrationRequests.Unsupported unsupported) {
      return CompletableFuture.failedFuture(
          new Rejection(
              GatewayError.UNSUPPORTED_MEDIA_TYPE,
              "no request template for " + unsupported.contentType() + " and passthrough is off"));
    }
    if (outcome instanceof IntegrationRequests.Failed failed) {
      return CompletableFuture.failedFuture(
          new Rejection(GatewayError.CONFIGURATION_ERROR, failed.reason()));
    }
    IntegrationRequests.Mapped mapped = (IntegrationRequests.Mapped) outcome;
    return call(exchange, mapped)
        .thenApply(
            result -> {
              IntegrationResponses.Outcome response =
                  IntegrationResponses.respond(
                      integration.responses(),
                      route.responses(),
                      result,
                      integration.kind() == IntegrationKind.LAMBDA,
                      input.withOverrides(mapped.overrides()),
                      templates);
              if (response instanceof IntegrationResponses.Mapped done) {
                return done.response();
              }
              throw new Rejection(
                  GatewayError.CONFIGURATION_ERROR,
                  ((IntegrationResponses.Failed) response).reason());
            });
  }

  private CompletableFuture<IntegrationResult> call(
      Exchange exchange, IntegrationRequests.Mapped mapped) {
    return switch (integration.kind()) {
      case MOCK -> {
        int status = mockStatus(mapped.bodyText());
        exchange.integration(0, status);
        yield CompletableFuture.completedFuture(IntegrationResult.mock(status));
      }
      case HTTP -> callHttp(exchange, mapped).thenApply(IntegrationResult::http);
      case LAMBDA -> callLambda(exchange, mapped);
      default ->
          CompletableFuture.failedFuture(
              new Rejection(
                  GatewayError.CONFIGURATION_ERROR,
                  "apigw serve does not run " + integration.kind() + " integrations yet"));
    };
  }

  // The last mock request and its status: mock templates rarely vary, and parsing one per request
  // showed in profiles.
  private volatile Map.Entry<String, Integer> lastMock;

  private int mockStatus(String rendered) {
    Map.Entry<String, Integer> last = lastMock;
    if (last != null && last.getKey().equals(rendered)) {
      return last.getValue();
    }
    int status = MockStatus.of(rendered);
    lastMock = Map.entry(rendered, status);
    return status;
  }

  private CompletableFuture<Response> callHttp(
      Exchange exchange, IntegrationRequests.Mapped mapped) {
    Map<String, String> paths = new LinkedHashMap<>();
    mapped
        .parameters()
        .paths()
        .forEach((name, value) -> paths.put(name, HttpBackend.encodePath(value)));
    String url =
        HttpBackend.url(
            integration.uri(),
            exchange.context().stageVariables(),
            paths,
            "",
            mapped.parameters().querystrings());
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    for (Map.Entry<String, List<String>> header : mapped.parameters().headers().entrySet()) {
      headers.set(header.getKey(), header.getValue());
    }
    if (!headers.contains("Content-Type")) {
      String type = exchange.request().headers().first("Content-Type");
      headers.set("Content-Type", mapped.transformed() || type == null ? "application/json" : type);
    }
    headers.set("X-Amzn-Apigateway-Api-Id", exchange.context().apiId());
    headers.set("X-Amzn-Trace-Id", TraceIds.create());
    String method =
        integration.httpMethod() == null ? exchange.request().method() : integration.httpMethod();
    return http.send(exchange, method, url, headers, mapped.body());
  }

  private CompletableFuture<IntegrationResult> callLambda(
      Exchange exchange, IntegrationRequests.Mapped mapped) {
    if (functions == null) {
      return CompletableFuture.failedFuture(
          new Rejection(GatewayError.CONFIGURATION_ERROR, "no Lambda functions can run here"));
    }
    String function = LambdaProxyIntegration.functionName(integration, exchange);
    if (function == null) {
      return CompletableFuture.failedFuture(
          new Rejection(
              GatewayError.CONFIGURATION_ERROR, "the integration names no Lambda function"));
    }
    long started = System.nanoTime();
    return functions
        .invoke(function, mapped.body())
        .thenApply(
            result -> {
              if (result.outcome() == InvokeResult.Outcome.NOT_FOUND) {
                throw new Rejection(
                    GatewayError.CONFIGURATION_ERROR,
                    "no function `"
                        + function
                        + "`: define it in the API, or pass --lambda-endpoint");
              }
              exchange.integration(
                  (System.nanoTime() - started) / 1_000_000, result.isOk() ? 200 : 500);
              return IntegrationResult.lambda(result);
            });
  }
}
