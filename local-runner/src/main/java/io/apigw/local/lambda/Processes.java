package io.apigw.local.lambda;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stopping a function's process with everything it started, and naming how a process ended. */
final class Processes {
  private Processes() {}

  /**
   * Kills the process and its descendants, and waits up to {@code waitMillis} for them to be gone.
   * The descendants are listed before the process dies: once it has, they belong to init.
   */
  static void killTree(ProcessHandle process, long waitMillis) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
    awaitExit(process, deadline);
    descendants.forEach(d -> awaitExit(d, deadline));
  }

  private static void awaitExit(ProcessHandle handle, long deadlineNanos) {
    long left = deadlineNanos - System.nanoTime();
    if (left <= 0) {
      return;
    }
    try {
      handle.onExit().get(left, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // Still there after the wait: nothing more to do than the kill already sent.
    }
  }

  /** How Lambda words an exit: {@code exit status 1}, {@code signal: killed}. */
  static String exitDescription(int exitValue) {
    // The JDK reports a process ended by signal N as 128 + N.
    if (exitValue > 128 && exitValue < 128 + 32) {
      return "signal: " + signalName(exitValue - 128);
    }
    return "exit status " + exitValue;
  }

  private static String signalName(int signal) {
    return switch (signal) {
      case 1 -> "hangup";
      case 2 -> "interrupt";
      case 3 -> "quit";
      case 4 -> "illegal instruction";
      case 6 -> "aborted";
      case 7 -> "bus error";
      case 8 -> "floating point exception";
      case 9 -> "killed";
      case 11 -> "segmentation fault";
      case 13 -> "broken pipe";
      case 15 -> "terminated";
      default -> "signal " + signal;
    };
  }
}
