package io.apigw.lint.rules.integrations;

import com.fasterxml.jackson.core.JsonPointer;
import io.apigw.lint.LintInput;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.SourceRange;
import java.util.Locale;

/**
 * Where one member of a route's integration was written. The model keeps the integration's position
 * only; in an OpenAPI file the member itself ({@code timeoutInMillis}, a request parameter) is a
 * more precise place, when it is written inline in the operation.
 */
final class Sites {
  private static final String INTEGRATION = "x-amazon-apigateway-integration";

  private Sites() {}

  /** The route's integration position; never unknown when the route's is known. */
  static SourceRange of(Route route) {
    SourceRange at = route.integration() == null ? SourceRange.NONE : route.integration().source();
    return at.isKnown() ? at : route.source();
  }

  /**
   * Where {@code members} (a path of member names below the integration object) was written, or the
   * integration's position when the definition is not OpenAPI or does not hold it inline.
   */
  static SourceRange member(LintInput input, Route route, String... members) {
    // Positions of large objects (10,000 paths) are indexed by the reader: no walk over siblings.
    if (input.document() == null) {
      return of(route);
    }
    StringBuilder pointer = new StringBuilder(operation(input, route.key()));
    pointer.append('/').append(INTEGRATION);
    for (String member : members) {
      pointer.append('/').append(escape(member));
    }
    try {
      JsonPointer compiled = JsonPointer.compile(pointer.toString());
      if (input.document().root().at(compiled).isMissingNode()) {
        return of(route);
      }
      SourceRange at = input.document().at(compiled);
      return at.isKnown() ? at : of(route);
    } catch (IllegalArgumentException e) {
      return of(route);
    }
  }

  private static String operation(LintInput input, RouteKey key) {
    if (key instanceof RouteKey.Http http) {
      String method =
          http.method().name().equals("ANY")
              ? "x-amazon-apigateway-any-method"
              : http.method().name().toLowerCase(Locale.ROOT);
      return "/paths/" + escape(http.path().value()) + "/" + method;
    }
    if (key instanceof RouteKey.WebSocket ws && input.api().protocol() == Protocol.WEBSOCKET) {
      return "/x-apigw-websocket-routes/" + escape(ws.name());
    }
    return "/paths/" + escape("/$default") + "/x-amazon-apigateway-any-method";
  }

  private static String escape(String member) {
    return member.replace("~", "~0").replace("/", "~1");
  }
}
