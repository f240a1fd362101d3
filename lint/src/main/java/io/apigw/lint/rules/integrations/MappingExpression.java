package io.apigw.lint.rules.integrations;

import io.apigw.model.ParamLocation;

/**
 * One value of a REST integration's {@code requestParameters}, as the developer guide's table of
 * integration request data mapping expressions reads it (request-response-data-mappings.md).
 *
 * @param kind what the value is
 * @param location for {@link Kind#METHOD_PARAMETER}, where the parameter is read from
 * @param name for {@link Kind#METHOD_PARAMETER}, the parameter's name
 */
record MappingExpression(Kind kind, ParamLocation location, String name) {
  enum Kind {
    /** {@code method.request.path|querystring|multivaluequerystring|header|multivalueheader.X}. */
    METHOD_PARAMETER,
    /** {@code method.request.body} or {@code method.request.body.JSONPath}. */
    BODY,
    /** {@code stageVariables.X} or {@code context.X}, with or without a leading {@code $}. */
    VARIABLE,
    /** {@code 'text'}. */
    STATIC,
    /** Anything else: API Gateway's "Invalid mapping expression specified". */
    INVALID
  }

  private static final String METHOD_REQUEST = "method.request.";

  static MappingExpression parse(String value) {
    if (value == null) {
      return of(Kind.INVALID);
    }
    String v = value.strip();
    if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
      return of(Kind.STATIC);
    }
    if (v.startsWith(METHOD_REQUEST)) {
      String rest = v.substring(METHOD_REQUEST.length());
      if (rest.equals("body") || rest.startsWith("body.")) {
        return of(Kind.BODY);
      }
      int dot = rest.indexOf('.');
      if (dot <= 0 || dot == rest.length() - 1) {
        return of(Kind.INVALID);
      }
      ParamLocation location =
          switch (rest.substring(0, dot)) {
            case "path" -> ParamLocation.PATH;
            case "querystring", "multivaluequerystring" -> ParamLocation.QUERY;
            case "header", "multivalueheader" -> ParamLocation.HEADER;
            default -> null;
          };
      return location == null
          ? of(Kind.INVALID)
          : new MappingExpression(Kind.METHOD_PARAMETER, location, rest.substring(dot + 1));
    }
    String variable = v.startsWith("$") ? v.substring(1) : v;
    if (named(variable, "stageVariables.") || named(variable, "context.")) {
      return of(Kind.VARIABLE);
    }
    return of(Kind.INVALID);
  }

  private static boolean named(String v, String prefix) {
    return v.startsWith(prefix) && v.length() > prefix.length();
  }

  private static MappingExpression of(Kind kind) {
    return new MappingExpression(kind, null, null);
  }
}
