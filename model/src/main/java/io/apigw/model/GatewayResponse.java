package io.apigw.model;

import java.util.Map;
import java.util.Objects;

/**
 * A customised gateway response: what API Gateway answers for one of its own errors, such as {@code
 * DEFAULT_4XX}, {@code UNAUTHORIZED} or {@code THROTTLED}.
 *
 * @param type the gateway response type
 * @param statusCode the status to answer with, or null to keep the type's default
 * @param headers response parameters: header name to a value expression, e.g. {@code "'*'"} or
 *     {@code method.request.header.origin}
 * @param templates content type to body template
 */
public record GatewayResponse(
    SourceRange source,
    String type,
    Integer statusCode,
    Map<String, String> headers,
    Map<String, String> templates) {
  public GatewayResponse {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(type, "type");
    headers = Copy.map(headers);
    templates = Copy.map(templates);
  }
}
