package io.apigw.cli;

import io.apigw.deployers.deploy.Console;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The deploy commands' console: reports to standard output (none with {@code --format json}),
 * progress to standard error, questions on the terminal. Non-interactive when {@code CI} is set or
 * there is no terminal, as the issue asks of CI pipelines.
 */
final class TerminalConsole implements Console {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean reports;

  TerminalConsole(PrintWriter out, PrintWriter err, boolean reports) {
    this.out = out;
    this.err = err;
    this.reports = reports;
  }

  @Override
  public void report(String text) {
    if (reports) {
      out.print(text.endsWith("\n") ? text : text + "\n");
      out.flush();
    }
  }

  @Override
  public void progress(String line) {
    err.println(line);
    err.flush();
  }

  @Override
  public boolean interactive() {
    String ci = System.getenv("CI");
    return System.console() != null && (ci == null || ci.isEmpty() || ci.equalsIgnoreCase("false"));
  }

  @Override
  public boolean confirm(String question) {
    if (!interactive()) {
      return false;
    }
    err.print(question + " [y/N] ");
    err.flush();
    try {
      String answer =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      return answer != null && answer.trim().toLowerCase(Locale.ROOT).matches("y|yes");
    } catch (IOException e) {
      return false;
    }
  }
}
