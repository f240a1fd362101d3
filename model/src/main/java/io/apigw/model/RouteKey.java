package io.apigw.model;

import java.util.Objects;

/**
 * What a route answers: an HTTP method and path, the HTTP API catch-all {@code $default}, or a
 * WebSocket route key such as {@code $connect} or {@code sendMessage}.
 */
public sealed interface RouteKey permits RouteKey.Http, RouteKey.Default, RouteKey.WebSocket {

  /** The key as API Gateway writes it: {@code GET /pets}, {@code $default}, {@code $connect}. */
  String text();

  /** A method and a path template. */
  record Http(HttpMethod method, PathTemplate path) implements RouteKey {
    public Http {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
    }

    public static Http of(HttpMethod method, String path) {
      return new Http(method, PathTemplate.of(path));
    }

    @Override
    public String text() {
      return method.name() + " " + path.value();
    }
  }

  /** The HTTP API {@code $default} route, which catches requests no other route matches. */
  record Default() implements RouteKey {
    @Override
    public String text() {
      return "$default";
    }
  }

  /** A WebSocket route key: {@code $connect}, {@code $disconnect}, {@code $default} or custom. */
  record WebSocket(String name) implements RouteKey {
    public WebSocket {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String text() {
      return name;
    }
  }
}
