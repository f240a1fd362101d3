package io.apigw.model;

/** The periods a usage plan quota can count over. */
public enum QuotaPeriod {
  DAY,
  WEEK,
  MONTH
}
