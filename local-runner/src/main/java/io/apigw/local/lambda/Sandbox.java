package io.apigw.local.lambda;

import io.apigw.local.lambda.InvokeResult.Outcome;
import io.apigw.local.lambda.RuntimeApiServer.Answer;
import io.apigw.local.lambda.RuntimeApiServer.NextCall;
import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One execution environment: a process of the function and the Runtime API server it polls. Its
 * state is guarded by its pool's lock.
 */
final class Sandbox implements RuntimeApiServer.Runtime {
  enum State {
    /** Process starting, and its handler loading; holds the invocation it was started for. */
    STARTING,
    /** Waiting in {@code /next} for an invocation. */
    READY,
    /** Running an invocation. */
    BUSY,
    /** Has answered, and is about to ask for the next invocation. */
    RETURNING,
    /** Stopped, or being stopped. */
    DEAD
  }

  private static final DateTimeFormatter STREAM_DATE =
      DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

  private final FunctionPool pool;
  private final Vertx vertx;
  final long startedEpochMillis;
  private final long startedNanos = System.nanoTime();
  private final String logStream;
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();
  private final CompletableFuture<Void> serverClosed = new CompletableFuture<>();
  private final AtomicBoolean stopping = new AtomicBoolean();

  State state = State.STARTING;
  private Invocation reserved;
  private Invocation current;
  private String lastRequestId;
  private NextCall parked;
  private long initTimer = -1;
  private long initDurationNanos = -1;
  private boolean initReported;
  private boolean launched;
  private Process process;
  private RuntimeApiServer server;

  Sandbox(FunctionPool pool, Invocation coldStart) {
    this.pool = pool;
    this.vertx = pool.shared.vertx();
    this.reserved = coldStart;
    this.startedEpochMillis = System.currentTimeMillis();
    byte[] random = new byte[16];
    ThreadLocalRandom.current().nextBytes(random);
    this.logStream =
        STREAM_DATE.format(pool.shared.options().clock().instant())
            + "/[$LATEST]"
            + HexFormat.of().formatHex(random);
  }

  /** Starts the server and the process on the worker. Under the pool's lock. */
  void launch() {
    long initTimeout = pool.shared.options().initTimeout().toMillis();
    initTimer = vertx.setTimer(initTimeout, id -> initTimedOut(initTimeout));
    pool.shared.execute(this::doLaunch);
  }

