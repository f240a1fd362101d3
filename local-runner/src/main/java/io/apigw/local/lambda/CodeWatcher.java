package io.apigw.local.lambda;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Notices that a function's code changed: the newest modification time of any file or folder under
 * its code path. A walk is not cheap for a folder with {@code node_modules}, so a new one is due at
 * most every {@code minInterval}, and never more often than 20 times the last walk took, which
 * keeps the walks under 5% of one core whatever the tree's size.
 */
final class CodeWatcher {
  private final Path root;
  private final long minIntervalNanos;
  private long nextCheckNanos = Long.MIN_VALUE;
  private volatile long latestChangeMillis;

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

  /** Walks the tree and records the newest modification time found. */
  void check() {
    long started = System.nanoTime();
    long[] newest = {0};
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
                newest[0] = Math.max(newest[0], attrs.lastModifiedTime().toMillis());
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                newest[0] = Math.max(newest[0], attrs.lastModifiedTime().toMillis());
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
              }
            });
      } else if (Files.exists(root)) {
        newest[0] = Files.getLastModifiedTime(root).toMillis();
      }
    } catch (IOException e) {
      // A tree changing while it is walked; the next walk sees it settled.
    }
    latestChangeMillis = Math.max(latestChangeMillis, newest[0]);
    long took = System.nanoTime() - started;
    synchronized (this) {
      long finished = System.nanoTime();
      nextCheckNanos = finished + Math.max(minIntervalNanos, 20 * took);
    }
  }

  /** The newest modification time the last walk found, in epoch milliseconds. */
  long latestChangeMillis() {
    return latestChangeMillis;
  }
}
