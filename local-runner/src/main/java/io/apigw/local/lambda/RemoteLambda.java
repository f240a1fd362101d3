package io.apigw.local.lambda;

import io.apigw.local.lambda.InvokeResult.Outcome;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.LambdaClientBuilder;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/**
 * Invokes functions through the Lambda Invoke API of another endpoint: AWS itself, {@code sam local
 * start-lambda}, LocalStack. The future fails only when the endpoint cannot be reached or refuses
 * the call (credentials, throttling); what the function did is an {@link Outcome}.
 */
public final class RemoteLambda implements FunctionInvoker {
  /** Lambda's longest timeout, and some time for the call itself. */
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(900 + 30);

  /** Error types with which Lambda reports a runtime that died or did not start. */
  private static final Set<String> CRASH_TYPES =
      Set.of(
          "Runtime.ExitError",
          "Runtime.OutOfMemory",
          "Runtime.InvalidEntrypoint",
          "Runtime.ImportModuleError",
          "Runtime.HandlerNotFound",
          "Runtime.UserCodeSyntaxError",
          "Runtime.MalformedHandlerName");

  private final LambdaClient client;
  private final ExecutorService calls;
  private final Duration timeout;

  private RemoteLambda(LambdaClient client, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
    AtomicInteger threads = new AtomicInteger();
    this.calls =
        Executors.newCachedThreadPool(
            task -> {
              Thread t = new Thread(task, "apigw-remote-lambda-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * @param endpoint the Lambda endpoint, or null for AWS's own in {@code region}
   * @param region the region the calls are signed for
   */
  public static RemoteLambda create(URI endpoint, String region) {
    return create(endpoint, region, DEFAULT_TIMEOUT);
  }

  /**
   * @param timeout how long one call may take before it ends as {@link Outcome#TIMEOUT}
   */
  public static RemoteLambda create(URI endpoint, String region, Duration timeout) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(timeout, "timeout");
    LambdaClientBuilder builder =
        LambdaClient.builder()
            .region(Region.of(region))
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(5))
                    .socketTimeout(timeout))
            // A retried invoke would run the function twice.
            .overrideConfiguration(
                o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallTimeout(timeout))
            .credentialsProvider(credentials(endpoint));
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return new RemoteLambda(builder.build(), timeout);
  }

  /**
   * AWS's default chain for AWS itself. An emulator accepts any key, so for another endpoint the
   * chain ends with a dummy one instead of asking the EC2 metadata service, which only wastes time
   * off EC2.
   */
  private static AwsCredentialsProvider credentials(URI endpoint) {
    if (endpoint == null) {
      return DefaultCredentialsProvider.builder().build();
    }
    return AwsCredentialsProviderChain.builder()
        .credentialsProviders(
            EnvironmentVariableCredentialsProvider.create(),
            SystemPropertyCredentialsProvider.create(),
            ProfileCredentialsProvider.create(),
            StaticCredentialsProvider.create(AwsBasicCredentials.create("apigw", "apigw")))
        .build();
  }

  @Override
  public CompletableFuture<InvokeResult> invoke(String functionName, byte[] payload) {
    return CompletableFuture.supplyAsync(() -> call(functionName, payload), calls);
  }

  private InvokeResult call(String functionName, byte[] payload) {
    long started = System.nanoTime();
    try {
      InvokeResponse response =
          client.invoke(
              InvokeRequest.builder()
                  .functionName(functionName)
                  .invocationType(InvocationType.REQUEST_RESPONSE)
                  .payload(SdkBytes.fromByteArray(payload == null ? new byte[0] : payload))
                  .build());
      byte[] body = response.payload() == null ? new byte[0] : response.payload().asByteArray();
      long took = millisSince(started);
      if (response.functionError() == null) {
        return new InvokeResult(Outcome.OK, body, null, null, took);
      }
      FunctionPool.ErrorDocument error = FunctionPool.errorDocument(body, response.functionError());
      if ("Sandbox.Timedout".equals(error.type())
          || error.message().contains("Task timed out after")) {
        return new InvokeResult(Outcome.TIMEOUT, null, "Sandbox.Timedout", error.message(), took);
      }
      if (CRASH_TYPES.contains(error.type())) {
        return new InvokeResult(Outcome.CRASHED, null, error.type(), error.message(), took);
      }
      return new InvokeResult(
          Outcome.FUNCTION_ERROR, error.payload(), error.type(), error.message(), took);
    } catch (ResourceNotFoundException e) {
      String message =
          e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
              ? e.awsErrorDetails().errorMessage()
              : e.getMessage();
      return new InvokeResult(
          Outcome.NOT_FOUND, null, "ResourceNotFoundException", message, millisSince(started));
    } catch (ApiCallTimeoutException | ApiCallAttemptTimeoutException e) {
      return new InvokeResult(
          Outcome.TIMEOUT,
          null,
          "Sandbox.Timedout",
          "No answer from the Lambda endpoint within "
              + FunctionPool.seconds(timeout.toMillis())
              + " seconds",
          millisSince(started));
    }
  }

  private static long millisSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  @Override
  public void close() {
    calls.shutdownNow();
    client.close();
  }
}
