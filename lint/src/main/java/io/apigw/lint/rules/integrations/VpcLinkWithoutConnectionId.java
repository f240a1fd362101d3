package io.apigw.lint.rules.integrations;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Integration;
import io.apigw.model.Route;

/** E6012: a private integration that names no VPC link. */
public final class VpcLinkWithoutConnectionId implements Rule {
  @Override
  public String id() {
    return "E6012";
  }

  @Override
  public String summary() {
    return "VPC link integration names no VPC link";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An integration whose connection type is `VPC_LINK` but that has no `connectionId` (in"
            + " the DSL, `connection=vpc-link` without `connection-id=` or `vpc-link=ID`).",
        "A private integration reaches its backend through the VPC link its `connectionId`"
            + " names (\"the ID of a VpcLink for the private integration\"). Without one API"
            + " Gateway has no way into the VPC and refuses the integration, so the import or"
            + " deployment fails.",
        "AWS API Gateway developer guide, \"x-amazon-apigateway-integration object\""
            + " (api-gateway-swagger-extensions-integration.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    for (Route route : input.api().routes()) {
      Integration integration = route.integration();
      if (integration == null
          || !integration.isVpcLink()
          || (integration.connectionId() != null && !integration.connectionId().isBlank())) {
        continue;
      }
      out.add(
          Sites.member(input, route, "connectionType"),
          "integration of `" + route.key().text() + "` goes through a VPC link but names none",
          "give the VPC link's id, or `${stageVariables.NAME}` to take it from the stage");
    }
  }
}
