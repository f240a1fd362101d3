package io.apigw.lint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import org.junit.jupiter.api.Test;

class UndeclaredPathParameterTest {
  private final UndeclaredPathParameter rule = new UndeclaredPathParameter();

  @Test
  void aParameterOfThePathItemDeclaresItForEveryOperation() {
    String yaml =
        """
        openapi: 3.0.1
        info: {title: Pets, version: "1"}
        paths:
          /pets/{petId}/toys/{toyId}:
            parameters: [{name: petId, in: path, required: true}]
            get:
              responses: {"200": {description: ok}}
        """;

    var lines = Lint.lines(Lint.run(rule, "pets.yaml", yaml));

    assertThat(lines)
        .containsExactly(
            "6:5 W1002 `GET /pets/{petId}/toys/{toyId}` does not declare its path parameter"
                + " `toyId`");
  }

  @Test
  void theDslDeclaresPathParametersFromThePath() {
    String dsl =
        """
        api Pets: rest, regional

        GET /pets/{petId} -> mock 200 {"id":"p-1"}
        """;

    assertThat(Lint.run(rule, "pets.apigw", dsl)).isEmpty();
  }
}
