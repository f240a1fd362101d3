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
   */
  Optional<RouteMatch> match(String method, List<String> path);

  /** The router for the API's protocol. WebSocket APIs route messages, not paths: no router. */
  static Router of(Api api) {
    return api.protocol() == Protocol.REST
        ? new RestRouter(api.routes())
        : new HttpRouter(api.routes());
  }
}
