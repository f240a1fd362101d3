package io.apigw.lint.rules.stages;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Canary;
import io.apigw.model.Stage;

/** E7007: a canary share of traffic outside 0–100%. */
public final class CanaryPercentOutOfRange implements Rule {
  @Override
  public String id() {
    return "E7007";
  }

  @Override
  public String summary() {
    return "canary traffic percentage is outside 0-100";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A stage's canary whose share of traffic (`canary PERCENT%`, `percentTraffic`) is below 0"
            + " or above 100.",
        "API Gateway takes the canary's share as \"a percentage of API traffic, between 0.0 and"
            + " 100.0 inclusive\" and refuses any other value, so the stage cannot be created or"
            + " updated with it.",
        Guide.source("Set up an API Gateway canary release deployment", "canary-release"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    for (Stage stage : input.api().stages()) {
      Canary canary = stage.canary();
      if (canary == null || canary.percentTraffic() == null) {
        continue;
      }
      double percent = canary.percentTraffic();
      if (!(percent >= 0 && percent <= 100)) {
        out.add(
            canary.source().isKnown() ? canary.source() : stage.source(),
            "canary of stage `"
                + stage.name()
                + "` takes "
                + Guide.number(percent)
                + "% of traffic; it must be between 0 and 100");
      }
    }
  }
}
