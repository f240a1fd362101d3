package io.apigw.local.lambda;

import io.apigw.local.lambda.bootstrap.JavaBootstrap;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * How each runtime family starts: the command line of a function's process. The bootstraps apigw
 * ships for Node.js and Python are copied out of its jar into one runtime folder ({@code
 * LAMBDA_RUNTIME_DIR}); Java runs {@link JavaBootstrap} from apigw's own classes; a custom runtime
 * ({@code provided*}) runs the function's own {@code bootstrap}.
 */
final class Launcher {
  static final String NODE_BOOTSTRAP = "node/bootstrap.mjs";
  static final String PYTHON_BOOTSTRAP = "python/bootstrap.py";
  private static final String CORE_CLASS = "com.amazonaws.services.lambda.runtime.Context";

  private final Path runtimeDir;
  private final Map<String, String> pythons = new ConcurrentHashMap<>();

  private Launcher(Path runtimeDir) {
    this.runtimeDir = runtimeDir;
  }

  /** Copies the bootstraps into {@code runtimeDir}. */
  static Launcher extractTo(Path runtimeDir) throws IOException {
    for (String name : List.of(NODE_BOOTSTRAP, PYTHON_BOOTSTRAP)) {
      Path target = runtimeDir.resolve(name);
      Files.createDirectories(target.getParent());
      try (InputStream in = Launcher.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IOException("apigw is missing its resource " + name);
        }
        Files.copy(in, target);
      }
    }
    return new Launcher(runtimeDir);
  }

  Path runtimeDir() {
    return runtimeDir;
  }

  /** The runtime families apigw runs locally. */
  enum Family {
    NODE,
    PYTHON,
    JAVA,
    CUSTOM;

    static Family of(String runtime) {
      String r = runtime.toLowerCase(Locale.ROOT);
      if (r.startsWith("nodejs")) {
        return NODE;
      }
      if (r.startsWith("python")) {
        return PYTHON;
      }
      if (r.startsWith("java")) {
        return JAVA;
      }
      if (r.startsWith("provided")) {
        return CUSTOM;
      }
      return null;
    }
  }

  /**
   * The command that starts one process of the function.
   *
   * @throws UnsupportedOperationException for a runtime apigw cannot run locally
   * @throws IOException when the runtime's entry point is missing
   */
  List<String> command(String runtime, int memoryMb, FunctionCode code, Path taskRoot)
      throws IOException {
    Family family = Family.of(runtime);
    if (family == null) {
      throw new UnsupportedOperationException(
          "Runtime " + runtime + " is not supported locally (nodejs*, python*, java*, provided*)");
    }
    return switch (family) {
      case NODE ->
          List.of(
              "node",
              // As Lambda sizes the heap to the function's memory.
              "--max-old-space-size=" + Math.max(32, memoryMb * 9 / 10),
              runtimeDir.resolve(NODE_BOOTSTRAP).toString());
      case PYTHON -> List.of(python(runtime), runtimeDir.resolve(PYTHON_BOOTSTRAP).toString());
      case JAVA -> java(memoryMb, code, taskRoot);
      case CUSTOM -> {
        Path bootstrap = taskRoot.resolve("bootstrap");
        if (!Files.isRegularFile(bootstrap)) {
          throw new IOException("Couldn't find valid bootstrap(s): [" + bootstrap + "]");
        }
        if (!Files.isExecutable(bootstrap)) {
          throw new IOException(bootstrap + " is not executable");
        }
        yield List.of(bootstrap.toString());
      }
    };
  }

  /**
   * {@code python3.12} when that runs here, else {@code python3}. Asked once per runtime: a version
   * manager's shim can be on the PATH and still fail.
   */
  private String python(String runtime) {
    String versioned = runtime.toLowerCase(Locale.ROOT);
    if (!versioned.matches("python\\d+\\.\\d+")) {
      return "python3";
    }
    return pythons.computeIfAbsent(versioned, v -> runs(v) ? v : "python3");
  }

  private static boolean runs(String command) {
    try {
      Process probe =
          new ProcessBuilder(command, "-c", "")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!probe.waitFor(5, TimeUnit.SECONDS)) {
        probe.destroyForcibly();
        return false;
      }
      return probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static List<String> java(int memoryMb, FunctionCode code, Path taskRoot)
      throws IOException {
    Set<Path> bootstrapClasspath = new LinkedHashSet<>();
    bootstrapClasspath.add(codeSource(JavaBootstrap.class));
    bootstrapClasspath.add(codeSource(com.fasterxml.jackson.databind.ObjectMapper.class));
    bootstrapClasspath.add(codeSource(com.fasterxml.jackson.core.JsonFactory.class));
    bootstrapClasspath.add(codeSource(com.fasterxml.jackson.annotation.JsonInclude.class));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Lambda's own choices for a quick start: C1 only, serial GC, a heap sized to the memory.
    command.add("-XX:+TieredCompilation");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Xshare:auto");
    command.add("-Xmx" + Math.max(32, memoryMb * 85 / 100) + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-cp");
    command.add(
        String.join(File.pathSeparator, bootstrapClasspath.stream().map(Path::toString).toList()));
    command.add(JavaBootstrap.class.getName());
    for (Path entry : code.javaClasspath(taskRoot)) {
      command.add(entry.toString());
    }
    command.add(codeSource(coreClass()).toString());
    return command;
  }

  private static Class<?> coreClass() throws IOException {
    try {
      return Class.forName(CORE_CLASS, false, Launcher.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IOException("aws-lambda-java-core is missing from apigw's classpath", e);
    }
  }

  private static Path codeSource(Class<?> type) throws IOException {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new IOException("Cannot tell where " + type.getName() + " was loaded from");
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
