package io.apigw.model;

import java.util.Objects;

/**
 * An API key. Which usage plans it belongs to is said by {@link UsagePlan#keys()}.
 *
 * @param value the key's value, or null to let API Gateway generate one
 */
public record ApiKey(
    SourceRange source, String name, String value, boolean enabled, String description) {
  public ApiKey {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(name, "name");
  }
}
