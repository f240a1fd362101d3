package io.apigw.local.integration;

import io.apigw.local.gateway.Exchange;
import io.apigw.local.gateway.GatewayError;
import io.apigw.local.gateway.Rejection;
import io.apigw.local.http.Headers;
import io.apigw.local.http.Response;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Sends an integration request to an HTTP backend over the pooled client of the calling event loop
 * and returns the backend's answer as it came; a backend that cannot be reached is API Gateway's
 * integration failure. Used by HTTP proxy and HTTP custom integrations.
 */
final class HttpBackend {
  private final LoopClients clients;

  HttpBackend(LoopClients clients) {
    this.clients = clients;
  }

  CompletableFuture<Response> send(
      Exchange exchange, String method, String url, MultiMap headers, byte[] body) {
    URI target;
    try {
      target = URI.create(url);
      if (target.getHost() == null) {
        throw new IllegalArgumentException("no host in " + url);
      }
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(
          new Rejection(
              GatewayError.CONFIGURATION_ERROR, "invalid integration URI: " + e.getMessage()));
    }
    boolean ssl = "https".equalsIgnoreCase(target.getScheme());
    String path =
        target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    RequestOptions options =
        new RequestOptions()
            .setHost(target.getHost())
            .setPort(target.getPort() > 0 ? target.getPort() : ssl ? 443 : 80)
            .setSsl(ssl)
            .setURI(target.getRawQuery() == null ? path : path + "?" + target.getRawQuery())
            .setMethod(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)))
            .setHeaders(headers)
            .setFollowRedirects(false);
    long started = System.nanoTime();
    CompletableFuture<Response> result = new CompletableFuture<>();
    clients
        .current()
        .request(options)
        .compose(request -> request.send(Buffer.buffer(body)))
        .compose(
            response ->
                response
                    .body()
                    .map(
                        content -> {
                          Headers.Builder out = Headers.builder();
                          for (Map.Entry<String, String> header : response.headers()) {
                            out.add(header.getKey(), header.getValue());
                          }
                          exchange.integration(
                              (System.nanoTime() - started) / 1_000_000, response.statusCode());
                          return new Response(
                              response.statusCode(), out.build(), content.getBytes());
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

  /**
   * The integration URI with stage variables, {@code {name}} path parameters (already encoded as
   * they go on the wire) and extra query parameters filled in.
   */
  static String url(
      String uri,
      Map<String, String> stageVariables,
      Map<String, String> encodedPathValues,
      String rawQuery,
      Map<String, List<String>> extraQuery) {
    String url = StageVariables.substitute(uri, stageVariables);
    if (url == null) {
      throw new Rejection(GatewayError.CONFIGURATION_ERROR, "the integration has no URI");
    }
    for (Map.Entry<String, String> value : encodedPathValues.entrySet()) {
      url = url.replace("{" + value.getKey() + "+}", value.getValue());
      url = url.replace("{" + value.getKey() + "}", value.getValue());
    }
    StringBuilder query = new StringBuilder(rawQuery == null ? "" : rawQuery);
    for (Map.Entry<String, List<String>> parameter : extraQuery.entrySet()) {
      for (String value : parameter.getValue()) {
        query
            .append(query.length() == 0 ? "" : "&")
            .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    if (query.length() > 0) {
      url += (url.contains("?") ? "&" : "?") + query;
    }
    return url;
  }

  /** Percent-encodes each segment of a (possibly multi-segment) path value, keeping the slashes. */
  static String encodePath(String value) {
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
