package io.apigw.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the project's samples and the shared fixtures from tests. */
public final class Samples {
  private Samples() {}

  /** The project root: surefire passes it; otherwise walk up to the folder that has samples/. */
  public static Path root() {
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

  /** The files in samples/ whose names end with {@code suffix}, sorted. */
  public static List<Path> files(String suffix) {
    try (Stream<Path> files = Files.list(root().resolve("samples"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of every sample whose name ends with {@code suffix}. */
  public static List<String> texts(String suffix) {
    return files(suffix).stream().map(Samples::read).toList();
  }

  /** {@code ../shared/fixtures} beside the project root; it may be absent. */
  public static Path fixtures() {
    return root().resolve("..").resolve("shared").resolve("fixtures").normalize();
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
