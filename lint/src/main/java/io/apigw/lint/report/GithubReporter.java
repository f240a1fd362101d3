package io.apigw.lint.report;

import io.apigw.lint.Finding;
import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub Actions workflow commands ({@code ::error file=F,line=L,col=C,title=ID::message}), which
 * GitHub shows as annotations on the pull request's lines.
 */
public final class GithubReporter implements Reporter {
  @Override
  public void report(List<FileReport> files, PrintWriter out) {
    for (FileReport file : files) {
      for (Finding f : file.findings()) {
        String level =
            switch (f.severity()) {
              case ERROR -> "error";
              case WARNING -> "warning";
              case INFO -> "notice";
            };
        out.println(
            "::"
                + level
                + " file="
                + property(f.at().file().isEmpty() ? file.file() : f.at().file())
                + ",line="
                + Math.max(1, f.at().line())
                + ",col="
                + Math.max(1, f.at().column())
                + ",title="
                + property(f.ruleId())
                + "::"
                + data(f.message() + (f.hint() == null ? "" : " (" + f.hint() + ")")));
      }
    }
    out.flush();
  }

  /** Escaping of a workflow command's message, as the Actions toolkit does it. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of a workflow command's property value. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
