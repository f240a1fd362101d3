package io.apigw.lint.rules.routes;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.PathTemplate;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * E2005: REST paths that give one parent resource two variable children ({@code /users/{id}} and
 * {@code /users/{userId}/orders}).
 */
public final class ConflictingPathVariables implements Rule {
  @Override
  public String id() {
    return "E2005";
  }

  @Override
  public String summary() {
    return "rest resource has two variable child resources";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "REST API paths that use different path parameters at the same place under the same"
            + " parent, such as `/users/{id}` and `/users/{userId}/orders`, or `/files/{name}`"
            + " and `/files/{proxy+}`.",
        "A REST API's paths form a tree of resources, one path part each (`pathPart`), and a"
            + " method request against a specific resource takes precedence over a generic one at"
            + " the same level. Each resource can have only one variable child: API Gateway"
            + " rejects the second one with `A sibling ({id}) of this resource already has a"
            + " variable path part -- only one is allowed`, and the import or deployment fails."
            + " The guide describes the resource tree but does not state this restriction; the"
            + " message is the service's own (see aws-apigateway-importer issue 202, where AWS"
            + " calls it by design).",
        "AWS API Gateway developer guide, \"Set up a method request in API Gateway\""
            + " (api-gateway-method-settings-method-request.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    // parent resource (parameter names left out) -> its first variable child and where it was seen
    Map<String, String> variableChild = new HashMap<>();
    Map<String, Route> firstRoute = new HashMap<>();
    Set<String> reported = new HashSet<>();
    PathFindings findings = new PathFindings(input, out);
    for (Route route : input.api().routes()) {
      if (route.path() == null) {
        continue;
      }
      StringBuilder parent = new StringBuilder();
      for (PathTemplate.Segment segment : route.path().segments()) {
        if (!(segment instanceof PathTemplate.Literal)) {
          String key = parent.length() == 0 ? "/" : parent.toString();
          String earlier = variableChild.putIfAbsent(key, segment.text());
          firstRoute.putIfAbsent(key, route);
          if (earlier != null
              && !earlier.equals(segment.text())
              && reported.add(key + "\n" + segment.text())) {
            Route other = firstRoute.get(key);
            findings.add(
                route,
                "`"
                    + segment.text()
                    + "` and `"
                    + earlier
                    + "` (in `"
                    + other.path().value()
                    + "`) are both variable path parts under `"
                    + key
                    + "`",
                "use the same parameter name at the same place in every path");
          }
          parent.append(segment instanceof PathTemplate.Greedy ? "/{+}" : "/{}");
        } else {
          parent.append('/').append(segment.text());
        }
      }
    }
  }
}
