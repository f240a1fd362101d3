package io.apigw.lint.rules.endpoint;

import io.apigw.lint.Rule;
import java.util.List;

/** The rules of this area, in id order. */
public final class EndpointRules {
  private EndpointRules() {}

  public static List<Rule> all() {
    return List.of(
        new PrivateApiWithoutPolicy(),
        new PrivatePolicyWithoutVpcCondition(),
        new VpcEndpointsOnPublicApi(),
        new EndpointTypeNotForProtocol(),
        new EdgeHeaderCase(),
        new PrivateApiOnPublicDomain());
  }
}
