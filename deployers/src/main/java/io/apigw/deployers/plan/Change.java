package io.apigw.deployers.plan;

import java.util.List;

/**
 * One thing a deploy adds, changes or removes: a route, an authorizer, an API key, a usage plan, a
 * stage's settings. {@code fields} says, for a change, which settings differ and how.
 */
public record Change(Kind kind, String category, String name, List<Field> fields) {
  public enum Kind {
    ADD("+"),
    CHANGE("*"),
    REMOVE("-");

    private final String symbol;

    Kind(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** One setting's value before and after; null where it is not set. Secrets are masked. */
  public record Field(String name, String before, String after) {}

  public Change {
    fields = List.copyOf(fields);
  }
}
