package io.apigw.local.templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What templates put into {@code $context.requestOverride} and {@code $context.responseOverride}
 * (apigateway-override-request-response-parameters.md). The maps live as long as the request: what
 * the request template sets, the response template reads again (LocalStack snapshot
 * test_apigateway_integrations {@code
 * test_integration_mock_with_request_overrides_in_response_template} and {@code
 * test_integration_mock_with_response_override_in_request_template}), so a gateway hands the
 * overrides of the request template to the response template and to {@link IntegrationResponses}.
 *
 * @param request {@code $context.requestOverride}: {@code header}, {@code path}, {@code
 *     querystring}, and whatever else a template put there
 * @param response {@code $context.responseOverride}: {@code header}, {@code status}, ...
 */
public record Overrides(Map<String, Object> request, Map<String, Object> response) {
  /** No overrides. */
  public static final Overrides NONE = new Overrides(Map.of(), Map.of());

  public Overrides {
    request = freeze(request);
    response = freeze(response);
  }

  /** {@code $context.requestOverride.header.*}: a list value is a header of many values. */
  public Map<String, List<String>> requestHeaders() {
    return multi(request.get("header"));
  }

  /** {@code $context.requestOverride.querystring.*}: a list value repeats the name. */
  public Map<String, List<String>> requestQuerystrings() {
    return multi(request.get("querystring"));
  }

  /** {@code $context.requestOverride.path.*}. */
  public Map<String, String> requestPaths() {
    Map<String, String> out = new LinkedHashMap<>();
    multi(request.get("path")).forEach((name, values) -> out.put(name, String.join(",", values)));
    return out;
  }

  /** {@code $context.responseOverride.header.*}: a list value is a header of many values. */
  public Map<String, List<String>> responseHeaders() {
    return multi(response.get("header"));
  }

  /** {@code $context.responseOverride.status}, when a template set it. */
  public OptionalInt responseStatus() {
    Object status = response.get("status");
    Integer code = status(status);
    return code == null ? OptionalInt.empty() : OptionalInt.of(code);
  }

  /** A status code of 100 to 599 from a number or numeric text; null for anything else. */
  static Integer status(Object value) {
    int code;
    if (value instanceof Number number) {
      code = number.intValue();
    } else if (value instanceof CharSequence text && !text.toString().isBlank()) {
      try {
        code = Integer.parseInt(text.toString().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    } else {
      return null;
    }
    return code >= 100 && code <= 599 ? code : null;
  }

  private static Map<String, List<String>> multi(Object map) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (map instanceof Map<?, ?> entries) {
      for (Map.Entry<?, ?> entry : entries.entrySet()) {
        Object value = entry.getValue();
        List<String> values = new ArrayList<>();
        if (value instanceof Iterable<?> list) {
          list.forEach(v -> values.add(String.valueOf(v)));
        } else if (value != null) {
          values.add(value.toString());
        }
        out.put(String.valueOf(entry.getKey()), List.copyOf(values));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> freeze(Map<String, Object> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    return (Map<String, Object>) freezeValue(map);
  }

  private static Object freezeValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), freezeValue(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(freezeValue(v)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
