package io.apigw.lint.report;

import io.apigw.lint.Finding;
import io.apigw.model.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code file:line:col severity ID message}, grouped per file under the file's name, then one
 * summary line; coloured with ANSI escapes when asked (on a terminal).
 */
public final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  private final boolean color;

  public TextReporter(boolean color) {
    this.color = color;
  }

  @Override
  public void report(List<FileReport> files, PrintWriter out) {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int withFindings = 0;
    for (FileReport file : files) {
      if (file.findings().isEmpty()) {
        continue;
      }
      withFindings++;
      out.println(paint(BOLD, file.file()));
      for (Finding f : file.findings()) {
        switch (f.severity()) {
          case ERROR -> errors++;
          case WARNING -> warnings++;
          case INFO -> infos++;
        }
        String where = f.at().file() + ":" + f.at().line() + ":" + f.at().column();
        out.println(
            "  "
                + where
                + "  "
                + paint(colour(f.severity()), pad(f.severity().label(), 7))
                + "  "
                + paint(DIM, f.ruleId())
                + "  "
                + f.message());
        if (f.hint() != null) {
          out.println("  " + " ".repeat(where.length()) + "  " + paint(DIM, "hint: " + f.hint()));
        }
      }
      out.println();
    }
    int total = errors + warnings + infos;
    String summary =
        total == 0
            ? "no problems in " + count(files.size(), "file")
            : count(total, "problem")
                + " ("
                + count(errors, "error")
                + ", "
                + count(warnings, "warning")
                + ", "
                + infos
                + " info) in "
                + count(withFindings, "file")
                + " of "
                + files.size();
    out.println(
        paint(total == 0 ? "\u001b[32m" : errors > 0 ? "\u001b[31m" : "\u001b[33m", summary));
    out.flush();
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }

  private static String colour(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
