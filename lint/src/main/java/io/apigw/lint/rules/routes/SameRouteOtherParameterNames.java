package io.apigw.lint.rules.routes;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.PathTemplate;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import java.util.HashMap;
import java.util.Map;

/**
 * W2004: two routes with the same method and the same path but for the names of their path
 * parameters ({@code GET /pets/{id}} and {@code GET /pets/{petId}}).
 */
public final class SameRouteOtherParameterNames implements Rule {
  @Override
  public String id() {
    return "W2004";
  }

  @Override
  public String summary() {
    return "two routes differ only in the names of their path parameters";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Two routes of an HTTP API with the same method whose paths differ only in the names of"
            + " their path parameters, such as `GET /pets/{id}` and `GET /pets/{petId}`. Routes"
            + " that are written exactly alike are already an error of the reader; in a REST API"
            + " such paths are one resource with two variable names, which E2005 reports.",
        "A path parameter's name does not take part in matching: both routes answer the same"
            + " requests, so at most one of them can ever be called and the other's integration"
            + " and authorization are dead configuration. The guide describes how HTTP API routes"
            + " are matched but does not say what API Gateway does with two such routes (whether"
            + " it rejects the second, and which one it keeps).",
        "AWS API Gateway developer guide, \"Working with routes for HTTP APIs\""
            + " (http-api-develop-routes.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.HTTP) {
      return;
    }
    Map<String, Route> first = new HashMap<>();
    for (Route route : input.api().routes()) {
      if (route.path() == null || route.path().parameterNames().isEmpty()) {
        continue;
      }
      String key = route.method().name() + " " + shape(route.path());
      Route earlier = first.putIfAbsent(key, route);
      if (earlier != null && !earlier.key().text().equals(route.key().text())) {
        String where = earlier.source().isKnown() ? " (line " + earlier.source().line() + ")" : "";
        out.add(
            route.source(),
            "route `"
                + route.key().text()
                + "` answers the same requests as `"
                + earlier.key().text()
                + "`"
                + where,
            "merge the two routes, or give their paths different literal segments");
      }
    }
  }

  /** The path with every parameter's name left out: {@code /pets/{}}, {@code /files/{+}}. */
  static String shape(PathTemplate path) {
    StringBuilder out = new StringBuilder();
    for (PathTemplate.Segment segment : path.segments()) {
      out.append('/');
      if (segment instanceof PathTemplate.Param) {
        out.append("{}");
      } else if (segment instanceof PathTemplate.Greedy) {
        out.append("{+}");
      } else {
        out.append(segment.text());
      }
    }
    if (path.value().endsWith("/") && path.value().length() > 1) {
      out.append('/');
    }
    return out.toString();
  }
}
