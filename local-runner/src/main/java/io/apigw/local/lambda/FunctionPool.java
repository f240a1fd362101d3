package io.apigw.local.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigw.local.lambda.InvokeResult.Outcome;
import io.apigw.model.Function;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The warm processes of one function and the invocations waiting for them. A process is started for
 * an invocation when none is idle and fewer than {@code concurrency} run (a cold start); it then
 * stays, asking the Runtime API for the next event, until it crashes, times out, its code changes
 * or apigw stops. Invocations past the concurrency wait in order.
 *
 * <p>All state is guarded by this object's lock; nothing slow happens under it.
 */
final class FunctionPool {
  private static final ObjectMapper JSON = new ObjectMapper();

  final Function function;
  final String arn;
  final int concurrency;
  final long timeoutMillis;
  final int memoryMb;
  final Shared shared;
  final FunctionCode code;
  final Map<String, String> environment;

  private final CodeWatcher watcher;
  private final Deque<Invocation> queue = new ArrayDeque<>();
  private final List<Sandbox> sandboxes = new ArrayList<>();
  private boolean closed;

  FunctionPool(Function function, String arn, FunctionCode code, Shared shared) {
    this.function = function;
    this.arn = arn;
    this.shared = shared;
    this.code = code;
    this.concurrency =
        function.concurrency() != null && function.concurrency() > 0
            ? function.concurrency()
            : shared.options().defaultConcurrency();
    this.timeoutMillis =
        1000L * (function.timeoutSeconds() == null ? 3 : Math.max(1, function.timeoutSeconds()));
    this.memoryMb = function.memoryMb() == null ? 128 : function.memoryMb();
    this.environment = Environment.of(function, shared);
    this.watcher = new CodeWatcher(code.source(), shared.options().codeCheckInterval().toMillis());
  }

  String name() {
    return function.name();
  }

  CompletableFuture<InvokeResult> invoke(byte[] payload) {
    Invocation invocation =
        new Invocation(
            payload, arn, shared.options().clock().instant().getEpochSecond(), shared::complete);
    if (watcher.claimCheck()) {
      shared.execute(
          () -> {
            watcher.check();
            submit(invocation);
          });
    } else {
      submit(invocation);
    }
    return invocation.future();
  }

  private synchronized void submit(Invocation invocation) {
    if (closed) {
      invocation.finish(Outcome.CRASHED, null, "Runtime.Stopped", "apigw is stopping");
      return;
    }
    retireStaleIdle();
    queue.add(invocation);
    dispatch();
  }

  /**
   * Hands queued invocations to idle processes, and starts processes for those that no idle or
   * soon-idle process will take. A process that has just answered counts as soon idle: it asks for
   * the next event right away, and starting another instead would defeat warm reuse.
   */
  private void dispatch() {
    while (!queue.isEmpty()) {
      Sandbox ready = first(Sandbox.State.READY);
      if (ready != null) {
        ready.assign(queue.poll(), null);
        continue;
      }
      if (queue.size() > count(Sandbox.State.RETURNING) && sandboxes.size() < concurrency) {
        Sandbox sandbox = new Sandbox(this, queue.poll());
        sandboxes.add(sandbox);
        sandbox.launch();
        continue;
      }
      return;
    }
  }

  private Sandbox first(Sandbox.State state) {
    for (Sandbox s : sandboxes) {
      if (s.state == state) {
        return s;
      }
    }
    return null;
  }

  private int count(Sandbox.State state) {
    int n = 0;
    for (Sandbox s : sandboxes) {
      if (s.state == state) {
        n++;
      }
    }
    return n;
  }

  /** Idle processes started before the code last changed are stopped; new ones replace them. */
  private void retireStaleIdle() {
    for (Sandbox s : List.copyOf(sandboxes)) {
      if (s.state == Sandbox.State.READY && isStale(s)) {
        log("code changed; stopping an idle process to load it again");
        remove(s);
      }
    }
  }

  boolean isStale(Sandbox sandbox) {
    return sandbox.startedEpochMillis <= watcher.changedAtMillis();
  }

  // ---- called by the sandboxes, under this lock ----

  /** A process with nothing to do next: take the next queued invocation, or wait for one. */
  void idle(Sandbox sandbox, RuntimeApiServer.NextCall call) {
    if (closed) {
      call.reject(RuntimeApiServer.Answer.CONTAINER_ERROR);
      return;
    }
    if (isStale(sandbox)) {
      log("code changed; stopping a process to load it again");
      remove(sandbox);
      dispatch();
      return;
    }
    Invocation next = queue.poll();
    if (next != null) {
      sandbox.assign(next, call);
    } else {
      sandbox.park(call);
    }
  }

  /** The sandbox is gone: stop its process and server, and serve the queue without it. */
  void remove(Sandbox sandbox) {
    sandboxes.remove(sandbox);
    sandbox.destroy();
    dispatch();
  }

  boolean isClosed() {
    return closed;
  }

  void log(String text) {
    shared.log().line(function.name(), text);
  }

  /** Reads an error document a runtime posted: its type and message, as Lambda reports them. */
  static ErrorDocument errorDocument(byte[] body, String typeHeader) {
    String type = null;
    String message = null;
    byte[] payload = body;
    try {
      JsonNode node = JSON.readTree(body);
      if (node != null && node.isObject()) {
        type = text(node.get("errorType"));
        message = text(node.get("errorMessage"));
      }
    } catch (IOException e) {
      // Not JSON: Lambda passes the body on as the message.
    }
    if (type == null) {
      type = typeHeader != null && !typeHeader.isBlank() ? typeHeader : "Unhandled";
    }
    if (message == null) {
      message = new String(body, StandardCharsets.UTF_8);
      Map<String, String> doc = new java.util.LinkedHashMap<>();
      doc.put("errorMessage", message);
      doc.put("errorType", type);
      payload = json(doc);
    }
    return new ErrorDocument(type, message, payload);
  }

  record ErrorDocument(String type, String message, byte[] payload) {}

  static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull()
        ? null
        : node.isTextual() ? node.asText() : node.toString();
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.2f", millis / 1000.0);
  }

  /** {@code nanos} as milliseconds with two decimals, as in Lambda's REPORT lines. */
  static String millis(long nanos) {
    long hundredths = (nanos + 5_000) / 10_000;
    long fraction = hundredths % 100;
    return (hundredths / 100) + (fraction < 10 ? ".0" : ".") + fraction;
  }

  /** Stops every process; waiting and running invocations end as CRASHED. */
  void close() {
    List<Sandbox> toStop;
    synchronized (this) {
      closed = true;
      for (Invocation queued : queue) {
        queued.finish(Outcome.CRASHED, null, "Runtime.Stopped", "apigw is stopping");
      }
      queue.clear();
      toStop = List.copyOf(sandboxes);
      sandboxes.clear();
      for (Sandbox s : toStop) {
        s.abandon("apigw is stopping");
      }
    }
    for (Sandbox s : toStop) {
      s.awaitStopped();
    }
  }
}
