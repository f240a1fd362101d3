package io.apigw.deployers.aws;

/**
 * A deploy that AWS refused or that failed while AWS worked: the message says what and why, for the
 * user (the CLI prints it and exits 3), without a stack trace.
 */
public final class DeployException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DeployException(String message) {
    super(message);
  }

  public DeployException(String message, Throwable cause) {
    super(message, cause);
  }
}
