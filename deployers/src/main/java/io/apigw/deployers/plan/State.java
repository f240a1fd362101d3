package io.apigw.deployers.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an API is, as a plan compares it: per category ({@code route}, {@code authorizer}, {@code
 * api key}, {@code usage plan}, {@code stage}, ...) the named items and their settings as text.
 * Both sides are built the same way, one from the model (what the deploy wants), one from AWS's
 * answers (what is live), so comparing them is a plain map comparison.
 */
public final class State {
  /** Values of fields with this prefix are digests of secrets; they are compared, never shown. */
  public static final String SECRET_PREFIX = "sha256:";

  private final Map<String, Map<String, Map<String, String>>> categories = new LinkedHashMap<>();

  /** Adds (or replaces) an item; null values are left out, so "unset" and "absent" agree. */
  public State put(String category, String name, Map<String, String> fields) {
    Map<String, String> copy = new LinkedHashMap<>();
    fields.forEach(
        (key, value) -> {
          if (value != null) {
            copy.put(key, value);
          }
        });
    categories.computeIfAbsent(category, c -> new LinkedHashMap<>()).put(name, copy);
    return this;
  }

  /** Says that the category is compared even when one side has no item of it. */
  public State category(String category) {
    categories.computeIfAbsent(category, c -> new LinkedHashMap<>());
    return this;
  }

  public Map<String, Map<String, String>> items(String category) {
    return categories.getOrDefault(category, Map.of());
  }

  public Set<String> categories() {
    return categories.keySet();
  }

  /** A secret's digest, for a field that must be compared but never printed. */
  public static String secret(String value) {
    if (value == null) {
      return null;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return SECRET_PREFIX + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * The changes that turn {@code live} into {@code desired}, in the desired state's order (then
   * removals). Every field either side sets is compared, so each side's builder leaves out the
   * defaults AWS fills in and the model never names.
   */
  public static Plan diff(State desired, State live) {
    List<Change> changes = new ArrayList<>();
    Set<String> categories = new LinkedHashSet<>(desired.categories());
    categories.addAll(live.categories());
    for (String category : categories) {
      Map<String, Map<String, String>> want = desired.items(category);
      Map<String, Map<String, String>> have = live.items(category);
      for (Map.Entry<String, Map<String, String>> item : want.entrySet()) {
        Map<String, String> current = have.get(item.getKey());
        if (current == null) {
          changes.add(
              new Change(
                  Change.Kind.ADD, category, item.getKey(), fields(item.getValue(), Map.of())));
          continue;
        }
        List<Change.Field> differing = fields(item.getValue(), current);
        if (!differing.isEmpty()) {
          changes.add(new Change(Change.Kind.CHANGE, category, item.getKey(), differing));
        }
      }
      for (Map.Entry<String, Map<String, String>> item : have.entrySet()) {
        if (!want.containsKey(item.getKey())) {
          changes.add(new Change(Change.Kind.REMOVE, category, item.getKey(), List.of()));
        }
      }
    }
    return new Plan(changes);
  }

  private static List<Change.Field> fields(Map<String, String> want, Map<String, String> have) {
    List<Change.Field> fields = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>(want.keySet());
    names.addAll(have.keySet());
    for (String name : names) {
      String after = want.get(name);
      String before = have.get(name);
      if (!Objects.equals(after, before)) {
        fields.add(new Change.Field(name, mask(before), mask(after)));
      }
    }
    return fields;
  }

  private static String mask(String value) {
    return value != null && value.startsWith(SECRET_PREFIX) ? "(hidden)" : value;
  }

  @Override
  public String toString() {
    return categories.toString();
  }
}
