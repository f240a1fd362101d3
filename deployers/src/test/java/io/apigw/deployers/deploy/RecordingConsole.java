package io.apigw.deployers.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * A console for the deployers' tests: keeps what it was told and what it was asked, and answers
 * {@code answer} when it is interactive (a console that is not cannot ask, so it answers no).
 */
public final class RecordingConsole implements Console {
  public final List<String> reports = new ArrayList<>();
  public final List<String> progress = new ArrayList<>();
  public final List<String> questions = new ArrayList<>();
  private final boolean interactive;
  private final boolean answer;

  public RecordingConsole(boolean interactive, boolean answer) {
    this.interactive = interactive;
    this.answer = answer;
  }

  @Override
  public void report(String text) {
    reports.add(text);
  }

  @Override
  public void progress(String line) {
    progress.add(line);
  }

  @Override
  public boolean confirm(String question) {
    questions.add(question);
    return interactive && answer;
  }

  @Override
  public boolean interactive() {
    return interactive;
  }

  public String allReports() {
    return String.join("\n", reports);
  }

  public String allProgress() {
    return String.join("\n", progress);
  }

  /** Reports, then progress lines. */
  public String all() {
    return allReports() + "\n" + allProgress();
  }
}
