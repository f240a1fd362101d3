package io.apigw.lint.rules.integrations;

import io.apigw.lint.Rule;
import java.util.List;

/** The rules of this area, in id order. */
public final class IntegrationRules {
  private IntegrationRules() {}

  public static List<Rule> all() {
    return List.of();
  }
}
