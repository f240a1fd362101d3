package io.apigw.local.lambda;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Notices that a function's code changed: a fingerprint of every file and folder under its code
 * path (path, modification time, size) that differs from the last walk's. Comparing fingerprints
 * rather than times catches deleted files and files put back with older times, and a file dated in
 * the future does not make every process look out of date.
 *
 * <p>A walk is not cheap for a folder with {@code node_modules}, so one is due at most every {@code
 * minInterval}, and never more often than 20 times the last walk took, which keeps the walks under
 * 5% of one core whatever the tree's size; a zero interval walks before every invocation.
 */
final class CodeWatcher {
  private final Path root;
  private final long minIntervalNanos;
  private long nextCheckNanos = Long.MIN_VALUE;
  private boolean walked;
  private long fingerprint;
  private volatile long changedAtMillis;

  CodeWatcher(Path root, long minIntervalMillis) {
    this.root = root;
    this.minIntervalNanos = minIntervalMillis * 1_000_000;
  }

  /** True if a walk is due; the caller that gets true must then call {@link #check()}. */
  synchronized boolean claimCheck() {
    long now = System.nanoTime();
    if (nextCheckNanos != Long.MIN_VALUE && now - nextCheckNanos < 0) {
      return false;
    }
    // Nobody else walks while this walk runs.
    nextCheckNanos = now + Long.MAX_VALUE / 2;
    return true;
  }

  /** Walks the tree; a fingerprint unlike the last one is a change, dated now. */
  void check() {
    long started = System.nanoTime();
    long current = walk();
    long took = System.nanoTime() - started;
    synchronized (this) {
      if (walked && current != fingerprint) {
        // When the change was seen, not when the walk began: a process started during the walk
        // may have read either version, and is better restarted once too often than left stale.
        changedAtMillis = System.currentTimeMillis();
      }
      walked = true;
      fingerprint = current;
      // A zero interval asks for a walk before every invocation (tests, and whoever wants it).
      nextCheckNanos =
          System.nanoTime() + (minIntervalNanos == 0 ? 0 : Math.max(minIntervalNanos, 20 * took));
    }
  }

  /**
   * When the last change was seen, in epoch milliseconds; 0 before any. A process started before
   * then runs old code.
   */
  long changedAtMillis() {
    return changedAtMillis;
  }

  private long walk() {
    long[] sum = {0};
    try {
      if (Files.isDirectory(root)) {
        Files.walkFileTree(
            root,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(root) && (name.equals(".git") || name.equals("__pycache__"))) {
                  return FileVisitResult.SKIP_SUBTREE;
                }
                sum[0] += entry(dir, attrs);
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                sum[0] += entry(file, attrs);
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
              }
            });
      } else if (Files.exists(root)) {
        sum[0] = entry(root, Files.readAttributes(root, BasicFileAttributes.class));
      }
    } catch (IOException e) {
      // A tree changing while it is walked: the next walk sees it settled.
    }
    return sum[0];
  }

  /** One entry's share of the fingerprint; summed, so the walk's order does not matter. */
  private static long entry(Path path, BasicFileAttributes attrs) {
    long h = path.hashCode();
    h = mix(h ^ attrs.lastModifiedTime().toMillis());
    h = mix(h ^ attrs.size());
    return h;
  }

  /** SplitMix64's finaliser: spreads every input bit over the result. */
  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
