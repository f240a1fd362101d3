package io.apigw.local.integration;

import io.apigw.local.gateway.Exchange;
import io.apigw.local.http.Headers;
import io.apigw.local.http.Response;
import io.apigw.local.templates.Overrides;
import io.apigw.local.templates.ParameterMappings;
import io.apigw.local.templates.RequestParameterValues;
import io.apigw.local.templates.TemplateInput;
import io.apigw.model.Integration;
import io.apigw.model.Protocol;
import io.vertx.core.MultiMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * An HTTP_PROXY integration: the request goes to the backend as it came (path parameters and {@code
 * {proxy}} substituted in the URI as sent, the query string and the headers passed on, REST
 * parameter mappings applied), and the backend's answer comes back as it is, with the headers API
 * Gateway remaps (test_apigateway_integrations {@code test_apigateway_header_remapping_http}:
 * {@code Connection}, {@code Content-Length}, {@code Date} and {@code Server} of the backend become
 * {@code x-amzn-Remapped-*} on REST APIs).
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

  private static final RequestParameterValues NO_PARAMETERS =
      new RequestParameterValues(Map.of(), Map.of(), Map.of());

  private final Integration integration;
  private final Protocol protocol;
  private final HttpBackend backend;

  HttpProxyIntegration(Integration integration, Protocol protocol, HttpBackend backend) {
    this.integration = integration;
    this.protocol = protocol;
    this.backend = backend;
  }

  @Override
  public CompletableFuture<Response> invoke(Exchange exchange) {
    RequestParameterValues mapped =
        integration.requestParameters().isEmpty()
            ? NO_PARAMETERS
            : ParameterMappings.request(
                integration.requestParameters(),
                TemplateInput.of(exchange.request(), exchange.context()),
                Overrides.NONE);
    // Path parameters are forwarded as sent; mapped ones are encoded for the wire.
    Map<String, String> paths = new LinkedHashMap<>(exchange.match().rawPathParameters());
    mapped.paths().forEach((name, value) -> paths.put(name, HttpBackend.encodePath(value)));
    String url =
        HttpBackend.url(
            integration.uri(),
            exchange.context().stageVariables(),
            paths,
            exchange.request().rawQuery(),
            mapped.querystrings());
    if ("$default".equals(exchange.match().resourcePath())) {
      // The $default route sends the whole request path on (http-api-develop-routes.md).
      int query = url.indexOf('?');
      String base = query < 0 ? url : url.substring(0, query);
      String rest = query < 0 ? "" : url.substring(query);
      url =
          (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
              + exchange.request().path()
              + rest;
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
    for (Map.Entry<String, List<String>> header : mapped.headers().entrySet()) {
      headers.set(header.getKey(), header.getValue());
    }
    if (protocol == Protocol.REST) {
      headers.set("X-Amzn-Apigateway-Api-Id", exchange.context().apiId());
    } else {
      headers.add("X-Forwarded-For", exchange.context().sourceIp());
      headers.set("X-Forwarded-Proto", "http");
    }
    headers.set("X-Amzn-Trace-Id", TraceIds.create());
    return backend
        .send(exchange, method, url, headers, exchange.request().body())
        .thenApply(this::remap);
  }

  private Response remap(Response response) {
    Headers.Builder out = Headers.builder();
    for (Map.Entry<String, String> header : response.headers().entries()) {
      String lower = header.getKey().toLowerCase(Locale.ROOT);
      if (lower.equals("transfer-encoding")) {
        continue;
      }
      if (protocol == Protocol.REST && REMAPPED.contains(lower)) {
        out.add("x-amzn-Remapped-" + header.getKey(), header.getValue());
      } else if (!lower.equals("connection") && !lower.equals("content-length")) {
        out.add(header.getKey(), header.getValue());
      }
    }
    return response.withHeaders(out.build());
  }
}
