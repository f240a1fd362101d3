package io.apigw.local.integration;

import java.util.concurrent.ThreadLocalRandom;

/** {@code X-Amzn-Trace-Id} values in X-Ray's shape: {@code Root=1-<epoch seconds hex>-<24 hex>}. */
final class TraceIds {
  private TraceIds() {}

  static String create() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return String.format(
        "Root=1-%08x-%08x%016x",
        System.currentTimeMillis() / 1000, random.nextInt(), random.nextLong());
  }
}
