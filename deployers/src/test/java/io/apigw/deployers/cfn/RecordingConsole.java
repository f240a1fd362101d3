package io.apigw.deployers.cfn;

import io.apigw.deployers.deploy.Console;
import java.util.ArrayList;
import java.util.List;

/** A console that keeps what it was told and answers questions as told. */
final class RecordingConsole implements Console {
  final List<String> reports = new ArrayList<>();
  final List<String> progress = new ArrayList<>();
  final List<String> questions = new ArrayList<>();
  private final boolean interactive;
  private final boolean answer;

  RecordingConsole(boolean interactive, boolean answer) {
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

  String allReports() {
    return String.join("\n", reports);
  }

  String allProgress() {
    return String.join("\n", progress);
  }
}
