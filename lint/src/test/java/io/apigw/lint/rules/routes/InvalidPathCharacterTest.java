package io.apigw.lint.rules.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import org.junit.jupiter.api.Test;

class InvalidPathCharacterTest {
  private final InvalidPathCharacter rule = new InvalidPathCharacter();

  @Test
  void greedyParametersAndTheAllowedPunctuationPass() {
    String dsl =
        """
        api Files: rest, regional

        GET /v1.2/files_all/a-b,c:d/{proxy+} -> mock 200 {"ok":true}
        """;

    assertThat(Lint.run(rule, "files.apigw", dsl)).isEmpty();
  }

  @Test
  void everyBadCharacterIsNamedOnceAndAQueryStringIsLeftToE2008() {
    String dsl =
        """
        api Files: rest, regional

        GET "/a b/c+d/e@f@g?x=1" -> mock 200 {"ok":true}
        """;

    var lines = Lint.lines(Lint.run(rule, "files.apigw", dsl));

    assertThat(lines)
        .containsExactly(
            "3:1 E2001 path `/a b/c+d/e@f@g?x=1` holds `+`, `@`, a space, which a resource path"
                + " cannot contain");
  }

  @Test
  void httpApisAreNotChecked() {
    String dsl =
        """
        api Files: http

        GET /users/@me -> http GET https://files.example.com/me
        """;

    assertThat(Lint.run(rule, "files.apigw", dsl)).isEmpty();
  }
}
