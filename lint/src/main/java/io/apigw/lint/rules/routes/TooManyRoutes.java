package io.apigw.lint.rules.routes;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.PathTemplate;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import java.util.HashSet;
import java.util.Set;

/** W2006: more resources (REST) or routes (HTTP, WebSocket) than API Gateway's default quota. */
public final class TooManyRoutes implements Rule {
  /** "Resources per API" (REST) and "Routes per API" (HTTP, WebSocket): 300, adjustable. */
  static final int QUOTA = 300;

  @Override
  public String id() {
    return "W2006";
  }

  @Override
  public String summary() {
    return "more resources or routes than the default quota of 300 per api";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST API with more than 300 resources (every path and each of its parent paths is a"
            + " resource, the root `/` included), or an HTTP or WebSocket API with more than 300"
            + " routes.",
        "300 is API Gateway's default quota of resources per REST API and of routes per HTTP or"
            + " WebSocket API. A deploy past it fails (`LimitExceededException`) unless the"
            + " account has asked for, and been granted, a higher quota through Service Quotas:"
            + " the quota is adjustable, so this is a warning, not an error. Splitting the API, or"
            + " a greedy `{proxy+}` resource in front of one backend, keeps it under.",
        "AWS API Gateway developer guide, \"Amazon API Gateway quotas and important notes\""
            + " (limits.md): https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() == Protocol.REST) {
      Set<String> resources = new HashSet<>();
      resources.add("/");
      for (Route route : input.api().routes()) {
        PathTemplate path = route.path();
        if (path == null) {
          continue;
        }
        StringBuilder prefix = new StringBuilder();
        for (PathTemplate.Segment segment : path.segments()) {
          prefix.append('/').append(text(segment));
          resources.add(prefix.toString());
        }
      }
      if (resources.size() > QUOTA) {
        out.add(
            input.apiAt(),
            "the API has "
                + resources.size()
                + " resources; API Gateway's default quota is "
                + QUOTA
                + " per REST API",
            "ask for a higher \"Resources per API\" quota, or split the API");
      }
    } else if (input.api().routes().size() > QUOTA) {
      out.add(
          input.apiAt(),
          "the API has "
              + input.api().routes().size()
              + " routes; API Gateway's default quota is "
              + QUOTA
              + " per "
              + (input.api().protocol() == Protocol.HTTP ? "HTTP" : "WebSocket")
              + " API",
          "ask for a higher \"Routes per API\" quota, or split the API");
    }
  }

  private static String text(PathTemplate.Segment segment) {
    if (segment instanceof PathTemplate.Literal literal) {
      return literal.text();
    }
    if (segment instanceof PathTemplate.Param param) {
      return param.text();
    }
    return ((PathTemplate.Greedy) segment).text();
  }
}
