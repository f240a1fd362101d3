package io.apigw.cli;

/** Every exit code apigw returns, in one place (STYLE.md). */
final class ExitCode {
  static final int OK = 0;

  /** Findings at or above the failure severity, or {@code fmt --check} found a file to change. */
  static final int FINDINGS = 1;

  /** The input could not be read or is invalid; also wrong usage. */
  static final int INVALID_INPUT = 2;

  /** An AWS call or a deploy failed. */
  static final int AWS_FAILURE = 3;

  /** A bug in apigw. */
  static final int INTERNAL = 4;

  private ExitCode() {}
}
