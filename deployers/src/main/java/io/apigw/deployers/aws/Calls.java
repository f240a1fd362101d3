package io.apigw.deployers.aws;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Every AWS call of a deploy goes through here: paced to API Gateway's control-plane quotas before
 * it is sent, and retried with exponential backoff and jitter when AWS still answers 429 (or
 * another throttling error) or a 5xx, so a large API deploys without a failure from throttling.
 *
 * <p>Operations are named {@code service:Operation} ({@code apigateway:PutRestApi}). The quotas are
 * the fixed ones of the developer guide's "API Gateway quotas for creating, deploying and managing
 * an API" (limits.md): per-operation intervals, and for every API Gateway operation a token bucket
 * of 10 requests per second with a burst of 40.
 */
public final class Calls {
  /** Time, injectable so tests of throttling run on a simulated clock. */
  public interface Clock {
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    Clock SYSTEM =
        new Clock() {
          @Override
          public long nanoTime() {
            return System.nanoTime();
          }

          @Override
          public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
          }
        };
  }

  /** Minimum time between two calls of an operation (limits.md, fixed quotas per account). */
  static final Map<String, Duration> INTERVALS =
      Map.ofEntries(
          Map.entry("apigateway:CreateApiKey", Duration.ofMillis(200)),
          Map.entry("apigateway:DeleteApiKey", Duration.ofMillis(200)),
          Map.entry("apigateway:CreateDeployment", Duration.ofSeconds(5)),
          Map.entry("apigateway:CreateResource", Duration.ofMillis(200)),
          Map.entry("apigateway:DeleteResource", Duration.ofMillis(200)),
          Map.entry("apigateway:DeleteRestApi", Duration.ofSeconds(30)),
          Map.entry("apigateway:GetResources", Duration.ofMillis(400)),
          Map.entry("apigateway:PutRestApi", Duration.ofSeconds(1)),
          Map.entry("apigateway:UpdateUsagePlan", Duration.ofSeconds(20)),
          Map.entry("apigateway:CreateDomainName", Duration.ofSeconds(30)),
          Map.entry("apigatewayv2:CreateVpcLink", Duration.ofSeconds(15)),
          Map.entry("apigatewayv2:DeleteVpcLink", Duration.ofSeconds(30)));

  /** "Total operations: 10 requests per second with a burst quota of 40 requests per second." */
  static final double TOTAL_PER_SECOND = 10;

  static final double TOTAL_BURST = 40;

  static final int MAX_ATTEMPTS = 12;

  /** A 5xx is retried a few times only: it is rarely a matter of waiting. */
  static final int MAX_SERVER_ERROR_ATTEMPTS = 4;

  static final Duration BASE_BACKOFF = Duration.ofMillis(250);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(20);

  private final Clock clock;
  private final Random jitter;
  private final boolean pace;
  private final Map<String, Long> nextAllowed = new HashMap<>();
  private final Map<String, Integer> callsByOperation = new HashMap<>();
  private double tokens = TOTAL_BURST;
  private long tokensAt;
  private final long startedAt;
  private int calls;
  private int throttled;
  private int retried;
  private long waitedNanos;

  private Calls(Clock clock, Random jitter, boolean pace) {
    this.clock = clock;
    this.jitter = jitter;
    this.pace = pace;
    this.tokensAt = clock.nanoTime();
    this.startedAt = tokensAt;
  }

  /** Paced and retried on the system clock. */
  public static Calls paced() {
    return new Calls(Clock.SYSTEM, new Random(), true);
  }

  /**
   * On a given clock. {@code pace=false} only retries, to show what throttling does to a client
   * that does not pace itself.
   */
  public static Calls on(Clock clock, long seed, boolean pace) {
    return new Calls(clock, new Random(seed), pace);
  }

  /** Runs one AWS call: waits its turn, sends it, and retries it while AWS throttles. */
  public synchronized <T> T call(String operation, Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      if (pace) {
        awaitTurn(operation);
      }
      calls++;
      callsByOperation.merge(operation, 1, Integer::sum);
      try {
        return call.get();
      } catch (SdkServiceException e) {
        boolean throttling = isThrottling(e);
        if (throttling) {
          throttled++;
        }
        boolean serverError = e.statusCode() >= 500;
        if (!(throttling || serverError)
            || attempt >= (throttling ? MAX_ATTEMPTS : MAX_SERVER_ERROR_ATTEMPTS)) {
          throw e;
        }
        backOff(attempt);
      } catch (SdkClientException e) {
        // A connection that failed before AWS answered: retried a few times, then reported.
        if (attempt >= 4) {
          throw e;
        }
        backOff(attempt);
      }
    }
  }

  /** Runs a call that returns nothing. */
  public void run(String operation, Runnable call) {
    call(
        operation,
        () -> {
          call.run();
          return null;
        });
  }

  static boolean isThrottling(SdkServiceException e) {
    return e.statusCode() == 429 || e.isThrottlingException();
  }

  private void awaitTurn(String operation) {
    long now = clock.nanoTime();
    Duration interval = INTERVALS.get(operation);
    long at = now;
    if (interval != null) {
      at = Math.max(at, nextAllowed.getOrDefault(operation, now));
    }
    if (isApiGateway(operation)) {
      refill(at);
      if (tokens < 1) {
        at += (long) Math.ceil((1 - tokens) / TOTAL_PER_SECOND * 1e9);
        refill(at);
      }
      tokens -= 1;
    }
    if (at > now) {
      sleep(at - now);
    }
    if (interval != null) {
      nextAllowed.put(operation, at + interval.toNanos());
    }
  }

  private void refill(long at) {
    if (at > tokensAt) {
      tokens = Math.min(TOTAL_BURST, tokens + (at - tokensAt) / 1e9 * TOTAL_PER_SECOND);
      tokensAt = at;
    }
  }

  private static boolean isApiGateway(String operation) {
    return operation.startsWith("apigateway:") || operation.startsWith("apigatewayv2:");
  }

  private void backOff(int attempt) {
    retried++;
    long cap = Math.min(MAX_BACKOFF.toNanos(), BASE_BACKOFF.toNanos() << Math.min(attempt - 1, 16));
    // "Equal jitter": at least half the exponential step, so retries of one call spread out but
    // never come back at once.
    long wait = cap / 2 + (long) (jitter.nextDouble() * (cap / 2));
    sleep(wait);
  }

  private void sleep(long nanos) {
    waitedNanos += nanos;
    try {
      clock.sleep(Duration.ofNanos(nanos));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeployException("interrupted while waiting to call AWS", e);
    }
  }

  /** What was sent so far: for {@code --format json}, the progress line and the benchmark. */
  public synchronized Stats stats() {
    return new Stats(
        calls,
        throttled,
        retried,
        Duration.ofNanos(waitedNanos),
        Duration.ofNanos(clock.nanoTime() - startedAt),
        Map.copyOf(callsByOperation));
  }

  /**
   * Calls sent (retries included), answers that were throttling errors, retries, time spent waiting
   * (pacing and backoff), time since the first call, and calls per operation.
   */
  public record Stats(
      int calls,
      int throttled,
      int retried,
      Duration waited,
      Duration elapsed,
      Map<String, Integer> byOperation) {}
}
