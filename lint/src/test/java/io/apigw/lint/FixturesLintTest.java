package io.apigw.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.apigw.model.testing.Samples;
import io.apigw.openapi.ApiFiles;
import io.apigw.openapi.OpenApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of the shared fixtures (real definitions and templates written by others) lints with
 * every rule on, and no rule throws: a rule's exception would show as an "internal error" finding.
 */
class FixturesLintTest {
  @Test
  void everyFixtureLintsWithoutAnInternalError() throws IOException {
    Path fixtures = Samples.fixtures();
    assumeTrue(Files.isDirectory(fixtures), "shared fixtures not found at " + fixtures);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(fixtures)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(ya?ml|json)$"))
              .filter(p -> !p.toString().contains("/schemas/"))
              .sorted()
              .toList();
    }
    Linter linter = Linter.of(new LintConfig(true, java.util.Map.of(), List.of(), null, null));
    List<String> internal = new ArrayList<>();
    TreeMap<String, Integer> perRule = new TreeMap<>();
    int linted = 0;
    for (Path file : files) {
      ApiFiles.Loaded loaded = ApiFiles.load(file, OpenApi.ReaderOptions.defaults());
      if (loaded.parsed().value() == null || loaded.parsed().hasErrors()) {
        continue;
      }
      linted++;
      LintInput input =
          new LintInput(
              loaded.fileName(), loaded.text(), loaded.parsed().value(), loaded.document());
      for (Finding f : linter.lint(input, loaded.parsed().diagnostics())) {
        perRule.merge(f.ruleId(), 1, Integer::sum);
        if (f.message().startsWith("internal error")) {
          internal.add(file + ": " + f.message());
        }
      }
    }
    System.out.println(
        "linted "
            + linted
            + " of "
            + files.size()
            + " fixture files; findings per rule: "
            + perRule);

    assertThat(internal).isEmpty();
    assertThat(linted).isGreaterThan(100);
  }
}
