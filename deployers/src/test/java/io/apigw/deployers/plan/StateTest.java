package io.apigw.deployers.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateTest {
  static Map<String, String> fields(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void theDiffAddsChangesAndRemovesItemsInTheDesiredOrderThenRemovals() {
    State desired =
        new State()
            .put("route", "GET /a", fields("integration", "MOCK"))
            .put("route", "GET /b", fields("integration", "HTTP", "timeout", "5000"));
    State live =
        new State()
            .put("route", "GET /b", fields("integration", "HTTP", "timeout", "29000"))
            .put("route", "GET /c", fields("integration", "MOCK"));

    Plan plan = State.diff(desired, live);

    assertThat(plan.changes())
        .extracting(c -> c.kind().symbol() + " " + c.name())
        .containsExactly("+ GET /a", "* GET /b", "- GET /c");
    assertThat(plan.changes().get(1).fields())
        .containsExactly(new Change.Field("timeout", "29000", "5000"));
  }

  @Test
  void unsetAndAbsentAreTheSame() {
    Map<String, String> withNull = fields("integration", "MOCK", "authorizer", null);
    State desired = new State().put("route", "GET /", withNull);
    State live = new State().put("route", "GET /", fields("integration", "MOCK"));

    assertThat(State.diff(desired, live).isEmpty()).isTrue();
  }

  @Test
  void secretsAreComparedByDigestAndNeverShown() {
    State desired = new State().put("api key", "a", fields("value", State.secret("new-value")));
    State live = new State().put("api key", "a", fields("value", State.secret("old-value")));

    Plan plan = State.diff(desired, live);

    assertThat(plan.changes().get(0).fields())
        .containsExactly(new Change.Field("value", "(hidden)", "(hidden)"));
    assertThat(PlanPrinter.text("x", plan)).doesNotContain("new-value").doesNotContain("old-value");
    assertThat(State.secret("v")).startsWith(State.SECRET_PREFIX).doesNotContain("v\"");
  }

  @Test
  void anEmptyCategoryOnOneSideStillRemovesTheOthersItems() {
    State desired = new State().category("authorizer");
    State live = new State().put("authorizer", "old", fields("type", "TOKEN"));

    assertThat(State.diff(desired, live).changes())
        .extracting(c -> c.kind().symbol() + " " + c.category() + " " + c.name())
        .containsExactly("- authorizer old");
  }
}
