package io.apigw.openapi;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.apigw.model.Api;
import io.apigw.model.Parsed;
import io.apigw.model.testing.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared fixtures ({@code <project root>/../shared/fixtures}) and samples of the project. */
final class Fixtures {
  private Fixtures() {}

  /** A folder of shared fixtures; skips the test when it is not there. */
  static Path folder(String name) {
    Path folder = Samples.fixtures().resolve(name);
    assumeTrue(Files.isDirectory(folder), "shared fixtures not found at " + folder);
    return folder;
  }

  static List<Path> files(String folderName) {
    try (Stream<Path> files = Files.list(folder(folderName))) {
      return files.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path sample(String name) {
    return Samples.root().resolve("samples").resolve(name);
  }

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Parsed<Api> read(Path file) {
    return OpenApi.reader().read(file.toString(), text(file));
  }
}
