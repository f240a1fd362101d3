package io.apigw.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files so that a crash never leaves half a file, and never over a user's file unasked. */
final class Output {
  private Output() {}

  /**
   * Writes {@code text} to {@code target}. An existing file is replaced only when {@code replace}
   * is true; otherwise the command stops with exit code 2.
   */
  static void write(Path target, String text, boolean replace) throws IOException {
    if (!replace && Files.exists(target)) {
      throw new UserError(target + " already exists; pass --force to replace it");
    }
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (directory != null) {
      Files.createDirectories(directory);
    }
    Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
