package io.apigw.lint.rules.routes;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.PathTemplate;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import java.util.List;

/** W2009: a REST API root-level resource {@code /ping} or {@code /sping}. */
public final class ReservedHealthCheckPath implements Rule {
  @Override
  public String id() {
    return "W2009";
  }

  @Override
  public String summary() {
    return "root-level path is reserved for api gateway's health check";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST API route under the root-level resource `/ping` or `/sping` (`/ping`,"
            + " `/sping/status`).",
        "The guide says that the `/ping` and `/sping` paths are reserved for the service health"
            + " check, and that using them as root-level resources with custom domains fails to"
            + " produce the expected result: requests through the custom domain reach API"
            + " Gateway's health check, not the route. The note is for REST and WebSocket APIs;"
            + " WebSocket routes have no paths, and the guide says nothing of HTTP APIs.",
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
      List<PathTemplate.Segment> segments = route.path().segments();
      if (!segments.isEmpty()
          && segments.get(0) instanceof PathTemplate.Literal first
          && (first.text().equals("ping") || first.text().equals("sping"))) {
        findings.add(
            route,
            "`/"
                + first.text()
                + "` is reserved for API Gateway's health check; path `"
                + route.path().value()
                + "` does not work through a custom domain",
            "move the route under another root-level resource, such as `/health`");
      }
    }
  }
}
