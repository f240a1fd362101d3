package io.apigw.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** The one exception mapper: turns what a command throws into a message and an exit code. */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    Throwable cause = exception;
    if (cause instanceof UncheckedIOException unchecked) {
      cause = unchecked.getCause();
    }
    if (cause instanceof UserError user) {
      err.println("apigw: " + user.getMessage());
      return user.exitCode();
    }
    if (cause instanceof io.apigw.deployers.aws.DeployException deploy) {
      err.println("apigw: " + deploy.getMessage());
      return ExitCode.AWS_FAILURE;
    }
    if (cause instanceof NoSuchFileException missing) {
      err.println("apigw: no such file: " + missing.getFile());
      return ExitCode.INVALID_INPUT;
    }
    if (cause instanceof AccessDeniedException denied) {
      err.println("apigw: permission denied: " + denied.getFile());
      return ExitCode.INVALID_INPUT;
    }
    if (cause instanceof IOException io) {
      err.println("apigw: " + describe(io));
      return ExitCode.INVALID_INPUT;
    }
    err.println("apigw: internal error: " + describe(cause));
    if (debug(parsed)) {
      cause.printStackTrace(err);
    } else {
      err.println("apigw: this is a bug in apigw; run again with --debug for the stack trace");
    }
    return ExitCode.INTERNAL;
  }

  private static String describe(Throwable throwable) {
    String message = throwable.getMessage();
    String type = throwable.getClass().getSimpleName();
    return message == null ? type : type + ": " + message;
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult result = parsed; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
