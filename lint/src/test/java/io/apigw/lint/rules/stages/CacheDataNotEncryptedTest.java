package io.apigw.lint.rules.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import org.junit.jupiter.api.Test;

class CacheDataNotEncryptedTest {
  @Test
  void aRouteThatOnlyReEnablesTheUnencryptedCacheOfAllRoutesIsReportedOnceThere() {
    // given
    String text =
        """
        api Catalog: rest, regional
        stage prod cache 0.5
          route *: cache 300s
          route GET /items: cache 60s
        GET /items -> mock 200
        """;

    // when / then
    assertThat(Lint.lines(Lint.run(new CacheDataNotEncrypted(), "c.apigw", text)))
        .containsExactly("3:3 W7006 stage `prod` caches responses without encrypting them");
  }

  @Test
  void aRouteInheritsEncryptionFromAllRoutes() {
    // given
    String text =
        """
        api Catalog: rest, regional
        stage prod cache 0.5
          route *: cache off encrypted
          route GET /items: cache 60s
        GET /items -> mock 200
        """;

    // when / then
    assertThat(Lint.run(new CacheDataNotEncrypted(), "c.apigw", text)).isEmpty();
  }
}
