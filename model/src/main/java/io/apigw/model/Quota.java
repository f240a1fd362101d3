package io.apigw.model;

import java.util.Objects;

/**
 * A usage plan quota: at most {@code limit} requests per period, starting {@code offset} days in.
 */
public record Quota(SourceRange source, int limit, QuotaPeriod period, Integer offset) {
  public Quota {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(period, "period");
  }
}
