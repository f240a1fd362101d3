package io.apigw.deployers.aws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * API Gateway's control-plane quotas on a simulated clock, for the fakes' throttling tests:
 * limits.md, "API Gateway quotas for creating, deploying and managing an API" — a token bucket of
 * {@code rate} requests per second with a burst of {@code burst} for every call, and operations
 * with a quota of their own (the shortest time between two of them). A call {@link #admit} refuses
 * is one AWS answers 429.
 */
public final class SimulatedControlPlane {
  /** A simulated clock, shared with {@link Calls#on}. */
  public static final class Clock implements Calls.Clock {
    public long now;

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleep(Duration duration) {
      now += duration.toNanos();
    }
  }

  private final Clock clock;
  private final double rate;
  private final double burst;
  private final long latencyNanos;
  private final Map<String, Duration> intervals;
  private final Map<String, Long> lastAccepted = new HashMap<>();
  private double tokens;
  private long tokensAt;

  /** Calls refused so far. */
  public int throttledAnswers;

  /** When each accepted call was answered (simulated nanoseconds), by operation. */
  public final Map<String, List<Long>> answeredAt = new HashMap<>();

  /**
   * @param intervals operations with a quota of their own, by name, with the shortest time between
   *     two of them
   * @param latency what every call takes of the clock
   */
  public SimulatedControlPlane(
      Clock clock, double rate, double burst, Duration latency, Map<String, Duration> intervals) {
    this.clock = clock;
    this.rate = rate;
    this.burst = burst;
    this.latencyNanos = latency.toNanos();
    this.intervals = Map.copyOf(intervals);
    this.tokens = burst;
    this.tokensAt = clock.nanoTime();
  }

  /** True when AWS would answer this call now; false when it would answer 429. */
  public boolean admit(String operation) {
    long now = clock.nanoTime();
    tokens = Math.min(burst, tokens + (now - tokensAt) / 1e9 * rate);
    tokensAt = now;
    clock.sleep(Duration.ofNanos(latencyNanos));
    Duration interval = intervals.get(operation);
    Long last = lastAccepted.get(operation);
    boolean tooSoon = interval != null && last != null && now - last < interval.toNanos();
    if (tokens < 1 || tooSoon) {
      throttledAnswers++;
      return false;
    }
    tokens -= 1;
    lastAccepted.put(operation, now);
    answeredAt.computeIfAbsent(operation, k -> new ArrayList<>()).add(now);
    return true;
  }
}
