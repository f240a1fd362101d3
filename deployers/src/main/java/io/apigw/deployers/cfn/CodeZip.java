package io.apigw.deployers.cfn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A function's code folder as the .zip Lambda takes, the same bytes for the same files: entries
 * sorted by path, every timestamp 1980-01-01, a fixed compression level. Unchanged code thus keeps
 * its content-addressed S3 key, and a redeploy finds no change. A .zip or .jar file is taken as it
 * is.
 */
final class CodeZip {
  private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  private CodeZip() {}

  static byte[] of(Path code) {
    try {
      if (Files.isRegularFile(code)) {
        return Files.readAllBytes(code);
      }
      if (!Files.isDirectory(code)) {
        throw new UncheckedIOException(new IOException("no such code folder: " + code));
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(code)) {
        files =
            walk.filter(Files::isRegularFile)
                .sorted((a, b) -> name(code, a).compareTo(name(code, b)))
                .toList();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        for (Path file : files) {
          ZipEntry entry = new ZipEntry(name(code, file));
          entry.setTimeLocal(EPOCH);
          zip.putNextEntry(entry);
          Files.copy(file, zip);
          zip.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /** The first 16 hex digits of the SHA-256 of the bytes: a content-addressed key part. */
  static String hash(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
