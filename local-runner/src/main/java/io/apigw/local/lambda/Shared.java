package io.apigw.local.lambda;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * What every function of one {@link LocalLambda} shares.
 *
 * @param worker starts processes, walks code trees, and completes callers' futures that end off the
 *     event loops (see {@link #complete}): never on a Vert.x event loop, never under a pool's lock
 * @param scratch apigw's temporary folder: the runtime folder and unpacked zips
 */
record Shared(
    Vertx vertx,
    LocalLambda.Options options,
    Launcher launcher,
    ExecutorService worker,
    Path scratch,
    LogSink log) {

  /**
   * Runs a caller's callback outside any pool lock: on a Vert.x event loop (where the Runtime API
   * answers arrive) as the loop's next task, which costs no thread hand-over; elsewhere on the
   * worker.
   */
  void complete(Runnable task) {
    Context context = Vertx.currentContext();
    if (context != null && context.isEventLoopContext() && Context.isOnEventLoopThread()) {
      context.runOnContext(v -> task.run());
    } else {
      execute(task);
    }
  }

  /** Runs on the worker, or right here once the worker has stopped. */
  void execute(Runnable task) {
    try {
      worker.execute(task);
    } catch (RejectedExecutionException e) {
      task.run();
    }
  }
}
