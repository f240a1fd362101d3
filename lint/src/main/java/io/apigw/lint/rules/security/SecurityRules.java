package io.apigw.lint.rules.security;

import io.apigw.lint.Rule;
import java.util.List;

/** The rules of this area, in id order. */
public final class SecurityRules {
  private SecurityRules() {}

  public static List<Rule> all() {
    return List.of(
        new DomainAllowsTls10(),
        new RestStageWithoutWaf(),
        new ResourcePolicyAllowsAnyone(),
        new CorsAnyOriginWithCredentials(),
        new WafOnNonRestApi(),
        new WafAclNotRegional(),
        new MutualTlsDomainUnsupported(),
        new MutualTlsBypassable(),
        new CacheInvalidationUnauthorized(),
        new ResourcePolicyOnHttpApi(),
        new SecretInStageVariable());
  }
}
