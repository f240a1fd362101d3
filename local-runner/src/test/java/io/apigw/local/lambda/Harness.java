package io.apigw.local.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigw.model.Function;
import io.apigw.model.SourceRange;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Starts a {@link LocalLambda} on a temp folder, and keeps every line the functions print. */
final class Harness implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final Path dir;
  final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private final List<Function> functions = new ArrayList<>();
  private LocalLambda.Options.Builder options;
  private FunctionInvoker invoker;
  private final Vertx vertx;

  Harness(Vertx vertx, Path dir) {
    this.vertx = vertx;
    this.dir = dir;
    this.options = LocalLambda.Options.builder().log(lines::add);
  }

  Harness options(java.util.function.UnaryOperator<LocalLambda.Options.Builder> change) {
    options = change.apply(options);
    return this;
  }

  Harness function(Function function) {
    functions.add(function);
    return this;
  }

  FunctionInvoker start() {
    invoker = LocalLambda.start(vertx, functions, dir, options.build());
    return invoker;
  }

  FunctionInvoker invoker() {
    return invoker;
  }

  InvokeResult invoke(String function, String json) {
    try {
      return invoker
          .invoke(function, json.getBytes(StandardCharsets.UTF_8))
          .get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  Path write(String relative, String content) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path writeExecutable(String relative, String content) {
    Path file = write(relative, content);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The request ids of the START lines the runner logged for {@code function}, in order. */
  List<String> startedRequestIds(String function) {
    Pattern start = Pattern.compile("^\\[" + Pattern.quote(function) + "] START RequestId: (\\S+)");
    List<String> ids = new ArrayList<>();
    synchronized (lines) {
      for (String line : lines) {
        Matcher m = start.matcher(line);
        if (m.find()) {
          ids.add(m.group(1));
        }
      }
    }
    return ids;
  }

  /**
   * The lines logged so far, once each of {@code expected} matches one of them or after 5 s: a
   * function's output is read from its process by threads of their own, so it may arrive after the
   * invocation's result.
   */
  @SafeVarargs
  final List<String> awaitLines(Predicate<String>... expected) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    for (; ; ) {
      List<String> seen;
      synchronized (lines) {
        seen = List.copyOf(lines);
      }
      boolean all = true;
      for (Predicate<String> line : expected) {
        all &= seen.stream().anyMatch(line);
      }
      if (all || System.nanoTime() > deadline) {
        return seen;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return seen;
      }
    }
  }

  long linesContaining(String text) {
    synchronized (lines) {
      return lines.stream().filter(l -> l.contains(text)).count();
    }
  }

  @Override
  public void close() {
    if (invoker != null) {
      invoker.close();
    }
  }

  /** The outcome, described with the error when it is not the one expected. */
  static org.assertj.core.api.AbstractComparableAssert<?, InvokeResult.Outcome> assertOutcome(
      InvokeResult result) {
    return org.assertj.core.api.Assertions.assertThat(result.outcome())
        .as("%s: %s", result.errorType(), result.errorMessage());
  }

  static JsonNode json(InvokeResult result) {
    try {
      return JSON.readTree(result.payload());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(InvokeResult result) {
    return new String(result.payload(), StandardCharsets.UTF_8);
  }

  /** A function the way the model holds one; timeout, memory and concurrency as Lambda defaults. */
  static FunctionSpec fn(String name, String runtime, String handler, String code) {
    return new FunctionSpec(name, runtime, handler, code);
  }

  static final class FunctionSpec {
    private final String name;
    private final String runtime;
    private final String handler;
    private final String code;
    private Integer memory;
    private Integer timeout;
    private Integer concurrency;
    private final Map<String, String> env = new LinkedHashMap<>();

    FunctionSpec(String name, String runtime, String handler, String code) {
      this.name = name;
      this.runtime = runtime;
      this.handler = handler;
      this.code = code;
    }

    FunctionSpec memory(int mb) {
      memory = mb;
      return this;
    }

    FunctionSpec timeout(int seconds) {
      timeout = seconds;
      return this;
    }

    FunctionSpec concurrency(int n) {
      concurrency = n;
      return this;
    }

    FunctionSpec env(String key, String value) {
      env.put(key, value);
      return this;
    }

    Function build() {
      return new Function(
          SourceRange.NONE, name, null, runtime, handler, code, memory, timeout, env, concurrency);
    }
  }
}
