package io.apigw.lint.rules.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Api;
import io.apigw.model.EndpointType;
import io.apigw.model.Protocol;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** W3002: a private API's resource policy that does not restrict the source VPC or endpoint. */
public final class PrivatePolicyWithoutVpcCondition implements Rule {
  @Override
  public String id() {
    return "W3002";
  }

  @Override
  public String summary() {
    return "private API policy has no aws:SourceVpce or aws:SourceVpc condition";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "The resource policy of a `PRIVATE` REST API in which no statement has an"
            + " `aws:SourceVpce` or `aws:SourceVpc` condition.",
        "The guide is explicit: to restrict access to a private API to specific VPCs and VPC"
            + " endpoints, you must add `aws:SourceVpc` and `aws:SourceVpce` conditions to its"
            + " resource policy. A policy that allows `execute-api:Invoke` to `*` without them"
            + " lets any interface VPC endpoint for `execute-api`, in any VPC or account, call the"
            + " API. A policy that names specific principals instead still limits callers; the"
            + " rule cannot tell whether that was meant, hence a warning.",
        "AWS API Gateway developer guide, \"Creating a private API in Amazon API Gateway\""
            + " (apigateway-private-apis.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-apis.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Api api = input.api();
    JsonNode policy = api.resourcePolicy();
    if (api.protocol() != Protocol.REST
        || api.endpoint().type() != EndpointType.PRIVATE
        || policy == null
        || !policy.isObject()) {
      return;
    }
    JsonNode statements = policy.get("Statement");
    if (statements == null || hasVpcCondition(statements)) {
      return;
    }
    out.add(
        Endpoints.policyAt(input),
        "the resource policy of private API `"
            + api.name()
            + "` names no `aws:SourceVpce` or `aws:SourceVpc` condition",
        "deny `execute-api:Invoke` when `aws:SourceVpce` is not one of your VPC endpoints");
  }

  private static boolean hasVpcCondition(JsonNode statements) {
    if (statements.isObject()) {
      return conditionNamesVpc(statements.get("Condition"));
    }
    for (JsonNode statement : statements) {
      if (statement.isObject() && conditionNamesVpc(statement.get("Condition"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean conditionNamesVpc(JsonNode condition) {
    if (condition == null || !condition.isObject()) {
      return false;
    }
    for (JsonNode operator : condition) {
      if (!operator.isObject()) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = operator.fields(); it.hasNext(); ) {
        String key = it.next().getKey().toLowerCase(Locale.ROOT);
        if (key.equals("aws:sourcevpce") || key.equals("aws:sourcevpc")) {
          return true;
        }
      }
    }
    return false;
  }
}