  private void doLaunch() {
    RuntimeApiServer startedServer = null;
    Process startedProcess = null;
    Exception failure = null;
    try {
      startedServer =
          RuntimeApiServer.start(vertx, this)
              .toCompletionStage()
              .toCompletableFuture()
              .get(10, TimeUnit.SECONDS);
      Path taskRoot = pool.code.taskRoot();
      List<String> command =
          pool.shared
              .launcher()
              .command(pool.function.runtime(), pool.memoryMb, pool.code, taskRoot);
      ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile());
      Map<String, String> env = builder.environment();
      env.remove("_X_AMZN_TRACE_ID");
      env.putAll(pool.environment);
      env.put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + startedServer.port());
      env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
      env.put("AWS_LAMBDA_LOG_STREAM_NAME", logStream);
      startedProcess = builder.start();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = e;
    } catch (Exception e) {
      failure = e;
    }
    boolean stopNow;
    synchronized (pool) {
      launched = true;
      server = startedServer;
      process = startedProcess;
      if (failure != null) {
        launchFailed(failure);
      }
      stopNow = state == State.DEAD;
    }
    if (startedProcess != null) {
      Process p = startedProcess;
      drain(p.getInputStream(), "out");
      drain(p.getErrorStream(), "err");
      p.onExit().thenRun(() -> exited(p.exitValue()));
    }
    if (stopNow) {
      stop();
    }
  }

  private void drain(InputStream stream, String which) {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                  pool.shared.log().line(pool.name(), line);
                }
              } catch (IOException e) {
                // The process is gone.
              }
            },
            "apigw-lambda-" + pool.name() + "-" + which);
    reader.setDaemon(true);
    reader.start();
  }

  // ---- the Runtime API, on a Vert.x event loop ----

  @Override
  public void next(NextCall call) {
    synchronized (pool) {
      switch (state) {
        case STARTING -> {
          initDurationNanos = System.nanoTime() - startedNanos;
          vertx.cancelTimer(initTimer);
          Invocation first = reserved;
          reserved = null;
          if (first != null && !first.finished()) {
            assign(first, call);
          } else {
            pool.idle(this, call);
          }
        }
        case RETURNING -> pool.idle(this, call);
        case READY, BUSY -> call.reject(Answer.INVALID_STATE);
        case DEAD -> call.reject(Answer.CONTAINER_ERROR);
      }
    }
  }

  @Override
  public Answer response(String requestId, byte[] body) {
    synchronized (pool) {
      Answer refused = refuse(requestId);
      if (refused != null) {
        return refused;
      }
      end(Outcome.OK, body, null, null, null);
      return Answer.ACCEPTED;
    }
  }

  @Override
  public Answer error(String requestId, byte[] body, String errorTypeHeader) {
    synchronized (pool) {
      Answer refused = refuse(requestId);
      if (refused != null) {
        return refused;
      }
      FunctionPool.ErrorDocument doc = FunctionPool.errorDocument(body, errorTypeHeader);
      end(Outcome.FUNCTION_ERROR, doc.payload(), doc.type(), doc.message(), null);
      return Answer.ACCEPTED;
    }
  }

  @Override
  public Answer tooLarge(String requestId) {
    synchronized (pool) {
      if (refuse(requestId) == null) {
        String type = "Function.ResponseSizeTooLarge";
        String message =
            "Response payload size exceeded maximum allowed payload size ("
                + RuntimeApiServer.MAX_PAYLOAD
                + " bytes).";
        Map<String, String> doc = new LinkedHashMap<>();
        doc.put("errorMessage", message);
        doc.put("errorType", type);
        end(Outcome.FUNCTION_ERROR, FunctionPool.json(doc), type, message, null);
      }
      return Answer.TOO_LARGE;
    }
  }

  @Override
  public Answer initError(byte[] body, String errorTypeHeader) {
    synchronized (pool) {
      if (state != State.STARTING) {
        return Answer.INVALID_STATE;
      }
      FunctionPool.ErrorDocument doc = FunctionPool.errorDocument(body, errorTypeHeader);
      pool.log(
          "INIT_REPORT Init Duration: "
              + millis(System.nanoTime() - startedNanos)
              + " ms\tPhase: init\tStatus: error\tError Type: "
              + doc.type());
      if (reserved != null) {
        reserved.finish(Outcome.CRASHED, null, doc.type(), doc.message());
        reserved = null;
      }
      // The runtime is expected to exit now; it is stopped in any case.
      pool.remove(this);
      return Answer.ACCEPTED;
    }
  }

  /** Why a post for {@code requestId} is refused, or null when it is the current invocation's. */
  private Answer refuse(String requestId) {
    if (current != null && current.id().equals(requestId)) {
      return null;
    }
    return requestId.equals(lastRequestId) ? Answer.INVALID_STATE : Answer.INVALID_REQUEST_ID;
  }

  // ---- under the pool's lock ----

  void assign(Invocation invocation, NextCall call) {
    NextCall to = call != null ? call : parked;
    parked = null;
    state = State.BUSY;
    current = invocation;
    invocation.startedNanos = System.nanoTime();
    long deadline = pool.shared.options().clock().millis() + pool.timeoutMillis;
    invocation.timerId = vertx.setTimer(pool.timeoutMillis, id -> timedOut(invocation));
    pool.log("START RequestId: " + invocation.id() + " Version: $LATEST");
    to.send(invocation, deadline);
  }

  void park(NextCall call) {
    state = State.READY;
    parked = call;
  }

  /** Ends the current invocation; the process stays unless the caller removes it. */
  private void end(
      Outcome outcome, byte[] body, String errorType, String errorMessage, String status) {
    Invocation invocation = current;
    current = null;
    lastRequestId = invocation.id();
    vertx.cancelTimer(invocation.timerId);
    state = State.RETURNING;
    long duration = System.nanoTime() - invocation.startedNanos;
    pool.log("END RequestId: " + invocation.id());
    StringBuilder report =
        new StringBuilder("REPORT RequestId: ")
            .append(invocation.id())
            .append("\tDuration: ")
            .append(millis(duration))
            .append(" ms\tBilled Duration: ")
            .append(Math.max(1, (duration + 999_999) / 1_000_000))
            .append(" ms\tMemory Size: ")
            .append(pool.memoryMb)
            .append(" MB");
    if (!initReported && initDurationNanos >= 0) {
      initReported = true;
      report.append("\tInit Duration: ").append(millis(initDurationNanos)).append(" ms");
    }
    if (status != null) {
      report.append("\tStatus: ").append(status);
    }
    pool.log(report.toString());
    invocation.finish(outcome, body, errorType, errorMessage);
  }

  private void timedOut(Invocation invocation) {
    synchronized (pool) {
      if (current != invocation || invocation.finished()) {
        return;
      }
      String message =
          "Task timed out after " + FunctionPool.seconds(pool.timeoutMillis) + " seconds";
      pool.log(invocation.id() + " " + message);
      end(Outcome.TIMEOUT, null, "Sandbox.Timedout", message, "timeout");
      pool.remove(this);
    }
  }

  private void initTimedOut(long initTimeoutMillis) {
    synchronized (pool) {
      if (state != State.STARTING) {
        return;
      }
      String message =
          "Init phase timed out after " + FunctionPool.seconds(initTimeoutMillis) + " seconds";
      pool.log("INIT_REPORT " + message + "\tPhase: init\tStatus: timeout");
      if (reserved != null) {
        reserved.finish(Outcome.TIMEOUT, null, "Sandbox.Timedout", message);
        reserved = null;
      }
      pool.remove(this);
    }
  }

  private void launchFailed(Exception e) {
    if (state == State.DEAD) {
      return;
    }
    String message =
        e instanceof UnsupportedOperationException || e instanceof IOException
            ? e.getMessage()
            : e.toString();
    String type =
        e instanceof UnsupportedOperationException
            ? "Runtime.Unsupported"
            : "Runtime.InvalidEntrypoint";
    pool.log("cannot start: " + message);
    if (reserved != null) {
      reserved.finish(Outcome.CRASHED, null, type, message);
      reserved = null;
    }
    pool.remove(this);
  }

  private void exited(int exitValue) {
    synchronized (pool) {
      if (state == State.DEAD) {
        return;
      }
      String description = Processes.exitDescription(exitValue);
      Invocation victim = state == State.BUSY ? current : reserved;
      String message =
          victim == null
              ? "Runtime exited with error: " + description
              : "RequestId: " + victim.id() + " Error: Runtime exited with error: " + description;
      pool.log(message);
      if (state == State.BUSY) {
        end(
            Outcome.CRASHED,
            null,
            "Runtime.ExitError",
            message,
            "error\tError Type: Runtime.ExitError");
      } else if (reserved != null) {
        reserved.finish(Outcome.CRASHED, null, "Runtime.ExitError", message);
        reserved = null;
      }
      pool.remove(this);
    }
  }

  /** Stops the sandbox: marks it dead and stops its process and server off the lock. */
  void destroy() {
    if (state == State.DEAD) {
      return;
    }
    state = State.DEAD;
    parked = null;
    vertx.cancelTimer(initTimer);
    if (current != null) {
      vertx.cancelTimer(current.timerId);
    }
    if (launched) {
      pool.shared.execute(this::stop);
    }
    // Otherwise the launch, when it ends, sees DEAD and stops what it started.
  }

  /** For {@code close()}: ends what the sandbox holds as CRASHED, then destroys it. */
  void abandon(String reason) {
    for (Invocation held : new Invocation[] {reserved, current}) {
      if (held != null) {
        held.finish(Outcome.CRASHED, null, "Runtime.Stopped", reason);
      }
    }
    reserved = null;
    current = null;
    destroy();
  }

  private void stop() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    Process p;
    RuntimeApiServer s;
    synchronized (pool) {
      p = process;
      s = server;
    }
    try {
      if (p != null) {
        Processes.killTree(p.toHandle(), 5000);
      }
      if (s != null) {
        s.close().onComplete(done -> serverClosed.complete(null));
      } else {
        serverClosed.complete(null);
      }
    } finally {
      stopped.complete(null);
    }
  }

  /**
   * Waits until the process is gone and, unless called on an event loop (which may be the one that
   * has to close it), the server too.
   */
  void awaitStopped() {
    try {
      stopped.get(15, TimeUnit.SECONDS);
      if (!io.vertx.core.Context.isOnEventLoopThread()) {
        serverClosed.get(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // close() does its best in bounded time.
    }
  }

  private static String millis(long nanos) {
    return FunctionPool.millis(nanos);
  }
}
