package io.apigw.local.templates;

import java.util.Objects;

/**
 * A rendered template.
 *
 * @param body the output text
 * @param overrides {@code $context.requestOverride} and {@code $context.responseOverride} after the
 *     template ran (what it was given plus what it set)
 */
public record Rendered(String body, Overrides overrides) implements RenderResult {
  public Rendered {
    Objects.requireNonNull(body, "body");
    overrides = overrides == null ? Overrides.NONE : overrides;
  }
}
