package io.apigw.local.templates;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The integration request's parameters after mapping: {@code integration.request.header.X}, {@code
 * integration.request.querystring.X} and {@code integration.request.path.X}, with the request
 * template's {@code $context.requestOverride} applied on top.
 *
 * @param headers header name to its values (a multi-value mapping gives several)
 * @param querystrings query name to its values
 * @param paths path parameter of the integration URI ({@code {name}}) to its value
 */
public record RequestParameterValues(
    Map<String, List<String>> headers,
    Map<String, List<String>> querystrings,
    Map<String, String> paths) {
  public RequestParameterValues {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    querystrings = Collections.unmodifiableMap(new LinkedHashMap<>(querystrings));
    paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
  }
}
