package io.apigw.lint.rules.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import org.junit.jupiter.api.Test;

class QueryStringInPathTest {
  private final QueryStringInPath rule = new QueryStringInPath();

  @Test
  void openApiPathWithTwoOperationsIsReportedOnceAtThePath() {
    String yaml =
        """
        openapi: 3.0.1
        info: {title: Pets, version: "1"}
        paths:
          /pets?:
            get:
              responses: {"200": {description: ok}}
            post:
              responses: {"201": {description: ok}}
        """;

    var lines = Lint.lines(Lint.run(rule, "pets.yaml", yaml));

    assertThat(lines).containsExactly("4:3 E2008 path `/pets?` holds a query string");
  }

  @Test
  void dslRoutesAreReportedEachAtItsLine() {
    String dsl =
        """
        api Pets: http

        GET  /pets?type=dog -> http GET https://pets.example.com/pets
        POST /pets?type=dog -> http POST https://pets.example.com/pets
        """;

    var lines = Lint.lines(Lint.run(rule, "pets.apigw", dsl));

    assertThat(lines)
        .containsExactly(
            "3:1 E2008 path `/pets?type=dog` holds a query string",
            "4:1 E2008 path `/pets?type=dog` holds a query string");
  }
}
