package io.apigw.deployers.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanPrinterTest {
  final Plan plan =
      new Plan(
          List.of(
              new Change(Change.Kind.ADD, "route", "GET /owners", List.of()),
              new Change(
                  Change.Kind.CHANGE,
                  "stage",
                  "prod",
                  List.of(new Change.Field("/variables/env", null, "prod"))),
              new Change(Change.Kind.REMOVE, "api key", "old", List.of())));

  @Test
  void textHasASummaryThenOneLinePerChangeAndTheChangedFields() {
    assertThat(PlanPrinter.text("REST API shop (abc)", plan))
        .isEqualTo(
            """
            REST API shop (abc): 1 to add, 1 to change, 1 to remove
              + route    GET /owners
              * stage    prod
                  /variables/env: (unset) -> prod
              - api key  old
            """);
    assertThat(PlanPrinter.text("REST API shop (abc)", Plan.empty()))
        .isEqualTo("REST API shop (abc): no changes\n");
  }

  @Test
  void jsonHasTheCountsAndTheItems() {
    var json = PlanPrinter.json(plan);

    assertThat(json.path("add").asInt()).isEqualTo(1);
    assertThat(json.path("change").asInt()).isEqualTo(1);
    assertThat(json.path("remove").asInt()).isEqualTo(1);
    assertThat(json.path("items").get(1).path("action").asText()).isEqualTo("change");
    assertThat(json.path("items").get(1).path("fields").get(0).path("after").asText())
        .isEqualTo("prod");
  }
}
