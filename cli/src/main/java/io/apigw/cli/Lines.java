package io.apigw.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Lines printed by a writer thread of their own, flushed once the queue runs dry: request and
 * function logs come from many threads at many thousand lines a second, and a flush per line cost
 * serve a large share of its CPU time. After a write the writer rests a few milliseconds, so that
 * under load lines go out in batches rather than waking the writer (and a write) for each one.
 */
final class Lines implements Consumer<String>, AutoCloseable {
  private static final long REST_MILLIS = 5;

  private final BlockingQueue<String> queue = new LinkedBlockingQueue<>(100_000);
  private final PrintWriter out;
  private final Thread writer;
  private volatile boolean open = true;

  Lines(PrintWriter out) {
    this.out = out;
    this.writer = new Thread(this::drain, "apigw-serve-output");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  @Override
  public void accept(String line) {
    if (!queue.offer(line)) {
      // Too far behind: block rather than lose lines.
      try {
        queue.put(line);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void drain() {
    List<String> batch = new ArrayList<>();
    while (open || !queue.isEmpty()) {
      try {
        String first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch);
        for (String line : batch) {
          out.println(line);
        }
        batch.clear();
        out.flush();
        Thread.sleep(REST_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Prints what is queued, then stops. */
  @Override
  public void close() {
    open = false;
    try {
      writer.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    out.flush();
  }
}
