package io.apigw.lint.rules.routes;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.PathTemplate;
import io.apigw.model.Route;
import java.util.List;

/** E2003: a greedy path parameter ({@code {proxy+}}) followed by more segments. */
public final class GreedyParameterNotLast implements Rule {
  @Override
  public String id() {
    return "E2003";
  }

  @Override
  public String summary() {
    return "greedy path parameter is not the last segment";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A path with a greedy parameter (`{proxy+}`) that is followed by more segments, such as"
            + " `/{proxy+}/child` or `/files/{path+}/{version}`.",
        "A greedy parameter catches every remaining segment, so nothing can come after it. For"
            + " REST APIs the guide says that a proxy resource cannot have any child resource and"
            + " lists `/{proxy+}/child` among the paths that are not allowed; for HTTP APIs it says"
            + " that the greedy path variable must be at the end of the resource path. The"
            + " definition does not deploy.",
        "AWS API Gateway developer guide, \"Set up a method request in API Gateway\""
            + " (api-gateway-method-settings-method-request.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html,"
            + " and \"Working with routes for HTTP APIs\" (http-api-develop-routes.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    PathFindings findings = new PathFindings(input, out);
    for (Route route : input.api().routes()) {
      if (route.path() == null) {
        continue;
      }
      List<PathTemplate.Segment> segments = route.path().segments();
      for (int i = 0; i < segments.size() - 1; i++) {
        if (segments.get(i) instanceof PathTemplate.Greedy greedy) {
          findings.add(
              route,
              "greedy parameter `"
                  + greedy.text()
                  + "` of path `"
                  + route.path().value()
                  + "` is followed by more segments",
              "end the path at `" + greedy.text() + "`");
          break;
        }
      }
    }
  }
}
