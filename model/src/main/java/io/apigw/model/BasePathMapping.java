package io.apigw.model;

import java.util.Objects;

/** Maps a base path of a custom domain ({@code ""} for the root) to a stage of this API. */
public record BasePathMapping(SourceRange source, String basePath, String stage) {
  public BasePathMapping {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(basePath, "basePath");
    Objects.requireNonNull(stage, "stage");
  }
}
