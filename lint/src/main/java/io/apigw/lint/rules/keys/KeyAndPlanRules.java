package io.apigw.lint.rules.keys;

import io.apigw.lint.Rule;
import java.util.List;

/** The rules of this area, in id order. */
public final class KeyAndPlanRules {
  private KeyAndPlanRules() {}

  public static List<Rule> all() {
    return List.of(
        new ApiKeyOnlyAuthentication(),
        new KeyRouteOutsideUsagePlans(),
        new KeyInTwoPlansForOneStage(),
        new DuplicateApiKeyValue(),
        new UsagePlanWithoutLimits(),
        new KeysOnHttpApi(),
        new ApiKeyValueLength(),
        new ApiKeyInNoUsagePlan(),
        new UsagePlanWithoutStages(),
        new ApiKeyValueInDefinition());
  }
}
