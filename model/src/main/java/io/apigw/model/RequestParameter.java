package io.apigw.model;

import java.util.Objects;

/** A method request parameter: a path, query string or header value the route declares. */
public record RequestParameter(
    SourceRange source, ParamLocation in, String name, boolean required) {
  public RequestParameter {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
  }

  /** The parameter's mapping expression, such as {@code method.request.querystring.page}. */
  public String expression() {
    return "method.request." + in.mappingName() + "." + name;
  }
}
