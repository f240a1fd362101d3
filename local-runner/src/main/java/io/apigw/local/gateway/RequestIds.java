package io.apigw.local.gateway;

import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids in API Gateway's shapes: a UUID for REST APIs ({@code x-amzn-RequestId}), a short
 * base64 token for HTTP APIs ({@code apigw-requestid}, e.g. {@code Zs1zEghBoAMEVFg=}). Random, but
 * not from a secure source: they identify requests, they guard nothing.
 */
final class RequestIds {
  private RequestIds() {}

  static String uuid() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least).toString();
  }

  static String shortId() {
    byte[] bytes = new byte[11];
    ThreadLocalRandom.current().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
