package io.apigw.local.routing;

import io.apigw.model.Api;
import io.apigw.model.Protocol;
import java.util.List;
import java.util.Optional;

/** Finds the route of a request, as API Gateway does for the API's protocol. */
public interface Router {
  /**
   * The matching route.
   *
   * @param method the request's method
   * @param path the request's path below the stage, as percent-decoded segments without empty ones
   * @param raw the same segments as sent, still percent-encoded
   */
  Optional<RouteMatch> match(String method, List<String> path, List<String> raw);

  /** As {@link #match(String, List, List)} for a path with nothing percent-encoded. */
  default Optional<RouteMatch> match(String method, List<String> path) {
    return match(method, path, path);
  }

  /** The router for the API's protocol. WebSocket APIs route messages, not paths: no router. */
  static Router of(Api api) {
    return api.protocol() == Protocol.REST
        ? new RestRouter(api.routes())
        : new HttpRouter(api.routes());
  }
}
