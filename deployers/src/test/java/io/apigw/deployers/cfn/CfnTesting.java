package io.apigw.deployers.cfn;

import io.apigw.model.Api;
import io.apigw.model.Parsed;
import io.apigw.model.testing.Samples;
import io.apigw.openapi.ApiFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Samples for the deploy tests, as they are or edited in a folder of the test's own. */
final class CfnTesting {
  private CfnTesting() {}

  static Path sample(String name) {
    return Samples.root().resolve("samples").resolve(name);
  }

  static Api load(Path file) {
    try {
      Parsed<Api> parsed = ApiFiles.load(file).parsed();
      if (parsed.value() == null) {
        throw new IllegalStateException(file + " does not read: " + parsed.diagnostics());
      }
      return parsed.value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The sample's text with {@code from} replaced by {@code to}, written to {@code dir} beside a
   * copy of the samples' function code, so its code paths still resolve.
   */
  static Path edited(Path dir, String sample, String from, String to) throws IOException {
    String text = Files.readString(sample(sample));
    if (!from.isEmpty() && !text.contains(from)) {
      throw new IllegalArgumentException(sample + " has no " + from);
    }
    copy(sample("functions"), dir.resolve("functions"));
    Path file = dir.resolve(sample);
    Files.writeString(file, from.isEmpty() ? text : text.replace(from, to));
    return file;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (!Files.exists(target)) {
          Files.copy(source, target);
        }
      }
    }
  }
}
