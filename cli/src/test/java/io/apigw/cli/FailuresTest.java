package io.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class FailuresTest {
  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Option(names = "--debug")
    boolean debug;

    @Option(names = "--what")
    String what = "bug";

    @Override
    public Integer call() throws Exception {
      switch (what) {
        case "user" -> throw new UserError("that file is not yours");
        case "missing" -> throw new NoSuchFileException("gone.apigw");
        default -> throw new IllegalStateException("a bug");
      }
    }
  }

  private static String[] run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new Boom());
    commandLine.setExecutionExceptionHandler(new Failures());
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    return new String[] {String.valueOf(code), err.toString()};
  }

  @Test
  void aBugIsExitCode4WithoutAStackTrace() {
    String[] result = run();

    assertThat(result[0]).isEqualTo("4");
    assertThat(result[1])
        .isEqualTo(
            "apigw: internal error: IllegalStateException: a bug\n"
                + "apigw: this is a bug in apigw; run again with --debug for the stack trace\n");
  }

  @Test
  void debugPrintsTheStackTrace() {
    String[] result = run("--debug");

    assertThat(result[0]).isEqualTo("4");
    assertThat(result[1]).contains("java.lang.IllegalStateException: a bug", "\tat ");
  }

  @Test
  void userMistakesAndMissingFilesAreExitCode2InOneLine() {
    assertThat(run("--what", "user")).containsExactly("2", "apigw: that file is not yours\n");
    assertThat(run("--what", "missing")).containsExactly("2", "apigw: no such file: gone.apigw\n");
  }
}
