package io.apigw.model;

/**
 * A token-bucket throttle: a steady rate in requests per second and a burst. Either may be null
 * (not set, so the account or stage limit applies).
 */
public record Throttle(SourceRange source, Double rateLimit, Integer burstLimit) {
  public Throttle {
    source = SourceRange.orNone(source);
  }

  public static Throttle of(Double rateLimit, Integer burstLimit) {
    return new Throttle(SourceRange.NONE, rateLimit, burstLimit);
  }
}
