package io.apigw.lint.rules.routes;

import com.fasterxml.jackson.core.JsonPointer;
import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.model.Route;
import io.apigw.model.SourceRange;
import java.util.HashSet;
import java.util.Set;

/**
 * Reports problems of a route's path: at the path's key in an OpenAPI document (once, however many
 * operations the path has), at the route itself in the DSL, where every route writes its path.
 */
final class PathFindings {
  private final LintInput input;
  private final Findings out;
  private final Set<String> reported = new HashSet<>();

  PathFindings(LintInput input, Findings out) {
    this.input = input;
    this.out = out;
  }

  void add(Route route, String message, String hint) {
    SourceRange at = at(input, route);
    if (reported.add(at.line() + ":" + at.column() + ":" + message)) {
      out.add(at, message, hint);
    }
  }

  /** Where the route's path was written. */
  static SourceRange at(LintInput input, Route route) {
    if (input.document() != null
        && route.path() != null
        && input.document().root().path("paths").has(route.path().value())) {
      String escaped = route.path().value().replace("~", "~0").replace("/", "~1");
      try {
        SourceRange key = input.document().at(JsonPointer.compile("/paths/" + escaped));
        if (key != null && key.isKnown()) {
          return key;
        }
      } catch (IllegalArgumentException e) {
        // not a pointer the document can answer: fall back to the route
      }
    }
    return route.source();
  }
}
