package io.apigw.model;

import java.util.Objects;

/**
 * A named request validator: whether it checks the body against its model, the parameters, or both.
 */
public record RequestValidator(
    SourceRange source, String name, boolean validateBody, boolean validateParameters) {
  public RequestValidator {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(name, "name");
  }
}
