package io.apigw.lint.rules.routes;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Route;

/** E2008: a route path with a query string ({@code /pets?type=dog}). */
public final class QueryStringInPath implements Rule {
  @Override
  public String id() {
    return "E2008";
  }

  @Override
  public String summary() {
    return "path holds a query string";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A route path with a query string, such as `/pets?type=dog` or `/search?`.",
        "Routes and resources match the request's path only; query string parameters are"
            + " declared as request parameters (REST) or simply passed on to the integration (HTTP"
            + " APIs). For REST APIs `?` is not among the characters the guide allows in a path"
            + " segment (alphanumerics, `_`, `-`, `.`, `,`, `:` and braces), so the path cannot"
            + " become a resource. For HTTP APIs the guide does not say whether such a route is"
            + " rejected; no request path can hold a `?`, so it would never match.",
        "AWS API Gateway developer guide, \"Amazon API Gateway important notes\""
            + " (api-gateway-known-issues.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html,"
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
      String path = route.path().value();
      int query = path.indexOf('?');
      if (query >= 0) {
        String rest = path.substring(query + 1);
        findings.add(
            route,
            "path `" + path + "` holds a query string",
            rest.isEmpty()
                ? "write `" + path.substring(0, query) + "`"
                : "write `"
                    + path.substring(0, query)
                    + "` and declare the query parameters (`params query.NAME` in the DSL,"
                    + " `in: query` in OpenAPI)");
      }
    }
  }
}
