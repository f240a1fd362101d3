package io.apigw.local.lambda;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every local Lambda test class shares: one Vert.x per class, a fresh {@link Harness} in a
 * temporary folder per test, and everything closed afterwards.
 */
abstract class LocalLambdaTestBase {
  static Vertx vertx;

  @TempDir Path dir;
  Harness lambda;

  @BeforeAll
  static void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stopVertx() {
    vertx.close().await();
  }

  @BeforeEach
  void harness() {
    lambda = new Harness(vertx, dir);
  }

  @AfterEach
  void close() {
    lambda.close();
  }
}
