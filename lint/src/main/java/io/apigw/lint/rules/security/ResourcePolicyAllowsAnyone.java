package io.apigw.lint.rules.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.SourceRange;
import java.util.ArrayList;
import java.util.List;

/** W8003: a resource policy that lets anyone in, with no condition and no deny to narrow it. */
public final class ResourcePolicyAllowsAnyone implements Rule {
  @Override
  public String id() {
    return "W8003";
  }

  @Override
  public String summary() {
    return "resource policy allows any principal without a condition";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A statement of the API's resource policy with `\"Effect\": \"Allow\"`, `\"Principal\":"
            + " \"*\"` (or `{\"AWS\": \"*\"}`) and no `Condition`, in a policy that has no `Deny`"
            + " statement either. AWS's own examples pair such an allow with a `Deny` that has a"
            + " condition (on source IPs, VPCs or VPC endpoints); those are not reported.",
        "A resource policy is how a REST API says who may call it: a given account, IP range,"
            + " VPC or VPC endpoint. An unconditional allow for every principal says \"anyone on"
            + " the internet\", so the policy protects nothing and, for a private API, lets any"
            + " VPC endpoint of any account reach it. Narrow it with a `Condition` (for example"
            + " `aws:SourceVpce` or `aws:SourceIp`) or a `Deny` statement with one.",
        Guide.source(
            "Access policy language overview for Amazon API Gateway",
            "apigateway-control-access-policy-language-overview"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    JsonNode policy = null;
    boolean positioned = false;
    if (input.document() != null && input.document().root() != null) {
      policy = input.document().root().get(Guide.POLICY);
      positioned = policy != null;
    }
    if (policy == null) {
      policy = input.api().resourcePolicy();
    }
    if (policy == null || !policy.isObject()) {
      return;
    }
    List<JsonNode> statements = new ArrayList<>();
    JsonNode statement = policy.get("Statement");
    if (statement != null && statement.isArray()) {
      statement.forEach(statements::add);
    } else if (statement != null && statement.isObject()) {
      statements.add(statement);
    }
    for (JsonNode s : statements) {
      if (s.isObject() && "Deny".equals(s.path("Effect").asText())) {
        return;
      }
    }
    SourceRange policyAt = Guide.policyAt(input);
    for (int i = 0; i < statements.size(); i++) {
      JsonNode s = statements.get(i);
      if (!s.isObject()
          || !"Allow".equals(s.path("Effect").asText())
          || !anyone(s.get("Principal"))
          || hasCondition(s.get("Condition"))) {
        continue;
      }
      SourceRange at = positioned ? Guide.at(input.document().at(s), policyAt) : policyAt;
      String name =
          s.hasNonNull("Sid") && s.get("Sid").isTextual()
              ? "statement `" + s.get("Sid").asText() + "`"
              : "statement " + (i + 1);
      out.add(
          at,
          "resource policy " + name + " allows any principal with no condition",
          "add a `Condition` (such as `aws:SourceVpce` or `aws:SourceIp`) or name the principals");
    }
  }

  private static boolean anyone(JsonNode principal) {
    if (principal == null) {
      return false;
    }
    if (principal.isTextual()) {
      return principal.asText().equals("*");
    }
    if (principal.isObject()) {
      JsonNode aws = principal.get("AWS");
      if (aws == null) {
        return false;
      }
      if (aws.isTextual()) {
        return aws.asText().equals("*");
      }
      if (aws.isArray()) {
        for (JsonNode item : aws) {
          if (item.isTextual() && item.asText().equals("*")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean hasCondition(JsonNode condition) {
    return condition != null
        && !condition.isNull()
        && !(condition.isObject() && condition.isEmpty());
  }
}
