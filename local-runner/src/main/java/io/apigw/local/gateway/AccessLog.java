package io.apigw.local.gateway;

import io.apigw.local.http.Response;
import io.apigw.model.Protocol;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One access log line per request, in a format of {@code $context} variables as API Gateway's
 * access logging takes it (set-up-logging.md, http-api-logging-variables.md): the stage's own
 * format when the model has one, else API Gateway's CLF or JSON example format.
 */
public final class AccessLog {
  /** The formats the command line offers. */
  public enum Style {
    CLF,
    JSON,
    OFF
  }

  private static final String REST_CLF =
      "$context.identity.sourceIp $context.identity.caller $context.identity.user"
          + " [$context.requestTime] \"$context.httpMethod $context.resourcePath"
          + " $context.protocol\" $context.status $context.responseLength $context.requestId";
  private static final String HTTP_CLF =
      "$context.identity.sourceIp - - [$context.requestTime] \"$context.httpMethod"
          + " $context.routeKey $context.protocol\" $context.status $context.responseLength"
          + " $context.requestId";
  private static final String JSON =
      "{ \"requestId\":\"$context.requestId\", \"ip\": \"$context.identity.sourceIp\","
          + " \"requestTime\":\"$context.requestTime\", \"httpMethod\":\"$context.httpMethod\","
          + " \"routeKey\":\"$context.routeKey\", \"status\":\"$context.status\","
          + " \"protocol\":\"$context.protocol\", \"responseLength\":\"$context.responseLength\","
          + " \"integrationLatency\":\"$context.integrationLatency\","
          + " \"integrationErrorMessage\":\"$context.integrationErrorMessage\" }";
  private static final Pattern VARIABLE = Pattern.compile("\\$context\\.([A-Za-z0-9_.]+)");
  private static final DateTimeFormatter CLF_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final Style style;
  private final Protocol protocol;

  public AccessLog(Style style, Protocol protocol) {
    this.style = style;
    this.protocol = protocol;
  }

  /** The line for a finished exchange, or null when logging is off. */
  public String line(Exchange exchange, Response response) {
    if (style == Style.OFF) {
      return null;
    }
    String format;
    if (style == Style.JSON) {
      format = JSON;
    } else if (exchange.stage() != null
        && exchange.stage().accessLog() != null
        && exchange.stage().accessLog().format() != null) {
      format = exchange.stage().accessLog().format();
    } else {
      format = protocol == Protocol.REST ? REST_CLF : HTTP_CLF;
    }
    Matcher matcher = VARIABLE.matcher(format);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(value(matcher.group(1), exchange, response)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private String value(String name, Exchange exchange, Response response) {
    RequestContext context = exchange.context();
    String value =
        switch (name) {
          case "requestId", "extendedRequestId" -> exchange.requestId();
          case "identity.sourceIp" -> exchange.request().remoteAddress();
          case "identity.userAgent" -> exchange.request().headers().first("User-Agent");
          case "requestTime" ->
              CLF_TIME.format(Instant.ofEpochMilli(exchange.request().receivedAtMillis()));
          case "requestTimeEpoch" -> Long.toString(exchange.request().receivedAtMillis());
          case "httpMethod" -> exchange.request().method();
          case "path" -> exchange.request().path();
          case "protocol" -> exchange.request().protocol();
          case "status" -> Integer.toString(response.status());
          case "responseLength" -> Integer.toString(response.body().length);
          case "responseLatency" ->
              Long.toString((System.nanoTime() - exchange.startNanos()) / 1_000_000);
          case "integrationLatency", "integration.latency" ->
              exchange.integrationLatencyMillis() < 0
                  ? null
                  : Long.toString(exchange.integrationLatencyMillis());
          case "integrationStatus", "integration.status" ->
              exchange.integrationStatus() < 0
                  ? null
                  : Integer.toString(exchange.integrationStatus());
          case "integrationErrorMessage", "error.message" -> exchange.errorMessage();
          case "resourcePath" -> exchange.match() == null ? null : exchange.match().resourcePath();
          case "routeKey" ->
              exchange.match() == null ? null : exchange.match().route().key().text();
          case "stage" -> exchange.stage() == null ? null : exchange.stage().name();
          case "apiId" -> context == null ? null : context.apiId();
          case "domainName" -> exchange.request().headers().first("Host");
          default -> null;
        };
    return value == null ? "-" : value;
  }
}
