package io.apigw.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.local.LocalGateway;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** API keys are checked; authorizers, which do not run locally yet, fail closed. */
class AccessE2ETest {
  private static final String[] API = {
    "api partners: rest",
    "stage prod",
    "stage sandbox",
    "auth tokens: token function=auth header=Authorization",
    "function auth: nodejs20.x handler=index.handler",
    "plan gold: stages prod",
    "plan test: stages sandbox",
    "key alice: plan gold value=alice-key-0123456789",
    "key bob: plan test value=bob-key-0123456789",
    "key carol: plan gold value=carol-key-0123456789 disabled",
    "GET /quotes  -> mock 200 {\"quotes\": []} key",
    "GET /secret  -> mock 200 {\"secret\": 1} auth tokens",
    "GET /open    -> mock 200 {\"open\": true}",
  };

  /** api-gateway-api-usage-plans.md: a key of a usage plan of the stage, enabled. */
  @Test
  void apiKeysAreChecked() throws Exception {
    try (Served served = Served.dsl(API)) {
      HttpResponse<String> none = served.get("/prod/quotes");
      HttpResponse<String> good = served.get("/prod/quotes", "x-api-key", "alice-key-0123456789");
      HttpResponse<String> otherStage =
          served.get("/prod/quotes", "x-api-key", "bob-key-0123456789");
      HttpResponse<String> disabled =
          served.get("/prod/quotes", "x-api-key", "carol-key-0123456789");

      assertThat(none.statusCode()).isEqualTo(403);
      assertThat(none.body()).isEqualTo("{\"message\": \"Forbidden\"}");
      assertThat(none.headers().firstValue("x-amzn-ErrorType")).contains("ForbiddenException");
      assertThat(good.statusCode()).isEqualTo(200);
      assertThat(otherStage.statusCode()).isEqualTo(403);
      assertThat(disabled.statusCode()).isEqualTo(403);
      assertThat(served.get("/sandbox/quotes", "x-api-key", "bob-key-0123456789").statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void routesWithAuthorizersFailClosedUnlessSkipped() throws Exception {
    try (Served closed = Served.dsl(API);
        Served skipped =
            Served.dsl(LocalGateway.Options.defaults().withSkipAuthorizers(true), API)) {
      HttpResponse<String> refused = closed.get("/prod/secret", "Authorization", "Bearer x");

      assertThat(refused.statusCode()).isEqualTo(500);
      assertThat(closed.get("/prod/open").statusCode()).isEqualTo(200);
      assertThat(skipped.get("/prod/secret").statusCode()).isEqualTo(200);
    }
  }
}
