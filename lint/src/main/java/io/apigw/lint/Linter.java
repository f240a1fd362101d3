package io.apigw.lint;

import io.apigw.model.Diagnostic;
import io.apigw.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Runs the configured rules over one definition at a time. Immutable, so one serves many files. */
public final class Linter {
  private final List<Rule> rules;
  private final LintConfig config;

  private Linter(List<Rule> rules, LintConfig config) {
    this.rules = List.copyOf(rules);
    this.config = config;
  }

  /** A linter running {@link Rules#all()} as {@code config} says. */
  public static Linter of(LintConfig config) {
    return new Linter(Rules.all(), config);
  }

  /** A linter running the given rules as {@code config} says (tests run one rule this way). */
  public static Linter of(List<Rule> rules, LintConfig config) {
    return new Linter(rules, config);
  }

  /**
   * Every finding for one definition, sorted: each enabled rule's findings at its configured
   * severity, then the reader's warnings that no rule replaces, less what the definition silences.
   * A rule that throws is a bug of apigw's, reported as an error finding of that rule, so the other
   * rules still run.
   */
  public List<Finding> lint(LintInput input, List<Diagnostic> readerDiagnostics) {
    List<Finding> found = new ArrayList<>();
    Set<String> replaced = new HashSet<>();
    for (Rule rule : rules) {
      Optional<Severity> severity = config.severityOf(rule);
      if (severity.isEmpty()) {
        continue;
      }
      replaced.addAll(rule.replacesReaderCodes());
      Findings out = new Findings(rule);
      try {
        rule.check(input, out);
      } catch (RuntimeException | StackOverflowError bug) {
        Diagnostic internal = Diagnostic.internal("lint", bug, input.start());
        found.add(
            new Finding(
                rule.id(),
                Severity.ERROR,
                input.start(),
                "internal error in rule "
                    + rule.id()
                    + " (a bug of apigw's): "
                    + internal.message(),
                null));
        continue;
      }
      for (Finding f : out.list()) {
        found.add(f.severity() == severity.get() ? f : f.withSeverity(severity.get()));
      }
    }
    for (Diagnostic d : readerDiagnostics) {
      if (d.isError() || replaced.contains(d.code())) {
        continue;
      }
      config
          .severityOf(d.code(), d.severity())
          .ifPresent(s -> found.add(new Finding(d.code(), s, d.at(), d.message(), d.hint())));
    }
    Suppressions silenced = Suppressions.of(input);
    found.removeIf(silenced::silences);
    found.sort(Finding.ORDER);
    return found;
  }

  public List<Rule> rules() {
    return rules;
  }
}
