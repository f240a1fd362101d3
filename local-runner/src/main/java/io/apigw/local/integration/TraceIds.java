package io.apigw.local.integration;

import java.util.concurrent.ThreadLocalRandom;

/** {@code X-Amzn-Trace-Id} values in X-Ray's shape: {@code Root=1-<epoch seconds hex>-<24 hex>}. */
final class TraceIds {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TraceIds() {}

  static String create() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] out = "Root=1-00000000-000000000000000000000000".toCharArray();
    hex(out, 7, System.currentTimeMillis() / 1000, 8);
    hex(out, 16, random.nextLong(), 16);
    hex(out, 32, random.nextInt(), 8);
    return new String(out);
  }

  private static void hex(char[] out, int at, long value, int digits) {
    for (int i = digits - 1; i >= 0; i--) {
      out[at + i] = HEX[(int) (value & 0xF)];
      value >>>= 4;
    }
  }
}
