package io.apigw.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigw.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintConfigTest {
  @TempDir Path dir;

  private final Rule w7001 = Rules.byId("W7001").orElseThrow();

  @Test
  void isFoundUpwardsFromTheDefinition() throws Exception {
    Path config = Files.writeString(dir.resolve(".apigw-lint.yaml"), "extends: all\n");
    Path nested = Files.createDirectories(dir.resolve("apis/v1"));

    assertThat(LintConfig.find(nested.resolve("orders.apigw"))).contains(config);
  }

  @Test
  void setsSeveritiesAndTurnsRulesOff() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve(".apigw-lint.yaml"), "extends: recommended\nrules:\n  W7001: error\n");

    LintConfig config = LintConfig.read(file, id -> Rules.byId(id).isPresent());

    assertThat(config.severityOf(w7001)).contains(Severity.ERROR);

    Files.writeString(file, "rules:\n  W7001: off\n");
    assertThat(LintConfig.read(file, id -> true).severityOf(w7001)).isEmpty();
  }

  @Test
  void ignoresFilesUnderItsGlobs() throws Exception {
    Path file = Files.writeString(dir.resolve(".apigw-lint.yaml"), "ignore:\n  - generated/**\n");

    LintConfig config = LintConfig.read(file, id -> true);

    assertThat(config.ignores(dir.resolve("generated/a/api.yaml"))).isTrue();
    assertThat(config.ignores(dir.resolve("apis/api.yaml"))).isFalse();
  }

  @Test
  void anUnknownRuleIsAnErrorWithItsLine() throws Exception {
    Path file =
        Files.writeString(dir.resolve(".apigw-lint.yaml"), "extends: all\nrules:\n  W9999: off\n");

    assertThatThrownBy(() -> LintConfig.read(file, id -> Rules.byId(id).isPresent()))
        .isInstanceOf(LintConfigException.class)
        .hasMessageContaining("no rule is called `W9999`")
        .extracting(e -> ((LintConfigException) e).line())
        .isEqualTo(3);
  }

  @Test
  void aBadSeverityAndABadExtendsAreErrors() throws Exception {
    Path file = Files.writeString(dir.resolve(".apigw-lint.yaml"), "rules:\n  W7001: loud\n");
    assertThatThrownBy(() -> LintConfig.read(file, id -> true))
        .hasMessageContaining("`loud` is not one of error, warning, info, off");

    Files.writeString(file, "extends: strict\n");
    assertThatThrownBy(() -> LintConfig.read(file, id -> true))
        .hasMessageContaining("`extends` is `recommended` or `all`");
  }

  @Test
  void invalidYamlNamesLineAndColumn() throws Exception {
    Path file = Files.writeString(dir.resolve(".apigw-lint.yaml"), "rules:\n  W7001: [off\n");

    assertThatThrownBy(() -> LintConfig.read(file, id -> true))
        .isInstanceOf(LintConfigException.class)
        .hasMessageStartingWith("not valid YAML");
  }

  @Test
  void recommendedSkipsRulesOutsideIt() {
    Rule notRecommended =
        new Rule() {
          public String id() {
            return "I7999";
          }

          public String summary() {
            return "x";
          }

          public RuleDoc doc() {
            return new RuleDoc("w", "w", "https://x");
          }

          public void check(LintInput input, Findings out) {}

          public boolean recommended() {
            return false;
          }
        };

    assertThat(LintConfig.recommended().severityOf(notRecommended)).isEqualTo(Optional.empty());
    assertThat(
            new LintConfig(true, java.util.Map.of(), java.util.List.of(), null, null)
                .severityOf(notRecommended))
        .contains(Severity.INFO);
  }
}
