package io.apigw.lint.rules.routes;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Route;

/** W2007: a path without a leading slash, with a trailing slash or with an empty segment. */
public final class MalformedPath implements Rule {
  @Override
  public String id() {
    return "W2007";
  }

  @Override
  public String summary() {
    return "path does not start with a slash, ends with one or has an empty segment";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A route path that does not start with `/` (`pets`), ends with `/` (`/pets/`) or has an"
            + " empty segment (`/pets//toys`). The root path `/` is fine.",
        "API Gateway builds a REST API's resources from the path's parts (`pathPart`), and an"
            + " empty part is not a resource: `/pets/` is not a resource of its own beside `/pets`,"
            + " and the guide's paths always start with `/`. The guide does not say what an import"
            + " does with such a path (reject it, or read `/pets/` as `/pets`), nor how an HTTP"
            + " API matches a route written with a trailing slash; either way the route is not the"
            + " one it appears to be.",
        "AWS API Gateway developer guide, \"Set up a method request in API Gateway\""
            + " (api-gateway-method-settings-method-request.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    PathFindings findings = new PathFindings(input, out);
    for (Route route : input.api().routes()) {
      if (route.path() == null) {
        continue;
      }
      String full = route.path().value();
      int query = full.indexOf('?');
      String path = query < 0 ? full : full.substring(0, query);
      if (!path.startsWith("/")) {
        findings.add(route, "path `" + full + "` does not start with `/`", "write `/" + path + "`");
      } else if (path.contains("//")) {
        findings.add(
            route,
            "path `" + full + "` has an empty segment",
            "write `" + path.replaceAll("/{2,}", "/") + "`");
      } else if (path.length() > 1 && path.endsWith("/")) {
        findings.add(
            route,
            "path `" + full + "` ends with `/`",
            "write `" + path.substring(0, path.length() - 1) + "`");
      }
    }
  }
}
