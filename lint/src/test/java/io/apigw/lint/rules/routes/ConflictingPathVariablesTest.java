package io.apigw.lint.rules.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import org.junit.jupiter.api.Test;

class ConflictingPathVariablesTest {
  private final ConflictingPathVariables rule = new ConflictingPathVariables();

  @Test
  void aGreedyAndAPlainVariableUnderOneParentConflict() {
    String dsl =
        """
        api Files: rest, regional

        GET /files/{name}   -> mock 200 {"name":"a"}
        GET /files/{path+}  -> mock 200 {"path":"a/b"}
        """;

    var lines = Lint.lines(Lint.run(rule, "files.apigw", dsl));

    assertThat(lines)
        .containsExactly(
            "4:1 E2005 `{path+}` and `{name}` (in `/files/{name}`) are both variable path parts"
                + " under `/files`");
  }

  @Test
  void theSameVariableUnderOneParentIsFineAndEachConflictIsReportedOnce() {
    String dsl =
        """
        api Shop: rest, regional

        GET    /users/{id}              -> mock 200 {"id":"u-1"}
        DELETE /users/{id}              -> mock 204
        GET    /users/{userId}/orders   -> mock 200 {"orders":[]}
        POST   /users/{userId}/orders   -> mock 201 {"id":"o-1"}
        """;

    var lines = Lint.lines(Lint.run(rule, "shop.apigw", dsl));

    assertThat(lines).hasSize(1).first().asString().startsWith("5:1 E2005 `{userId}` and `{id}`");
  }

  @Test
  void httpApisAreNotChecked() {
    String dsl =
        """
        api Shop: http

        GET /users/{id}            -> http GET https://shop.example.com/users/{id}
        GET /users/{userId}/orders -> http GET https://shop.example.com/orders
        """;

    assertThat(Lint.run(rule, "shop.apigw", dsl)).isEmpty();
  }
}
