package io.apigw.lint;

import io.apigw.model.Severity;
import io.apigw.model.SourceRange;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem lint reports: which rule (or reader diagnostic code), how severe after configuration,
 * where, and what.
 */
public record Finding(
    String ruleId, Severity severity, SourceRange at, String message, String hint) {
  /** File, line, column, then rule id: the order every reporter prints in. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.at().file())
          .thenComparingInt(f -> f.at().line())
          .thenComparingInt(f -> f.at().column())
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    at = SourceRange.orNone(at);
  }

  Finding withSeverity(Severity value) {
    return new Finding(ruleId, value, at, message, hint);
  }
}
