package io.apigw.local.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A function's code path: a folder, a {@code .jar}, or a {@code .zip} deployment package, which is
 * unpacked (again whenever it changes) into a folder of its own under apigw's scratch folder.
 */
final class FunctionCode {
  private final Path source;
  private final Path scratch;
  private Path unpacked;
  private long unpackedMtime = -1;

  FunctionCode(Path source, Path scratch) {
    this.source = source;
    this.scratch = scratch;
  }

  Path source() {
    return source;
  }

  boolean isJar() {
    return source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")
        && Files.isRegularFile(source);
  }

  private boolean isZip() {
    return source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
        && Files.isRegularFile(source);
  }

  /** The folder that is {@code LAMBDA_TASK_ROOT} and the working directory of the process. */
  synchronized Path taskRoot() throws IOException {
    if (isJar()) {
      return source.toAbsolutePath().getParent();
    }
    if (isZip()) {
      long mtime = Files.getLastModifiedTime(source).toMillis();
      if (unpacked == null || mtime != unpackedMtime) {
        unpacked = unzip(source, Files.createTempDirectory(scratch, "code-"));
        unpackedMtime = mtime;
      }
      return unpacked;
    }
    if (!Files.isDirectory(source)) {
      throw new IOException("Code path " + source + " is neither a folder, a .zip nor a .jar");
    }
    return source;
  }

  /** What a Java function's class loader reads: the jar, or the folder with its jars and lib/. */
  List<Path> javaClasspath(Path taskRoot) throws IOException {
    if (isJar()) {
      return List.of(source.toAbsolutePath());
    }
    List<Path> entries = new ArrayList<>();
    entries.add(taskRoot);
    entries.addAll(jarsIn(taskRoot));
    entries.addAll(jarsIn(taskRoot.resolve("lib")));
    return entries;
  }

  private static List<Path> jarsIn(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
    }
  }

  private static Path unzip(Path zip, Path target) throws IOException {
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("Zip entry outside the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(entries, out, StandardCopyOption.REPLACE_EXISTING);
          // Zips made on Windows lose the executable bit that a custom runtime's bootstrap needs.
          if (entry.getName().equals("bootstrap")) {
            out.toFile().setExecutable(true);
          }
        }
      }
    }
    return target;
  }
}
