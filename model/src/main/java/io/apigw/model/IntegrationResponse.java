package io.apigw.model;

import java.util.Map;
import java.util.Objects;

/**
 * How a REST non-proxy integration's answer becomes a method response.
 *
 * @param selectionPattern the regular expression matched against the backend status (HTTP) or the
 *     Lambda error message; {@code default} for the response used when nothing else matches
 * @param statusCode the method response status
 * @param parameters method response parameter as API Gateway names it ({@code
 *     method.response.header.X}) to a value expression
 * @param templates content type to mapping template
 */
public record IntegrationResponse(
    SourceRange source,
    String selectionPattern,
    String statusCode,
    Map<String, String> parameters,
    Map<String, String> templates,
    ContentHandling contentHandling) {
  public IntegrationResponse {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(selectionPattern, "selectionPattern");
    Objects.requireNonNull(statusCode, "statusCode");
    parameters = Copy.map(parameters);
    templates = Copy.map(templates);
  }

  public boolean isDefault() {
    return selectionPattern.equals("default");
  }
}
