package io.apigw.lint;

import io.apigw.lint.rules.auth.AuthorizerRules;
import io.apigw.lint.rules.endpoint.EndpointRules;
import io.apigw.lint.rules.integrations.IntegrationRules;
import io.apigw.lint.rules.keys.KeyAndPlanRules;
import io.apigw.lint.rules.routes.RouteRules;
import io.apigw.lint.rules.security.SecurityRules;
import io.apigw.lint.rules.stages.StageRules;
import io.apigw.lint.rules.structure.StructureRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every rule apigw has, by area, in id order. */
public final class Rules {
  private static final List<Rule> ALL = collect();

  private Rules() {}

  public static List<Rule> all() {
    return ALL;
  }

  /** The rule with this id, ignoring case. */
  public static Optional<Rule> byId(String id) {
    return ALL.stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
  }

  private static List<Rule> collect() {
    List<Rule> all = new ArrayList<>();
    all.addAll(StructureRules.all());
    all.addAll(RouteRules.all());
    all.addAll(EndpointRules.all());
    all.addAll(AuthorizerRules.all());
    all.addAll(KeyAndPlanRules.all());
    all.addAll(IntegrationRules.all());
    all.addAll(StageRules.all());
    all.addAll(SecurityRules.all());
    all.sort(Comparator.comparing((Rule r) -> r.id().substring(1)).thenComparing(Rule::id));
    return List.copyOf(all);
  }
}
