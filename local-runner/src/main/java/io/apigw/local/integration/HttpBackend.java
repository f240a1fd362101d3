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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends an integration request to an HTTP backend over the pooled client of the calling event loop
 * and returns the backend's answer as it came; a backend that cannot be reached is API Gateway's
 * integration failure. Used by HTTP proxy and HTTP custom integrations.
 */
final class HttpBackend {
  private static final int MAX_TARGETS = 1024;

  private final LoopClients clients;
  private final Map<String, Target> targets = new ConcurrentHashMap<>();

  HttpBackend(LoopClients clients) {
    this.clients = clients;
  }

  CompletableFuture<Response> send(
      Exchange exchange, String method, String url, MultiMap headers, byte[] body) {
    Target target;
    try {
      target = target(url);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(
          new Rejection(
              GatewayError.CONFIGURATION_ERROR, "invalid integration URI: " + e.getMessage()));
    }
    RequestOptions options =
        new RequestOptions()
            .setHost(target.host())
            .setPort(target.port())
            .setSsl(target.ssl())
            .setURI(target.pathAndQuery())
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
                            + target.host()
                            + " could not be reached: "
                            + outcome.cause().getMessage()));
              }
            });
    return result;
  }

  /** Where a request goes: what {@link URI} reads of its URL. */
  record Target(String host, int port, boolean ssl, String pathAndQuery) {}

  /**
   * Reads a URL as {@link URI} does, and fails as it does. The part before the query (the same for
   * every request of a route, most often) is read once; a query of plainly valid characters is
   * appended as it is, and any other goes through {@link URI} with the rest.
   */
  Target target(String url) {
    int question = url.indexOf('?');
    String base = question < 0 ? url : url.substring(0, question);
    Target origin = targets.get(base);
    if (origin == null) {
      origin = parse(base);
      if (targets.size() > MAX_TARGETS) {
        targets.clear();
      }
      targets.put(base, origin);
    }
    if (question < 0) {
      return origin;
    }
    String query = url.substring(question + 1);
    if (!plainQuery(query)) {
      return parse(url);
    }
    return new Target(
        origin.host(), origin.port(), origin.ssl(), origin.pathAndQuery() + "?" + query);
  }

  private static Target parse(String url) {
    URI target = URI.create(url);
    if (target.getHost() == null) {
      throw new IllegalArgumentException("no host in " + url);
    }
    boolean ssl = "https".equalsIgnoreCase(target.getScheme());
    String path =
        target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    return new Target(
        target.getHost(),
        target.getPort() > 0 ? target.getPort() : ssl ? 443 : 80,
        ssl,
        target.getRawQuery() == null ? path : path + "?" + target.getRawQuery());
  }

  /**
   * Whether {@link URI} would take {@code query} as it is: unreserved and sub-delimiter characters,
   * {@code : @ / ?}, and well-formed percent escapes.
   */
  static boolean plainQuery(String query) {
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '%') {
        if (i + 2 >= query.length() || !hex(query.charAt(i + 1)) || !hex(query.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
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
