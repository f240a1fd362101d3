package io.apigw.cli;

import io.apigw.model.testing.Samples;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs apigw in-process, the way a user would from a shell, and keeps what it printed. */
final class Cli {
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  static String sample(String name) {
    return Samples.root().resolve("samples").resolve(name).toString();
  }

  private Cli() {}
}
