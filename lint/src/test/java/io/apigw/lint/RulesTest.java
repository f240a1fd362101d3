package io.apigw.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every rule must have: a well-formed unique id, a summary, documentation and examples. */
class RulesTest {
  @Test
  void idsAreALetterAndFourDigitsAndUnique() {
    Set<String> numbers = new HashSet<>();
    for (Rule rule : Rules.all()) {
      assertThat(rule.id()).as(rule.getClass().getName()).matches("[EWI][1-8]\\d{3}");
      assertThat(numbers.add(rule.id().substring(1))).as("number of " + rule.id()).isTrue();
    }
  }

  @Test
  void everyRuleIsDocumentedAndHasExamples() {
    for (Rule rule : Rules.all()) {
      assertThat(rule.summary()).as(rule.id()).isNotBlank().doesNotEndWith(".");
      assertThat(rule.doc().what()).as(rule.id()).isNotBlank();
      assertThat(rule.doc().why()).as(rule.id()).isNotBlank();
      assertThat(rule.doc().source()).as(rule.id() + " source").contains("https://");
      assertThat(Examples.bad(rule.id())).as(rule.id() + " bad example").isPresent();
      assertThat(Examples.expected(rule.id())).as(rule.id() + " bad.expected").isNotEmpty();
      assertThat(Examples.good(rule.id())).as(rule.id() + " good example").isPresent();
    }
  }

  @Test
  void everyAreaHasRules() {
    Set<Character> areas = new HashSet<>();
    Rules.all().forEach(r -> areas.add(r.id().charAt(1)));
    assertThat(Rules.all()).hasSizeGreaterThanOrEqualTo(45);
    assertThat(areas).containsExactlyInAnyOrder('1', '2', '3', '4', '5', '6', '7', '8');
  }

  @Test
  void classNamesAreUniqueAndRulesAreFinal() {
    Set<String> names = new HashSet<>();
    for (Rule rule : Rules.all()) {
      assertThat(names.add(rule.getClass().getSimpleName())).as(rule.id()).isTrue();
      assertThat(java.lang.reflect.Modifier.isFinal(rule.getClass().getModifiers()))
          .as(rule.id() + " is final")
          .isTrue();
    }
  }
}
