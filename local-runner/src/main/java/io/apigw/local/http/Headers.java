package io.apigw.local.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HTTP header fields as they came: names keep their case and fields their order, and a name may
 * repeat. Lookups ignore case, as HTTP does. Immutable; {@link #builder()} makes new ones.
 */
public final class Headers {
  private static final Headers EMPTY = new Headers(List.of());

  private final List<Map.Entry<String, String>> entries;

  private Headers(List<Map.Entry<String, String>> entries) {
    this.entries = entries;
  }

  public static Headers empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Name, value, name, value, ... */
  public static Headers of(String... namesAndValues) {
    Builder builder = builder();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      builder.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return builder.build();
  }

  /** Every field in order, names as written. */
  public List<Map.Entry<String, String>> entries() {
    return entries;
  }

  /** The first value of {@code name}, or null. */
  public String first(String name) {
    for (Map.Entry<String, String> entry : entries) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The last value of {@code name}, or null. */
  public String last(String name) {
    String last = null;
    for (Map.Entry<String, String> entry : entries) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        last = entry.getValue();
      }
    }
    return last;
  }

  /** Every value of {@code name}, in order. */
  public List<String> all(String name) {
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, String> entry : entries) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        values.add(entry.getValue());
      }
    }
    return values;
  }

  public boolean has(String name) {
    return first(name) != null;
  }

  /** The distinct names, each as first written, in order of first appearance. */
  public Set<String> names() {
    Map<String, String> seen = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : entries) {
      seen.putIfAbsent(entry.getKey().toLowerCase(Locale.ROOT), entry.getKey());
    }
    return new LinkedHashSet<>(seen.values());
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public int size() {
    return entries.size();
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.entries.addAll(entries);
    return builder;
  }

  @Override
  public String toString() {
    return entries.toString();
  }

  /** Builds {@link Headers}. */
  public static final class Builder {
    private final List<Map.Entry<String, String>> entries = new ArrayList<>();

    private Builder() {}

    /** Adds a field, keeping any others of the same name. */
    public Builder add(String name, String value) {
      entries.add(Map.entry(name, value));
      return this;
    }

    /** Replaces every field of this name (whatever its case) with one. */
    public Builder set(String name, String value) {
      remove(name);
      return add(name, value);
    }

    public Builder remove(String name) {
      entries.removeIf(entry -> entry.getKey().equalsIgnoreCase(name));
      return this;
    }

    public boolean has(String name) {
      for (Map.Entry<String, String> entry : entries) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return true;
        }
      }
      return false;
    }

    public Headers build() {
      return entries.isEmpty()
          ? EMPTY
          : new Headers(Collections.unmodifiableList(new ArrayList<>(entries)));
    }
  }
}
