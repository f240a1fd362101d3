package io.apigw.local.templates;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A map under {@code $context.requestOverride} or {@code $context.responseOverride}. "Overrides are
 * final. An override may only be applied to each parameter once. Trying to override the same
 * parameter multiple times will result in 5XX responses" (apigateway-override-request-response-
 * parameters.md): setting a name twice in one template fails that template.
 */
final class OverrideMap extends LinkedHashMap<String, Object> {
  private static final long serialVersionUID = 1L;
  private final String name;
  private final Set<String> setHere = new HashSet<>();

  OverrideMap(String name, Map<String, Object> carried) {
    this.name = name;
    if (carried != null) {
      carried.forEach(
          (key, value) -> super.put(key, value instanceof Map<?, ?> ? mutable(value) : value));
    }
  }

  @SuppressWarnings("unchecked")
  private static Object mutable(Object map) {
    return new LinkedHashMap<>((Map<String, Object>) map);
  }

  /** Puts a value that this template did not set (one the gateway starts it with). */
  void seed(String key, Object value) {
    super.put(key, value);
  }

  @Override
  public Object put(String key, Object value) {
    if (!setHere.add(key)) {
      throw new IllegalStateException(
          "$context." + name + "." + key + " is set twice; an override may be set only once");
    }
    return super.put(key, value);
  }

  @Override
  public void putAll(Map<? extends String, ?> entries) {
    entries.forEach(this::put);
  }
}
