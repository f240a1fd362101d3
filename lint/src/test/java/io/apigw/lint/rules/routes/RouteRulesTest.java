package io.apigw.lint.rules.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import io.apigw.lint.LintConfig;
import io.apigw.lint.LintInput;
import io.apigw.lint.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteRulesTest {
  @Test
  void tenThousandRoutesGiveOnlyTheQuotaFinding() {
    StringBuilder dsl = new StringBuilder("api Big: rest, regional\n\n");
    for (int i = 0; i < 10_000; i++) {
      dsl.append("GET /r")
          .append(i % 100)
          .append("/{id}/s")
          .append(i)
          .append("/{sub} -> mock 200\n");
    }
    LintInput input = Lint.input("big.apigw", dsl.toString());
    Linter linter = Linter.of(RouteRules.all(), LintConfig.recommended());
    // Speed is measured by bench/lint.sh, not here.
    assertThat(linter.lint(input, List.of()))
        .extracting(io.apigw.lint.Finding::ruleId)
        .containsExactly("W2006");
  }
}
