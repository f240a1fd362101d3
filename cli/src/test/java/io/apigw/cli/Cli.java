package io.apigw.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs apigw in-process, the way a user would from a shell, and keeps what it printed. */
final class Cli {
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** The project root: surefire passes it; otherwise walk up to the folder that has samples/. */
  static Path root() {
    String property = System.getProperty("apigw.root");
    if (property != null && Files.isDirectory(Path.of(property, "samples"))) {
      return Path.of(property);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("samples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the project root (a folder with samples/)");
    }
    return dir;
  }

  static String sample(String name) {
    return root().resolve("samples").resolve(name).toString();
  }

  private Cli() {}
}
