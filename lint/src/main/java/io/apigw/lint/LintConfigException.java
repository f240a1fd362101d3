package io.apigw.lint;

/** A lint configuration file that is not valid, with where. */
public final class LintConfigException extends RuntimeException {
  private final String file;
  private final int line;
  private final int column;

  public LintConfigException(String file, int line, int column, String message) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
