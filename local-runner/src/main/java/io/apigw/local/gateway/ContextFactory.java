package io.apigw.local.gateway;

import io.apigw.local.http.Request;
import io.apigw.local.routing.RouteMatch;
import java.util.Map;

/** Builds the {@link RequestContext} of a routed request. */
final class ContextFactory {
  private final String apiId;
  private final String accountId;

  ContextFactory(String apiId, String accountId) {
    this.apiId = apiId;
    this.accountId = accountId;
  }

  RequestContext create(Exchange exchange) {
    Request request = exchange.request();
    RouteMatch match = exchange.match();
    String host = request.headers().first("Host");
    String domain = host == null ? "localhost" : host;
    int dot = domain.indexOf('.');
    String resourcePath = match.resourcePath();
    Map<String, String> variables = exchange.stage().variables();
    return new RequestContext(
        exchange.requestId(),
        exchange.requestId(),
        apiId,
        accountId,
        exchange.stage().name(),
        variables,
        resourcePath,
        Integer.toHexString(resourcePath.hashCode() & 0xFFFFFF),
        match.route().key().text(),
        match.pathParameters(),
        domain,
        dot < 0 ? domain : domain.substring(0, dot),
        request.receivedAtMillis(),
        request.protocol(),
        request.remoteAddress(),
        request.headers().first("User-Agent"),
        Map.of(),
        "local",
        match.route().apiKeyRequired() ? request.headers().first("x-api-key") : null,
        null);
  }
}
