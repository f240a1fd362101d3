package io.apigw.local.lambda;

import java.util.function.Consumer;

/** The user's log consumer, fed whole lines, one at a time, each prefixed by its function. */
final class LogSink {
  private final Consumer<String> consumer;

  LogSink(Consumer<String> consumer) {
    this.consumer = consumer;
  }

  synchronized void line(String function, String text) {
    try {
      consumer.accept("[" + function + "] " + text);
    } catch (RuntimeException e) {
      // A failing consumer must not stop the process output from being drained.
    }
  }
}
