package io.apigw.lint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import io.apigw.lint.LintConfig;
import io.apigw.lint.LintInput;
import io.apigw.lint.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureRulesTest {
  @Test
  void tenThousandOperationsGiveOneFindingPerPlantedProblem() {
    StringBuilder yaml =
        new StringBuilder(
            """
            openapi: 3.0.1
            info: {title: Big, version: "1"}
            security: [{key: []}]
            components:
              securitySchemes:
                key: {type: apiKey, name: x-api-key, in: header}
            paths:
            """);
    // Every 100th operation has a problem for most rules: findings are rare in a real definition.
    for (int i = 0; i < 10_000; i++) {
      boolean bad = i % 100 == 0;
      yaml.append("  /r")
          .append(i)
          .append("/{id}:\n    get:\n      operationId: op")
          .append(bad ? 0 : i)
          .append(
              bad
                  ? "\n      security: [{key: []}, {other: []}]\n"
                  : "\n      security: [{key: []}]\n")
          .append("      parameters: [{name: id, in: path, required: true}]\n")
          .append("      responses:\n        \"200\":\n          description: ok\n")
          .append("          content:\n            application/json:\n              schema:\n")
          .append("                type: object\n")
          .append(bad ? "                example: {a: 1}\n" : "")
          .append("                properties: {a: {type: number, format: ")
          .append(bad ? "int32" : "double")
          .append("}}\n");
    }
    LintInput input = Lint.input("big.yaml", yaml.toString());
    Linter linter = Linter.of(StructureRules.all(), LintConfig.recommended());
    // Speed is measured by bench/lint.sh, not here.
    int found = linter.lint(input, List.of()).size();

    assertThat(found).isEqualTo(400);
  }
}
