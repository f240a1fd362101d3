package io.apigw.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule against its own examples: the bad example gives exactly the findings its {@code
 * bad.expected} lists (line, column, id, message), the good example none of the rule's.
 */
class RuleExamplesTest {
  static Stream<Rule> rules() {
    return Rules.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void badExampleGivesTheExpectedFindings(Rule rule) {
    Examples.Example bad = Examples.bad(rule.id()).orElseThrow();

    List<Finding> findings = Lint.run(rule, bad.name(), bad.text());

    assertThat(Lint.lines(findings)).containsExactlyElementsOf(Examples.expected(rule.id()));
    assertThat(findings).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void goodExampleGivesNone(Rule rule) {
    Examples.Example good = Examples.good(rule.id()).orElseThrow();

    List<Finding> findings = Lint.run(rule, good.name(), good.text());

    assertThat(Lint.lines(findings)).isEmpty();
  }
}
