package io.apigw.local.routing;

import io.apigw.model.HttpMethod;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP API routing by API Gateway's priorities (http-api-develop-routes.md, "Routing API
 * requests"): a full match of route and method first, then a route with a greedy path variable,
 * then {@code $default}. Among full matches the more specific path wins, then a route of the
 * request's own method before an ANY route.
 */
final class HttpRouter implements Router {
  private record Candidate(PathPattern pattern, String method, Route route) {}

  private static final Comparator<Candidate> PRIORITY =
      Comparator.comparing((Candidate c) -> c.pattern().isGreedy())
          .thenComparing(Candidate::pattern)
          .thenComparing(c -> c.method().equals(HttpMethod.ANY.name()));

  private final List<Candidate> candidates;
  private final Route defaultRoute;

  HttpRouter(List<Route> routes) {
    List<Candidate> list = new ArrayList<>();
    Route fallback = null;
    for (Route route : routes) {
      if (route.key() instanceof RouteKey.Http http) {
        list.add(new Candidate(PathPattern.of(http.path()), http.method().name(), route));
      } else if (route.key() instanceof RouteKey.Default && fallback == null) {
        fallback = route;
      }
    }
    list.sort(PRIORITY);
    this.candidates = List.copyOf(list);
    this.defaultRoute = fallback;
  }

  @Override
  public Optional<RouteMatch> match(String method, List<String> path, List<String> raw) {
    for (Candidate candidate : candidates) {
      if (!candidate.method().equals(method) && !candidate.method().equals(HttpMethod.ANY.name())) {
        continue;
      }
      Map<String, String> parameters = candidate.pattern().match(path, path);
      if (parameters != null) {
        return Optional.of(
            new RouteMatch(
                candidate.route(),
                parameters,
                candidate.pattern().match(path, raw),
                candidate.pattern().template()));
      }
    }
    if (defaultRoute != null) {
      return Optional.of(new RouteMatch(defaultRoute, Map.of(), Map.of(), "$default"));
    }
    return Optional.empty();
  }
}
