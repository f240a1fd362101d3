package io.apigw.deployers.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample, generated for every target, is exactly its golden file ({@code
 * golden/<sample>.<target>.yaml}). Regenerate them with {@code -Dapigw.golden.regenerate=true} and
 * review the diff; never edit them by hand.
 */
class GoldenTest {
  static final String REGENERATE = "apigw.golden.regenerate";

  static List<Generated.Case> cases() {
    return Generated.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesItsGoldenFile(Generated.Case c) throws Exception {
    String actual = c.text();
    Path golden =
        Samples.root()
            .resolve("deployers/src/test/resources/golden")
            .resolve(c.sample() + "." + c.format() + ".yaml");
    if (Boolean.getBoolean(REGENERATE)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSameModelGivesTheSameBytes(Generated.Case c) {
    assertThat(c.text()).isEqualTo(c.text());
    assertThat(c.json()).isEqualTo(c.json());
  }
}
