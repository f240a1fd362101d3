package io.apigw.cli;

/** A mistake of the user's that ends a command: printed as one line, no stack trace. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  UserError(String message) {
    this(message, ExitCode.INVALID_INPUT);
  }

  UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
