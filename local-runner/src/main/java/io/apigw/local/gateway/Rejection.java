package io.apigw.local.gateway;

/**
 * A stage's refusal to go on: a typed error that {@link GatewayErrors} turns into API Gateway's
 * response. Carries no stack trace; it is an answer, not a bug.
 */
public final class Rejection extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient GatewayError error;

  public Rejection(GatewayError error, String detail) {
    super(detail, null, false, false);
    this.error = error;
  }

  public GatewayError error() {
    return error;
  }

  /** The reason, for the access log ({@code $context.integrationErrorMessage}) and the console. */
  public String detail() {
    return getMessage();
  }
}
