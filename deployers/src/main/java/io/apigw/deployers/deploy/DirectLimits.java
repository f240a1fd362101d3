package io.apigw.deployers.deploy;

import io.apigw.model.Api;
import io.apigw.model.CustomDomain;
import io.apigw.model.Function;
import io.apigw.model.MethodSetting;
import io.apigw.model.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * What a definition holds that a direct deploy does not deploy, said before it runs rather than
 * silently left out (CloudFormation mode deploys all of these).
 */
public final class DirectLimits {
  private DirectLimits() {}

  /** One line per kind of thing left out, naming the things; empty when nothing is. */
  public static List<String> notes(Api api) {
    List<String> notes = new ArrayList<>();
    List<String> functions = new ArrayList<>();
    for (Function function : api.functions()) {
      if (function.arn() == null) {
        functions.add(function.name());
      }
    }
    if (!functions.isEmpty()) {
      notes.add(
          "--direct does not deploy Lambda functions or their invoke permissions: "
              + String.join(", ", functions)
              + " must already exist under these names in this account and region");
    }
    List<String> domains = new ArrayList<>();
    for (CustomDomain domain : api.domains()) {
      domains.add(domain.domainName());
    }
    if (!domains.isEmpty()) {
      notes.add("--direct does not deploy custom domains: " + String.join(", ", domains));
    }
    List<String> waf = new ArrayList<>();
    List<String> encrypted = new ArrayList<>();
    for (Stage stage : api.stages()) {
      if (stage.webAclArn() != null) {
        waf.add(stage.name());
      }
      for (MethodSetting setting : stage.settings()) {
        if (Boolean.TRUE.equals(setting.cacheDataEncrypted())
            && !encrypted.contains(stage.name())) {
          encrypted.add(stage.name());
        }
      }
    }
    if (!waf.isEmpty()) {
      notes.add("--direct does not associate WAF web ACLs: stages " + String.join(", ", waf));
    }
    if (!encrypted.isEmpty()) {
      notes.add("--direct does not set cache encryption: stages " + String.join(", ", encrypted));
    }
    return notes;
  }
}
