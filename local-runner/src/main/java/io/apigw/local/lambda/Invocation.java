package io.apigw.local.lambda;

import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One call of a function, from {@code invoke} until its result. The mutable fields are guarded by
 * the lock of the {@link FunctionPool} that owns it.
 */
final class Invocation {
  private final String id = randomUuid();
  private final byte[] payload;
  private final String functionArn;
  private final String traceId;
  private final long createdNanos = System.nanoTime();
  private final CompletableFuture<InvokeResult> future = new CompletableFuture<>();
  private final Executor completions;

  long startedNanos;
  long timerId = -1;
  private boolean finished;

  Invocation(byte[] payload, String functionArn, long epochSeconds, Executor completions) {
    this.payload = payload == null || payload.length == 0 ? "{}".getBytes() : payload;
    this.functionArn = functionArn;
    this.traceId = traceId(epochSeconds);
    this.completions = completions;
  }

  String id() {
    return id;
  }

  byte[] payload() {
    return payload;
  }

  String functionArn() {
    return functionArn;
  }

  String traceId() {
    return traceId;
  }

  CompletableFuture<InvokeResult> future() {
    return future;
  }

  boolean finished() {
    return finished;
  }

  long elapsedMillis() {
    return (System.nanoTime() - createdNanos) / 1_000_000;
  }

  /**
   * Ends the invocation once; later calls are ignored. The caller's future completes on another
   * thread, so that its callbacks never run under the pool's lock.
   */
  boolean finish(InvokeResult.Outcome outcome, byte[] body, String errorType, String errorMessage) {
    if (finished) {
      return false;
    }
    finished = true;
    InvokeResult result = new InvokeResult(outcome, body, errorType, errorMessage, elapsedMillis());
    completions.execute(() -> future.complete(result));
    return true;
  }

  /**
   * A version 4 UUID, as Lambda's request ids are. Not from a secure source: it names an invocation
   * and guards nothing, and {@link UUID#randomUUID()} would take a lock on every invocation.
   */
  private static String randomUuid() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least).toString();
  }

  /** An X-Ray trace header as Lambda passes it, not sampled. */
  private static String traceId(long epochSeconds) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    HexFormat hex = HexFormat.of();
    return "Root=1-"
        + hex.toHexDigits((int) epochSeconds)
        + "-"
        + hex.toHexDigits(random.nextLong())
        + hex.toHexDigits(random.nextInt())
        + ";Parent="
        + hex.toHexDigits(random.nextLong())
        + ";Sampled=0";
  }
}
