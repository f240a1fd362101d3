package io.apigw.lint.rules.routes;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.PathTemplate;
import io.apigw.model.Protocol;
import io.apigw.model.Route;

/** E2002: a REST path parameter that is not a whole path segment ({@code /pets/{id}.json}). */
public final class PartialSegmentParameter implements Rule {
  @Override
  public String id() {
    return "E2002";
  }

  @Override
  public String summary() {
    return "path parameter is not a whole path segment";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST API path segment that holds a path parameter together with other text"
            + " (`/pets/{id}.json`, `/files{path}`, `/a/{b}{c}`), or a brace that opens or closes"
            + " no parameter.",
        "API Gateway's list of exceptions to OpenAPI says that path parameters must be separate"
            + " path segments: `resource/{path_parameter_name}` is valid,"
            + " `resource{path_parameter_name}` is not. Such a path cannot become a resource and"
            + " the import or deployment fails. The guide says this for REST APIs; it is silent"
            + " about HTTP API routes, which this rule leaves alone.",
        "AWS API Gateway developer guide, \"Amazon API Gateway important notes\""
            + " (api-gateway-known-issues.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    PathFindings findings = new PathFindings(input, out);
    for (Route route : input.api().routes()) {
      if (route.path() == null) {
        continue;
      }
      for (PathTemplate.Segment segment : route.path().segments()) {
        if (segment instanceof PathTemplate.Literal literal
            && (literal.text().indexOf('{') >= 0 || literal.text().indexOf('}') >= 0)) {
          findings.add(route, message(route, literal.text()), hint(literal.text()));
        } else if (!(segment instanceof PathTemplate.Literal)
            && (inner(segment).isEmpty()
                || inner(segment).indexOf('{') >= 0
                || inner(segment).indexOf('}') >= 0)) {
          findings.add(route, message(route, segment.text()), hint(segment.text()));
        }
      }
    }
  }

  private static String inner(PathTemplate.Segment segment) {
    return segment instanceof PathTemplate.Param p
        ? p.name()
        : ((PathTemplate.Greedy) segment).name();
  }

  private static String message(Route route, String segment) {
    return "segment `"
        + segment
        + "` of path `"
        + route.path().value()
        + "` is not a whole path parameter";
  }

  private static String hint(String segment) {
    int open = segment.indexOf('{');
    int close = segment.indexOf('}', open + 1);
    if (open >= 0 && close > open + 1) {
      return "make the parameter a segment of its own, such as `/"
          + segment.substring(open, close + 1)
          + "`, and split the rest off or leave it to the backend";
    }
    return "write a path parameter as a whole segment: `/{name}`";
  }
}
