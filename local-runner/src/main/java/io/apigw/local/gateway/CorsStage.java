package io.apigw.local.gateway;

import io.apigw.local.http.Headers;
import io.apigw.local.http.Response;
import io.apigw.local.routing.Router;
import io.apigw.model.Cors;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * An HTTP API's CORS configuration (http-api-cors.md): API Gateway answers preflight requests
 * itself when no route of the request's path takes OPTIONS (the {@code $default} route does take
 * them), adds the configured CORS headers to the integration's answers to CORS requests, and drops
 * the CORS headers the integration sent.
 */
final class CorsStage implements GatewayStage {
  private final Cors cors;
  private final ServedStages stages;
  private final Router router;
  private final boolean decorate;

  /**
   * @param decorate whether to add CORS headers to integration responses: HTTP APIs do; for REST
   *     APIs the CORS configuration only stands for the OPTIONS methods SAM would generate
   */
  CorsStage(Cors cors, ServedStages stages, Router router, boolean decorate) {
    this.cors = cors;
    this.stages = stages;
    this.router = router;
    this.decorate = decorate;
  }

  @Override
  public CompletableFuture<Response> apply(Exchange exchange, Chain chain) {
    String origin = exchange.request().headers().first("Origin");
    if (origin == null) {
      return chain.next(exchange);
    }
    boolean preflight =
        exchange.request().method().equals("OPTIONS")
            && exchange.request().headers().has("Access-Control-Request-Method");
    if (preflight && !routed(exchange)) {
      Headers.Builder headers = Headers.builder();
      if (allowed(origin)) {
        headers.add("Access-Control-Allow-Origin", allowOrigin(origin));
        if (!cors.allowMethods().isEmpty()) {
          headers.add("Access-Control-Allow-Methods", String.join(",", cors.allowMethods()));
        }
        if (!cors.allowHeaders().isEmpty()) {
          headers.add("Access-Control-Allow-Headers", String.join(",", cors.allowHeaders()));
        }
        if (Boolean.TRUE.equals(cors.allowCredentials())) {
          headers.add("Access-Control-Allow-Credentials", "true");
        }
        if (cors.maxAgeSeconds() != null) {
          headers.add("Access-Control-Max-Age", cors.maxAgeSeconds().toString());
        }
      }
      return CompletableFuture.completedFuture(new Response(204, headers.build(), new byte[0]));
    }
    if (!decorate) {
      return chain.next(exchange);
    }
    return chain.next(exchange).thenApply(response -> decorate(response, origin));
  }

  private boolean routed(Exchange exchange) {
    List<String> segments = RoutingStage.segments(exchange.request().path());
    return stages
        .select(segments)
        .flatMap(s -> router.match("OPTIONS", segments.subList(s.segments(), segments.size())))
        .isPresent();
  }

  private Response decorate(Response response, String origin) {
    Headers.Builder headers = Headers.builder();
    for (Map.Entry<String, String> header : response.headers().entries()) {
      if (!header.getKey().toLowerCase(Locale.ROOT).startsWith("access-control-")) {
        headers.add(header.getKey(), header.getValue());
      }
    }
    if (allowed(origin)) {
      headers.add("Access-Control-Allow-Origin", allowOrigin(origin));
      if (!cors.exposeHeaders().isEmpty()) {
        headers.add("Access-Control-Expose-Headers", String.join(",", cors.exposeHeaders()));
      }
      if (Boolean.TRUE.equals(cors.allowCredentials())) {
        headers.add("Access-Control-Allow-Credentials", "true");
      }
    }
    return response.withHeaders(headers.build());
  }

  private boolean allowed(String origin) {
    return cors.allowOrigins().contains("*") || cors.allowOrigins().contains(origin);
  }

  private String allowOrigin(String origin) {
    return cors.allowOrigins().contains(origin) ? origin : "*";
  }
}
