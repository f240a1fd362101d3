package io.apigw.deployers.plan;

import java.util.List;

/** What a deploy would change, item by item; empty when the live API is already what is wanted. */
public record Plan(List<Change> changes) {
  public Plan {
    changes = List.copyOf(changes);
  }

  public static Plan empty() {
    return new Plan(List.of());
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public long count(Change.Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }

  /** True when some change is in one of these categories. */
  public boolean touches(String... categories) {
    for (Change change : changes) {
      for (String category : categories) {
        if (change.category().equals(category)) {
          return true;
        }
      }
    }
    return false;
  }
}
