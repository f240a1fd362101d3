package io.apigw.local.lambda;

/**
 * What an invocation came to.
 *
 * @param outcome how it ended
 * @param payload the function's response (OK), or its error document (FUNCTION_ERROR: {@code
 *     {"errorMessage": ..., "errorType": ...}}); empty otherwise
 * @param errorType the error type for FUNCTION_ERROR, CRASHED and TIMEOUT, else null
 * @param errorMessage the error message for FUNCTION_ERROR, CRASHED and TIMEOUT, else null
 * @param durationMillis how long the invocation took
 */
public record InvokeResult(
    Outcome outcome, byte[] payload, String errorType, String errorMessage, long durationMillis) {
  public InvokeResult {
    payload = payload == null ? new byte[0] : payload;
  }

  /** How an invocation ended. */
  public enum Outcome {
    /** The function returned a response. */
    OK,
    /**
     * The function reported an error (a thrown exception, or an error posted to the Runtime API).
     */
    FUNCTION_ERROR,
    /** The function ran past its timeout and was stopped. */
    TIMEOUT,
    /** The function's process died or failed to initialise. */
    CRASHED,
    /** No function of that name is known. */
    NOT_FOUND
  }

  public boolean isOk() {
    return outcome == Outcome.OK;
  }
}
