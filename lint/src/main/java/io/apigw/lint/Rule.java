package io.apigw.lint;

import io.apigw.model.Severity;
import java.util.Set;

/**
 * One lint rule: a final class with an id, a default severity, a one-line summary, its
 * documentation and a check over one definition.
 *
 * <p>The id is a letter and four digits. The letter is the default severity ({@code E} error,
 * {@code W} warning, {@code I} info); the first digit is the area: 1 structure, 2 routes, 3
 * endpoint types, 4 authorizers, 5 API keys and usage plans, 6 integrations, 7 stages and logging,
 * 8 security. Each rule has examples under {@code io/apigw/lint/examples/ID/} ({@code bad.*} with
 * {@code bad.expected}, {@code good.*}), which the tests run and the documentation shows.
 */
public interface Rule {
  /** {@code E1001}: letter, area digit, three digits. */
  String id();

  /** One line, shown by {@code --list-rules} and as the SARIF rule's short description. */
  String summary();

  /** What the rule finds, why it matters and where AWS says so. */
  RuleDoc doc();

  /** Reports every problem of {@code input} to {@code out}; never throws for a user's mistake. */
  void check(LintInput input, Findings out);

  /** The default severity, read from the id's letter. */
  default Severity severity() {
    return switch (id().charAt(0)) {
      case 'E' -> Severity.ERROR;
      case 'W' -> Severity.WARNING;
      default -> Severity.INFO;
    };
  }

  /** Whether {@code extends: recommended} runs the rule; {@code all} runs every rule. */
  default boolean recommended() {
    return true;
  }

  /**
   * Codes of reader diagnostics that this rule reports better; lint drops those diagnostics so a
   * problem is not reported twice.
   */
  default Set<String> replacesReaderCodes() {
    return Set.of();
  }

  /** The documentation page, relative to the repository root. */
  default String docPath() {
    return "docs/rules/" + id() + ".md";
  }
}
