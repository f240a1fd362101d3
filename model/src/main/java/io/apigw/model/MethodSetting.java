package io.apigw.model;

import java.util.Objects;

/**
 * Settings of a stage for all routes ({@code route = "*"}) or for one route ({@code "GET
 * /pets/{id}"}): throttling, execution logging, metrics and caching. Unset values are null.
 */
public record MethodSetting(
    SourceRange source,
    String route,
    Throttle throttle,
    LoggingLevel loggingLevel,
    Boolean dataTrace,
    Boolean metrics,
    Boolean cachingEnabled,
    Integer cacheTtlSeconds,
    Boolean cacheDataEncrypted,
    Boolean requireAuthorizationForCacheControl) {
  /** The {@link #route()} of settings that apply to every route. */
  public static final String ALL_ROUTES = "*";

  public MethodSetting {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(route, "route");
  }

  public boolean appliesToAllRoutes() {
    return route.equals(ALL_ROUTES);
  }
}
