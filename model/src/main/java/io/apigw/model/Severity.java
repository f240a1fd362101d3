package io.apigw.model;

/** How bad a diagnostic is. Ordered from the most to the least severe. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** True when this severity is at least as severe as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
