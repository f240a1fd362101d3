package io.apigw.lint.rules.routes;

import io.apigw.lint.Rule;
import java.util.List;

/** The rules of this area, in id order. */
public final class RouteRules {
  private RouteRules() {}

  public static List<Rule> all() {
    return List.of(
        new InvalidPathCharacter(),
        new PartialSegmentParameter(),
        new GreedyParameterNotLast(),
        new SameRouteOtherParameterNames(),
        new ConflictingPathVariables(),
        new TooManyRoutes(),
        new MalformedPath(),
        new QueryStringInPath(),
        new ReservedHealthCheckPath(),
        new DefaultRouteInRestApi());
  }
}
