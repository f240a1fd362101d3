package io.apigw.local.routing;

import io.apigw.model.HttpMethod;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * REST API routing: resources first, then methods. The most specific resource whose path matches
 * the whole request path is chosen (a literal segment before a parameter before a greedy one); then
 * its method, or its ANY method. A resource without either answers as if there were no route (403
 * Missing Authentication Token, as LocalStack recorded AWS doing for a wrong method:
 * test_apigateway_common {@code test_routing_not_found}).
 */
final class RestRouter implements Router {
  private record Resource(PathPattern pattern, Map<String, Route> methods) {}

  private final List<Resource> resources;

  RestRouter(List<Route> routes) {
    Map<String, Resource> byPath = new LinkedHashMap<>();
    for (Route route : routes) {
      if (route.key() instanceof RouteKey.Http http) {
        Resource resource =
            byPath.computeIfAbsent(
                http.path().value(),
                p -> new Resource(PathPattern.of(http.path()), new LinkedHashMap<>()));
        resource.methods().putIfAbsent(http.method().name(), route);
      }
    }
    List<Resource> sorted = new ArrayList<>(byPath.values());
    sorted.sort((a, b) -> a.pattern().compareTo(b.pattern()));
    this.resources = List.copyOf(sorted);
  }

  @Override
  public Optional<RouteMatch> match(String method, List<String> path, List<String> raw) {
    for (Resource resource : resources) {
      Map<String, String> parameters = resource.pattern().match(path, path);
      if (parameters == null) {
        continue;
      }
      Route route = resource.methods().get(method);
      if (route == null) {
        route = resource.methods().get(HttpMethod.ANY.name());
      }
      if (route == null) {
        return Optional.empty();
      }
      return Optional.of(
          new RouteMatch(
              route,
              parameters,
              resource.pattern().match(path, raw),
              resource.pattern().template()));
    }
    return Optional.empty();
  }
}
