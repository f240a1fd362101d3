package io.apigw.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules/} is generated from the rules; this test fails when it is out of date and
 * rewrites it with {@code -Dapigw.lint.regenerate=true}.
 */
class RuleDocsTest {
  private static final boolean REGENERATE = Boolean.getBoolean("apigw.lint.regenerate");

  @Test
  void docsFolderMatchesTheRules() throws IOException {
    Path folder = Path.of(System.getProperty("apigw.root", "..")).resolve("docs/rules");
    Set<String> expectedFiles = new HashSet<>();
    expectedFiles.add("README.md");
    check(folder.resolve("README.md"), RuleDocs.index(Rules.all()));
    for (Rule rule : Rules.all()) {
      expectedFiles.add(rule.id() + ".md");
      check(folder.resolve(rule.id() + ".md"), RuleDocs.page(rule));
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!expectedFiles.contains(name)) {
          if (REGENERATE) {
            Files.delete(file);
          } else {
            throw new AssertionError(file + " documents no rule; delete it");
          }
        }
      }
    }
  }

  private static void check(Path file, String expected) throws IOException {
    if (REGENERATE) {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file) || !Files.readString(file).equals(expected)) {
        Files.writeString(file, expected);
      }
      return;
    }
    assertThat(file)
        .as(file + " is out of date: run the lint tests with -Dapigw.lint.regenerate=true")
        .exists();
    assertThat(Files.readString(file))
        .as(file + " is out of date: run the lint tests with -Dapigw.lint.regenerate=true")
        .isEqualTo(expected);
  }
}
