package io.apigw.local.lambda;

import io.apigw.local.lambda.InvokeResult.Outcome;
import io.apigw.model.Function;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs Lambda functions on this machine, without containers: each function's code runs in warm
 * child processes that poll a Lambda Runtime API served by apigw, so Node.js, Python, Java and
 * custom ({@code provided}) runtimes run as they do on Lambda.
 *
 * <p>Each process has a Runtime API server of its own on 127.0.0.1 and an ephemeral port. A
 * function's processes start on demand (at most its concurrency at once, further invocations wait),
 * stay warm between invocations, are stopped when they run past the function's timeout, and are
 * replaced after a crash or when the function's code changes.
 */
public final class LocalLambda implements FunctionInvoker {
  /** Code somewhere else ({@code s3://bucket/key.zip}), which a template may name. */
  private static final java.util.regex.Pattern REMOTE_CODE =
      java.util.regex.Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");

  private static final Set<LocalLambda> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> RUNNING.forEach(LocalLambda::close), "apigw-lambda-shutdown"));
  }

  private final Map<String, FunctionPool> pools;
  private final Map<String, String> notRunnable;
  private final Shared shared;
  private final String region;
  private final String accountId;
  private boolean closed;

  private LocalLambda(
      Map<String, FunctionPool> pools,
      Map<String, String> notRunnable,
      Shared shared,
      Options options) {
    this.pools = pools;
    this.notRunnable = notRunnable;
    this.shared = shared;
    this.region = options.region();
    this.accountId = options.accountId();
  }

  /**
   * Prepares the functions; no process starts before a function's first invocation.
   *
   * @param vertx serves the Runtime API; apigw does not close it
   * @param baseDir the folder function code paths are relative to (the definition file's)
   */
  public static FunctionInvoker start(
      Vertx vertx, List<Function> functions, Path baseDir, Options options) {
    Objects.requireNonNull(vertx, "vertx");
    Objects.requireNonNull(options, "options");
    Path scratch;
    Launcher launcher;
    try {
      scratch = Files.createTempDirectory("apigw-lambda-");
      launcher = Launcher.extractTo(scratch.resolve("runtime"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the local Lambda runtimes", e);
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService worker =
        Executors.newCachedThreadPool(
            task -> {
              Thread t = new Thread(task, "apigw-lambda-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    Shared shared =
        new Shared(vertx, options, launcher, worker, scratch, new LogSink(options.log()));
    Map<String, FunctionPool> pools = new LinkedHashMap<>();
    Map<String, String> notRunnable = new LinkedHashMap<>();
    for (Function function : functions) {
      if (pools.containsKey(function.name()) || notRunnable.containsKey(function.name())) {
        continue;
      }
      if (!function.isRunnable()) {
        notRunnable.put(
            function.name(),
            "Function " + function.name() + " has no runtime and handler to run it locally");
        continue;
      }
      if (function.code() != null && REMOTE_CODE.matcher(function.code()).matches()) {
        notRunnable.put(
            function.name(),
            "Function "
                + function.name()
                + " has its code at "
                + function.code()
                + "; serve runs code from local folders only");
        continue;
      }
      Path code =
          function.code() == null
              ? baseDir.toAbsolutePath().normalize()
              : baseDir.resolve(function.code()).toAbsolutePath().normalize();
      String arn =
          function.arn() != null
              ? function.arn()
              : "arn:aws:lambda:"
                  + options.region()
                  + ":"
                  + options.accountId()
                  + ":function:"
                  + function.name();
      pools.put(
          function.name(),
          new FunctionPool(function, arn, new FunctionCode(code, scratch), shared));
    }
    LocalLambda lambda = new LocalLambda(pools, notRunnable, shared, options);
    RUNNING.add(lambda);
    return lambda;
  }

  @Override
  public CompletableFuture<InvokeResult> invoke(String functionName, byte[] payload) {
    FunctionPool pool = pools.get(functionName);
    if (pool == null) {
      String message = notRunnable.get(functionName);
      if (message == null) {
        message =
            "Function not found: arn:aws:lambda:"
                + region
                + ":"
                + accountId
                + ":function:"
                + functionName;
      }
      return CompletableFuture.completedFuture(
          new InvokeResult(Outcome.NOT_FOUND, null, "ResourceNotFoundException", message, 0));
    }
    return pool.invoke(payload);
  }

  /** Kills every function process and its children, stops the servers, removes the scratch. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    RUNNING.remove(this);
    pools.values().forEach(FunctionPool::close);
    shared.worker().shutdown();
    try {
      shared.worker().awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Processes a launch started while closing were stopped by the launch itself.
    deleteTree(shared.scratch());
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // Left for the OS's temp cleaner.
                }
              });
    } catch (IOException e) {
      // Left for the OS's temp cleaner.
    }
  }

  /**
   * How the functions run.
   *
   * @param region {@code AWS_REGION} of the functions and the region in their ARNs
   * @param accountId the account in the functions' ARNs
   * @param defaultConcurrency how many processes a function without a concurrency may run at once
   * @param log receives every line the functions print, and apigw's START/END/REPORT lines, as
   *     {@code [function] line}; called from several threads, one line at a time
   * @param clock gives the deadlines passed to the functions
   * @param initTimeout how long a process may take to load its handler (Lambda: 10 s)
   * @param codeCheckInterval the least time between two looks at a function's code for changes
   */
  public record Options(
      String region,
      String accountId,
      int defaultConcurrency,
      Consumer<String> log,
      Clock clock,
      Duration initTimeout,
      Duration codeCheckInterval) {
    public Options {
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(accountId, "accountId");
      Objects.requireNonNull(log, "log");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(initTimeout, "initTimeout");
      Objects.requireNonNull(codeCheckInterval, "codeCheckInterval");
      if (defaultConcurrency < 1) {
        throw new IllegalArgumentException("defaultConcurrency must be at least 1");
      }
    }

    /** us-east-1, account 123456789012, concurrency 4, output to standard error. */
    public static Options defaults() {
      return builder().build();
    }

    public static Builder builder() {
      return new Builder();
    }

    public Builder toBuilder() {
      return new Builder()
          .region(region)
          .accountId(accountId)
          .defaultConcurrency(defaultConcurrency)
          .log(log)
          .clock(clock)
          .initTimeout(initTimeout)
          .codeCheckInterval(codeCheckInterval);
    }

    /** Builds {@link Options}; every setting has a default. */
    public static final class Builder {
      private String region = "us-east-1";
      private String accountId = "123456789012";
      private int defaultConcurrency = 4;
      private Consumer<String> log = System.err::println;
      private Clock clock = Clock.systemUTC();
      private Duration initTimeout = Duration.ofSeconds(10);
      private Duration codeCheckInterval = Duration.ofMillis(500);

      private Builder() {}

      public Builder region(String region) {
        this.region = region;
        return this;
      }

      public Builder accountId(String accountId) {
        this.accountId = accountId;
        return this;
      }

      public Builder defaultConcurrency(int defaultConcurrency) {
        this.defaultConcurrency = defaultConcurrency;
        return this;
      }

      public Builder log(Consumer<String> log) {
        this.log = log;
        return this;
      }

      public Builder clock(Clock clock) {
        this.clock = clock;
        return this;
      }

      public Builder initTimeout(Duration initTimeout) {
        this.initTimeout = initTimeout;
        return this;
      }

      public Builder codeCheckInterval(Duration codeCheckInterval) {
        this.codeCheckInterval = codeCheckInterval;
        return this;
      }

      public Options build() {
        return new Options(
            region, accountId, defaultConcurrency, log, clock, initTimeout, codeCheckInterval);
      }
    }
  }
}
