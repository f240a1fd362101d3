package io.apigw.local.integration;

import io.apigw.local.gateway.Exchange;
import io.apigw.local.http.QueryString;
import java.util.List;

/**
 * The value side of API Gateway's parameter mappings (request-response-data-mappings.md): {@code
 * method.request.path|querystring|header.NAME}, a quoted static value {@code 'text'}, {@code
 * stageVariables.NAME} and {@code context.NAME}.
 */
final class MappingExpressions {
  private MappingExpressions() {}

  /** The expression's value for this request, or null when it has none. */
  static String evaluate(String expression, Exchange exchange) {
    if (expression == null) {
      return null;
    }
    String e = expression.trim();
    if (e.length() >= 2 && e.startsWith("'") && e.endsWith("'")) {
      return e.substring(1, e.length() - 1);
    }
    if (e.startsWith("method.request.path.")) {
      return exchange.match().pathParameters().get(e.substring("method.request.path.".length()));
    }
    if (e.startsWith("method.request.querystring.")) {
      List<String> values =
          QueryString.parse(exchange.request().rawQuery())
              .get(e.substring("method.request.querystring.".length()));
      return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }
    if (e.startsWith("method.request.multivaluequerystring.")) {
      List<String> values =
          QueryString.parse(exchange.request().rawQuery())
              .get(e.substring("method.request.multivaluequerystring.".length()));
      return values == null || values.isEmpty() ? null : String.join(",", values);
    }
    if (e.startsWith("method.request.header.")) {
      return exchange.request().headers().last(e.substring("method.request.header.".length()));
    }
    if (e.startsWith("method.request.multivalueheader.")) {
      List<String> values =
          exchange
              .request()
              .headers()
              .all(e.substring("method.request.multivalueheader.".length()));
      return values.isEmpty() ? null : String.join(",", values);
    }
    if (e.startsWith("stageVariables.")) {
      return exchange.context().stageVariables().get(e.substring("stageVariables.".length()));
    }
    if (e.startsWith("context.")) {
      return switch (e.substring("context.".length())) {
        case "requestId" -> exchange.context().requestId();
        case "stage" -> exchange.context().stage();
        case "apiId" -> exchange.context().apiId();
        case "resourcePath" -> exchange.context().resourcePath();
        case "httpMethod" -> exchange.request().method();
        case "identity.sourceIp" -> exchange.context().sourceIp();
        case "identity.userAgent" -> exchange.context().userAgent();
        default -> null;
      };
    }
    return null;
  }
}
