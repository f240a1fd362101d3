package io.apigw.local.integration;

import io.apigw.local.gateway.Exchange;
import io.apigw.local.gateway.GatewayError;
import io.apigw.local.gateway.Rejection;
import io.apigw.local.http.Headers;
import io.apigw.local.http.Response;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A MOCK integration as REST APIs run it (api-gateway-mock-integration.md): the request template
 * names the status ({@code {"statusCode": 200}}), the integration response whose selection pattern
 * matches that status (else {@code default}) gives the method response's status, its static header
 * values and its body template.
 */
final class MockIntegration implements IntegrationHandler {
  private static final Pattern STATUS = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d{3})");
  private static final String RESPONSE_HEADER = "method.response.header.";

  private final Integration integration;

  MockIntegration(Integration integration) {
    this.integration = integration;
  }

  @Override
  public CompletableFuture<Response> invoke(Exchange exchange) {
    String status = status(exchange);
    IntegrationResponse selected = select(status);
    if (selected == null) {
      return CompletableFuture.failedFuture(
          new Rejection(
              GatewayError.CONFIGURATION_ERROR,
              "no integration response matches status " + status + " and there is no default"));
    }
    Headers.Builder headers = Headers.builder();
    for (Map.Entry<String, String> parameter : selected.parameters().entrySet()) {
      String value = parameter.getValue();
      if (parameter.getKey().startsWith(RESPONSE_HEADER)
          && value.length() >= 2
          && value.startsWith("'")
          && value.endsWith("'")) {
        headers.add(
            parameter.getKey().substring(RESPONSE_HEADER.length()),
            value.substring(1, value.length() - 1));
      }
    }
    Map.Entry<String, String> template = template(selected, exchange);
    byte[] body = new byte[0];
    if (template != null) {
      body = template.getValue().getBytes(StandardCharsets.UTF_8);
      if (!headers.has("Content-Type")) {
        headers.add("Content-Type", template.getKey());
      }
    }
    exchange.integration(0, Integer.parseInt(status));
    int code = parseStatus(selected.statusCode());
    return CompletableFuture.completedFuture(new Response(code, headers.build(), body));
  }

  /** The status the request template names; 200 when it names none. */
  private String status(Exchange exchange) {
    String contentType = exchange.request().headers().first("Content-Type");
    String template = null;
    if (contentType != null) {
      template = integration.requestTemplates().get(contentType.split(";")[0].trim());
    }
    if (template == null) {
      template = integration.requestTemplates().get("application/json");
    }
    if (template == null && !integration.requestTemplates().isEmpty()) {
      template = integration.requestTemplates().values().iterator().next();
    }
    if (template != null) {
      Matcher matcher = STATUS.matcher(template);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return "200";
  }

  private IntegrationResponse select(String status) {
    IntegrationResponse fallback = null;
    for (IntegrationResponse response : integration.responses()) {
      if (response.isDefault()) {
        fallback = fallback == null ? response : fallback;
        continue;
      }
      try {
        if (status.matches(response.selectionPattern())) {
          return response;
        }
      } catch (PatternSyntaxException e) {
        // A pattern API Gateway would have refused at deployment matches nothing here.
      }
    }
    return fallback;
  }

  private static Map.Entry<String, String> template(
      IntegrationResponse response, Exchange exchange) {
    if (response.templates().isEmpty()) {
      return null;
    }
    String accept = exchange.request().headers().first("Accept");
    if (accept != null) {
      String first = accept.split(",")[0].split(";")[0].trim();
      String chosen = response.templates().get(first);
      if (chosen != null) {
        return Map.entry(first, chosen);
      }
    }
    String json = response.templates().get("application/json");
    if (json != null) {
      return Map.entry("application/json", json);
    }
    return response.templates().entrySet().iterator().next();
  }

  private static int parseStatus(String status) {
    try {
      return Integer.parseInt(status.trim());
    } catch (NumberFormatException e) {
      throw new Rejection(GatewayError.CONFIGURATION_ERROR, "status `" + status + "` is no number");
    }
  }
}
