package io.apigw.model;

import java.util.Objects;

/**
 * A problem found in what a user wrote: where, how bad, a stable code, a message and, where one
 * exists, a suggestion ("did you mean ...").
 *
 * @param severity how bad
 * @param code a stable identifier, such as {@code dsl.unknown-word} or {@code openapi.placeholder}
 * @param message one sentence, no trailing period needed
 * @param at where; {@link SourceRange#NONE} when nowhere in particular
 * @param hint a suggestion, or null
 */
public record Diagnostic(
    Severity severity, String code, String message, SourceRange at, String hint) {
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    at = SourceRange.orNone(at);
  }

  public static Diagnostic error(String code, String message, SourceRange at) {
    return new Diagnostic(Severity.ERROR, code, message, at, null);
  }

  public static Diagnostic warning(String code, String message, SourceRange at) {
    return new Diagnostic(Severity.WARNING, code, message, at, null);
  }

  public static Diagnostic info(String code, String message, SourceRange at) {
    return new Diagnostic(Severity.INFO, code, message, at, null);
  }

  /**
   * A bug of apigw's met while reading: an error diagnostic (code {@code <area>.internal}) that
   * names the exception and where it was thrown, for the bug report, instead of an exception that
   * would reach the user.
   */
  public static Diagnostic internal(String area, Throwable bug, SourceRange at) {
    StringBuilder where = new StringBuilder();
    StackTraceElement[] frames = bug.getStackTrace();
    for (int i = 0; i < Math.min(4, frames.length); i++) {
      where.append(i == 0 ? "at " : " < ").append(frames[i]);
    }
    return new Diagnostic(
        Severity.ERROR,
        area + ".internal",
        "internal error while reading this file (a bug in apigw): " + bug,
        at,
        where.toString());
  }

  /** True for diagnostics that report a bug of apigw's rather than a mistake in the input. */
  public boolean isInternal() {
    return code.endsWith(".internal");
  }

  public Diagnostic withHint(String hint) {
    return new Diagnostic(severity, code, message, at, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:col: severity: message (hint)}, the shape compilers print. */
  @Override
  public String toString() {
    String where = at.toString();
    String text = (where.isEmpty() ? "" : where + ": ") + severity.label() + ": " + message;
    return hint == null ? text : text + " (" + hint + ")";
  }
}
