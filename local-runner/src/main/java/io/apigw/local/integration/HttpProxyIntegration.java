package io.apigw.local.integration;

import io.apigw.local.gateway.Exchange;
import io.apigw.local.gateway.GatewayError;
import io.apigw.local.gateway.Rejection;
import io.apigw.local.http.Headers;
import io.apigw.local.http.Response;
import io.apigw.model.Integration;
import io.apigw.model.Protocol;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * An HTTP_PROXY integration: the request goes to the backend as it came (path parameters and {@code
 * {proxy}} substituted in the URI, the query string and the headers passed on, REST parameter
 * mappings applied), and the backend's answer comes back as it is, with the headers API Gateway
 * remaps (test_apigateway_integrations {@code test_apigateway_header_remapping_http}: {@code
 * Connection}, {@code Content-Length}, {@code Date} and {@code Server} of the backend become {@code
 * x-amzn-Remapped-*} on REST APIs).
 */
final class HttpProxyIntegration implements IntegrationHandler {
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-authenticate",
          "proxy-authorization",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "host",
          "content-length");
  private static final Set<String> REMAPPED =
      Set.of("connection", "content-length", "date", "server");

  private final Integration integration;
  private final Protocol protocol;
  private final HttpClientAgent client;

  HttpProxyIntegration(Integration integration, Protocol protocol, HttpClientAgent client) {
    this.integration = integration;
    this.protocol = protocol;
    this.client = client;
  }

  @Override
  public CompletableFuture<Response> invoke(Exchange exchange) {
    URI target;
    try {
      target = URI.create(target(exchange));
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(
          new Rejection(
              GatewayError.CONFIGURATION_ERROR, "invalid integration URI: " + e.getMessage()));
    }
    String method = integration.httpMethod();
    if (method == null || method.equalsIgnoreCase("ANY")) {
      method = exchange.request().method();
    }
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    for (Map.Entry<String, String> header : exchange.request().headers().entries()) {
      if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        headers.add(header.getKey(), header.getValue());
      }
    }
    for (Map.Entry<String, String> mapping : integration.requestParameters().entrySet()) {
      if (mapping.getKey().startsWith("integration.request.header.")) {
        String value = MappingExpressions.evaluate(mapping.getValue(), exchange);
        String name = mapping.getKey().substring("integration.request.header.".length());
        if (value != null) {
          headers.set(name, value);
        }
      }
    }
    if (protocol == Protocol.REST) {
      headers.set("X-Amzn-Apigateway-Api-Id", exchange.context().apiId());
    } else {
      headers.add("X-Forwarded-For", exchange.context().sourceIp());
      headers.set("X-Forwarded-Proto", "http");
    }
    headers.set(
        "X-Amzn-Trace-Id",
        "Root=1-"
            + exchange.requestId().replace("-", "").substring(0, 8)
            + "-"
            + exchange.requestId().replace("-", "").substring(8));
    RequestOptions options =
        new RequestOptions()
            .setAbsoluteURI(target.toString())
            .setMethod(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)))
            .setHeaders(headers)
            .setFollowRedirects(false);
    long started = System.nanoTime();
    CompletableFuture<Response> result = new CompletableFuture<>();
    client
        .request(options)
        .compose(request -> request.send(Buffer.buffer(exchange.request().body())))
        .compose(
            response ->
                response
                    .body()
                    .map(
                        body -> {
                          Headers.Builder out = Headers.builder();
                          for (Map.Entry<String, String> header : response.headers()) {
                            String lower = header.getKey().toLowerCase(Locale.ROOT);
                            if (lower.equals("transfer-encoding")) {
                              continue;
                            }
                            if (protocol == Protocol.REST && REMAPPED.contains(lower)) {
                              out.add("x-amzn-Remapped-" + header.getKey(), header.getValue());
                            } else if (!lower.equals("connection")
                                && !lower.equals("content-length")) {
                              out.add(header.getKey(), header.getValue());
                            }
                          }
                          exchange.integration(
                              (System.nanoTime() - started) / 1_000_000, response.statusCode());
                          return new Response(response.statusCode(), out.build(), body.getBytes());
                        }))
        .onComplete(
            outcome -> {
              if (outcome.succeeded()) {
                result.complete(outcome.result());
              } else {
                result.completeExceptionally(
                    new Rejection(
                        GatewayError.INTEGRATION_FAILURE,
                        "the backend "
                            + target.getHost()
                            + " could not be reached: "
                            + outcome.cause().getMessage()));
              }
            });
    return result;
  }

  private String target(Exchange exchange) {
    String uri = StageVariables.substitute(integration.uri(), exchange.context().stageVariables());
    if (uri == null) {
      throw new IllegalArgumentException("the integration has no URI");
    }
    // Forwarded as sent: percent-encoded values stay encoded.
    Map<String, String> parameters = exchange.match().rawPathParameters();
    for (Map.Entry<String, String> mapping : integration.requestParameters().entrySet()) {
      if (mapping.getKey().startsWith("integration.request.path.")) {
        String value = MappingExpressions.evaluate(mapping.getValue(), exchange);
        if (value != null) {
          uri =
              uri.replace(
                  "{" + mapping.getKey().substring("integration.request.path.".length()) + "}",
                  encodePath(value));
        }
      }
    }
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      uri = uri.replace("{" + parameter.getKey() + "+}", parameter.getValue());
      uri = uri.replace("{" + parameter.getKey() + "}", parameter.getValue());
    }
    if ("$default".equals(exchange.match().resourcePath())) {
      // The $default route sends the whole request path on (http-api-develop-routes.md).
      String path = exchange.request().path();
      uri = (uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri) + path;
    }
    StringBuilder query = new StringBuilder(exchange.request().rawQuery());
    for (Map.Entry<String, String> mapping : integration.requestParameters().entrySet()) {
      if (mapping.getKey().startsWith("integration.request.querystring.")) {
        String value = MappingExpressions.evaluate(mapping.getValue(), exchange);
        if (value != null) {
          query
              .append(query.length() == 0 ? "" : "&")
              .append(
                  URLEncoder.encode(
                      mapping.getKey().substring("integration.request.querystring.".length()),
                      StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
      }
    }
    if (query.length() > 0) {
      uri += (uri.contains("?") ? "&" : "?") + query;
    }
    return uri;
  }

  /** Percent-encodes each segment of a (possibly multi-segment) path value, keeping the slashes. */
  private static String encodePath(String value) {
    StringBuilder out = new StringBuilder();
    String[] segments = value.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        out.append('/');
      }
      out.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return out.toString();
  }
}
