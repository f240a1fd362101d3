package io.apigw.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** In-file suppression: DSL comments and OpenAPI's {@code x-apigw-lint-ignore}. */
class SuppressionsTest {
  private final Rule w7001 = Rules.byId("W7001").orElseThrow();

  @Test
  void aDslCommentSilencesTheNextElementOnly() {
    String text =
        """
        api Orders: rest
        # apigw-lint-disable W7001
        stage dev
        stage prod
        GET /orders -> mock 200
        """;

    assertThat(Lint.lines(Lint.run(w7001, "a.apigw", text)))
        .containsExactly("4:1 W7001 stage `prod` writes no access log");
  }

  @Test
  void aFileCommentSilencesTheWholeFile() {
    String text =
        """
        # apigw-lint-disable-file W7001, W7002
        api Orders: rest
        stage dev
        stage prod
        GET /orders -> mock 200
        """;

    assertThat(Lint.run(w7001, "a.apigw", text)).isEmpty();
  }

  @Test
  void aCommentForAnotherRuleSilencesNothing() {
    String text =
        """
        api Orders: rest
        stage dev  # apigw-lint-disable W7002
        GET /orders -> mock 200
        """;

    assertThat(Lint.run(w7001, "a.apigw", text)).hasSize(1);
  }

  @Test
  void openApiExtensionOnTheRootSilencesTheFile() {
    String text =
        """
        openapi: 3.0.1
        info: {title: Orders, version: '1'}
        x-apigw-lint-ignore: [W7001]
        x-apigw-stages:
          prod: {}
        paths: {}
        """;
    List<Finding> without =
        Lint.run(w7001, "a.yaml", text.replace("x-apigw-lint-ignore: [W7001]\n", ""));

    assertThat(without).hasSize(1);
    assertThat(Lint.run(w7001, "a.yaml", text)).isEmpty();
  }

  @Test
  void openApiExtensionOnAnObjectSilencesInsideItOnly() {
    String text =
        """
        openapi: 3.0.1
        info: {title: Orders, version: '1'}
        x-apigw-stages:
          dev:
            x-apigw-lint-ignore: W7001
            description: scratch
          prod:
            description: live
        paths: {}
        """;

    assertThat(Lint.lines(Lint.run(w7001, "a.yaml", text)))
        .singleElement()
        .asString()
        .contains("stage `prod`");
  }
}
