package io.apigw.local.lambda;

import java.util.concurrent.CompletableFuture;

/**
 * Invokes Lambda functions by name: locally through the Lambda Runtime API apigw serves, or through
 * the Lambda Invoke API of another endpoint. The future never fails for the function's own
 * failures; those are {@link InvokeResult.Outcome}s.
 */
public interface FunctionInvoker extends AutoCloseable {
  /**
   * Invokes {@code functionName} with a JSON payload, as Lambda's {@code Invoke} with {@code
   * RequestResponse} would.
   */
  CompletableFuture<InvokeResult> invoke(String functionName, byte[] payload);

  /** Stops every function process and server this invoker started. */
  @Override
  void close();
}
