package io.apigw.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A declared method response: a status code, the headers it may carry and its models by content
 * type. REST non-proxy integrations can only map to declared responses.
 */
public record MethodResponse(
    SourceRange source, String statusCode, List<String> headers, Map<String, String> models) {
  public MethodResponse {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(statusCode, "statusCode");
    headers = Copy.list(headers);
    models = Copy.map(models);
  }
}
