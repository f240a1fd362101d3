package io.apigw.deployers.deploy;

/**
 * Where a deploy talks to the user. {@link #report} is the result people read (the plan or change
 * set table, the outputs); {@link #progress} is what happens while AWS works. The CLI sends reports
 * to standard output (or nowhere with {@code --format json}) and progress to standard error.
 */
public interface Console {
  void report(String text);

  void progress(String line);

  /**
   * Asks before a change is applied. Answers false, without asking, when nobody can answer: no
   * terminal or {@code CI} set (the caller then says to pass {@code --yes}).
   */
  boolean confirm(String question);

  /** True when {@link #confirm} can ask someone. */
  boolean interactive();

  /** Prints nothing and answers every question with {@code answer}: tests and {@code --yes}. */
  static Console silent(boolean answer) {
    return new Console() {
      @Override
      public void report(String text) {}

      @Override
      public void progress(String line) {}

      @Override
      public boolean confirm(String question) {
        return answer;
      }

      @Override
      public boolean interactive() {
        return false;
      }
    };
  }
}
