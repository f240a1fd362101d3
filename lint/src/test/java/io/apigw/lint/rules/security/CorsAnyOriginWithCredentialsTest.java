package io.apigw.lint.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import org.junit.jupiter.api.Test;

class CorsAnyOriginWithCredentialsTest {
  @Test
  void aRestApiIsToldWhatBrowsersDo() {
    // given
    String text =
        """
        api Orders: rest, regional
        cors origins=* methods=GET credentials
        GET /orders -> mock 200
        """;

    // when / then
    assertThat(Lint.lines(Lint.run(new CorsAnyOriginWithCredentials(), "o.apigw", text)))
        .containsExactly(
            "2:1 E8004 any origin `*` may send credentials: browsers refuse credentialed requests"
                + " to such CORS responses");
  }

  @Test
  void anyOriginWithoutCredentialsIsNotThisRulesConcern() {
    // given
    String text =
        """
        api Notes: http
        cors origins=* methods=GET
        GET /notes -> http GET https://notes.example.com/notes
        """;

    // when / then
    assertThat(Lint.run(new CorsAnyOriginWithCredentials(), "n.apigw", text)).isEmpty();
  }
}
