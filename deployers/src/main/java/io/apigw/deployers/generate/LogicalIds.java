package io.apigw.deployers.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every logical id of a generated template comes from here: alphanumeric, readable (PascalCase of
 * the model's names plus a kind suffix) and deterministic. Two names that would give the same id
 * (say {@code partner-a} and {@code partner_a}) are told apart by a number, given in the order the
 * generators ask, which is the model's order, so the same model always gives the same ids.
 */
final class LogicalIds {
  /** CloudFormation allows 255 characters; ids stay well below to leave room for SAM's suffixes. */
  private static final int MAX = 200;

  private final Map<String, String> assigned = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  LogicalIds() {
    for (String fixed : new String[] {"Api", "CodeS3Bucket"}) {
      taken.add(fixed);
    }
  }

  String api() {
    return "Api";
  }

  /** The parameter that names the S3 bucket of function code (CloudFormation output only). */
  String codeBucket() {
    return "CodeS3Bucket";
  }

  /**
   * A function's resource: its own name when that is already a logical id in CloudFormation's style
   * (a SAM template's {@code MyFunction} or {@code GetItems} reads back unchanged), else {@code
   * <Name>Function}.
   */
  String function(String name) {
    String known = assigned.get("function\u0000" + name);
    if (known != null) {
      return known;
    }
    if (name.matches("[A-Z][A-Za-z0-9]{0,254}") && !taken.contains(name)) {
      return id("function", name, "", name);
    }
    return id("function", name, "Function");
  }

  String functionArnParameter(String name) {
    return id("function-arn", name, "FunctionArn");
  }

  String codeKeyParameter(String name) {
    return id("code-key", name, "CodeS3Key");
  }

  String role(String function) {
    return id("role", function, "Role");
  }

  String permission(String function, String what) {
    return id("permission", function + " " + what, "Permission");
  }

  String event(String function, String routeKey) {
    return id("event", function + " " + routeKey, "", pascal(routeKey));
  }

  String stage(String name) {
    return id("stage", name, "Stage");
  }

  String deployment(String hash) {
    return id("deployment", hash, "", "Deployment" + hash);
  }

  String authorizer(String name) {
    return id("authorizer", name, "Authorizer");
  }

  String route(String key) {
    return id("route", key, "Route");
  }

  String routeResponse(String key) {
    return id("route-response", key, "RouteResponse");
  }

  String integration(String key) {
    return id("integration", key, "Integration");
  }

  String apiKey(String name) {
    return id("api-key", name, "ApiKey");
  }

  String usagePlan(String name) {
    return id("usage-plan", name, "UsagePlan");
  }

  String usagePlanKey(String plan, String key) {
    return id("usage-plan-key", plan + " " + key, "", pascal(plan) + pascal(key) + "PlanKey");
  }

  String domain(String name) {
    return id("domain", name, "Domain");
  }

  String certificateParameter(String domain) {
    return id("certificate", domain, "CertificateArn");
  }

  String mapping(String domain, String basePath) {
    return id(
        "mapping", domain + " " + basePath, "", pascal(domain) + pascal(basePath) + "Mapping");
  }

  String webAclAssociation(String stage) {
    return id("waf", stage, "WebAcl");
  }

  String webAclParameter(String stage) {
    return id("waf-arn", stage, "WebAclArn");
  }

  String url(String stage) {
    return id("url", stage, "Url");
  }

  private String id(String kind, String name, String suffix) {
    String base = pascal(name);
    // `MyFunction` stays `MyFunction`, not `MyFunctionFunction`: SAM's own logical ids survive.
    return id(kind, name, suffix, base.endsWith(suffix) ? base : base + suffix);
  }

  private String id(String kind, String name, String suffix, String base) {
    String key = kind + "\u0000" + name;
    String known = assigned.get(key);
    if (known != null) {
      return known;
    }
    if (base.length() > MAX) {
      base = base.substring(0, MAX);
    }
    String candidate = base;
    for (int i = 2; taken.contains(candidate); i++) {
      candidate = base + i;
    }
    taken.add(candidate);
    assigned.put(key, candidate);
    return candidate;
  }

  /** {@code GET /pets/{petId}} → {@code GetPetsPetId}, {@code $connect} → {@code Connect}. */
  static String pascal(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (String word : name.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      out.append(Character.toUpperCase(word.charAt(0)));
      String rest = word.substring(1);
      out.append(word.equals(word.toUpperCase(Locale.ROOT)) ? rest.toLowerCase(Locale.ROOT) : rest);
    }
    return out.length() == 0 ? "Root" : out.toString();
  }
}
