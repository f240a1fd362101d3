package io.apigw.model;

import java.util.function.Function;

/**
 * Prints a diagnostic the way compilers do: {@code file:line:col: error: message}, then the line it
 * points at and a caret under the column, then the hint.
 */
public final class DiagnosticPrinter {
  private final Function<String, String> sources;

  /**
   * @param sources the text of a file by name, or null when it is not at hand (then no source line
   *     is shown)
   */
  private DiagnosticPrinter(Function<String, String> sources) {
    this.sources = sources;
  }

  public static DiagnosticPrinter of(Function<String, String> sources) {
    return new DiagnosticPrinter(sources);
  }

  public String print(Diagnostic diagnostic) {
    StringBuilder out = new StringBuilder();
    SourceRange at = diagnostic.at();
    String where = at.toString();
    if (!where.isEmpty()) {
      out.append(where).append(": ");
    }
    out.append(diagnostic.severity().label()).append(": ").append(diagnostic.message());
    String hint = diagnostic.hint();
    if (hint != null && hint.startsWith("did you mean")) {
      out.append(", ").append(hint);
      hint = null;
    }
    out.append('\n');
    String line = at.isKnown() ? line(sources.apply(at.file()), at.line()) : null;
    if (line != null) {
      String shown = line.replace('\t', ' ');
      out.append("  ").append(shown).append('\n');
      int column = Math.max(1, Math.min(at.column(), shown.length() + 1));
      out.append("  ").append(" ".repeat(column - 1)).append('^');
      int width =
          at.endLine() == at.line() && at.endColumn() > at.column()
              ? Math.min(at.endColumn(), shown.length() + 1) - column
              : 1;
      if (width > 1) {
        out.append("~".repeat(width - 1));
      }
      out.append('\n');
    }
    if (hint != null) {
      out.append("  = ").append(hint).append('\n');
    }
    return out.toString();
  }

  private static String line(String text, int number) {
    if (text == null || number < 1) {
      return null;
    }
    int start = 0;
    for (int i = 1; i < number; i++) {
      int next = text.indexOf('\n', start);
      if (next < 0) {
        return null;
      }
      start = next + 1;
    }
    int end = text.indexOf('\n', start);
    String line = end < 0 ? text.substring(start) : text.substring(start, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
