package io.apigw.lint.rules.integrations;

import io.apigw.lint.Findings;
import io.apigw.lint.Guides;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Function;
import io.apigw.model.InvokePermission;
import java.util.regex.Pattern;

/** W6013: an invoke permission that lets any route, any API or anyone call the function. */
public final class LambdaPermissionTooBroad implements Rule {
  /** {@code .../api-id/*}{@code /*} or {@code /*}{@code /*}{@code /*}: any method on any path. */
  private static final Pattern ANY_ROUTE = Pattern.compile(".*/\\*/\\*(/\\*)?$");

  @Override
  public String id() {
    return "W6013";
  }

  @Override
  public String summary() {
    return "lambda invoke permission is not scoped to the api's routes";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An `AWS::Lambda::Permission` for a function the API calls whose `SourceArn` is missing,"
            + " or ends in `/*/*` (any method on any resource, of any stage), so it is not limited"
            + " to the routes that call the function. Templates say these; the DSL and OpenAPI"
            + " leave permissions to `apigw generate`, which scopes each one to its route.",
        "The guide grants API Gateway the right to invoke a function with a source ARN of the"
            + " form `arn:aws:execute-api:REGION:ACCOUNT:API_ID/*/HTTP_METHOD/RESOURCE`: the API"
            + " and the route that calls it. Without a source ARN any API Gateway API — of any"
            + " account, when the principal is the service — may invoke the function; with"
            + " `/*/*` every method and resource of the API may, including routes added later"
            + " with other authorization. Least privilege scopes the permission to the route.",
        Guides.source("Set up stage variables for REST APIs in API Gateway", "stage-variables"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    for (Function function : input.api().functions()) {
      for (InvokePermission permission : function.invokePermissions()) {
        if (permission.principal() != null && !permission.principal().contains("apigateway")) {
          continue;
        }
        if (permission.sourceArn() == null) {
          out.add(
              permission.source(),
              "permission `"
                  + permission.name()
                  + "` lets any API Gateway API invoke `"
                  + function.name()
                  + "`: it has no `SourceArn`",
              "add `SourceArn: !Sub arn:${AWS::Partition}:execute-api:${AWS::Region}:"
                  + "${AWS::AccountId}:${MyApi}/*/GET/path`");
        } else if (ANY_ROUTE.matcher(permission.sourceArn()).matches()) {
          out.add(
              permission.source(),
              "permission `"
                  + permission.name()
                  + "` lets every method and path of the API invoke `"
                  + function.name()
                  + "`: `"
                  + permission.sourceArn()
                  + "`",
              "end the source ARN with the stage, method and path that call it, e.g."
                  + " `/*/GET/items`");
        }
      }
    }
  }
}
