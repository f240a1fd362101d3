package io.apigw.lint;

import io.apigw.model.Api;
import io.apigw.model.SourceDocument;
import io.apigw.model.SourceRange;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One definition to lint: the model every rule reads and, for OpenAPI files, the document tree it
 * was read from (for what API Gateway ignores on import and so the model does not keep).
 *
 * @param file the file's name as the user gave it
 * @param text the file's text
 * @param api the model read from it
 * @param document the OpenAPI document with positions, or null for the DSL
 */
public record LintInput(String file, String text, Api api, SourceDocument document) {
  public LintInput {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(api, "api");
  }

  /** The OpenAPI document, when the definition is OpenAPI or Swagger. */
  public Optional<SourceDocument> openApi() {
    return Optional.ofNullable(document);
  }

  /**
   * {@code 2.0}, {@code 3.0.1}, ...: the document's {@code swagger} or {@code openapi}, or null.
   */
  public String openApiVersion() {
    if (document == null) {
      return null;
    }
    var root = document.root();
    if (root.hasNonNull("swagger")) {
      return root.get("swagger").asText();
    }
    return root.hasNonNull("openapi") ? root.get("openapi").asText() : null;
  }

  /** The definition's size in bytes, UTF-8 encoded, as API Gateway's import limit counts it. */
  public long sizeBytes() {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The first line of the file, for findings about the whole definition. */
  public SourceRange start() {
    return SourceRange.of(file, 1, 1);
  }

  /** Where the API itself was declared, or the file's start. */
  public SourceRange apiAt() {
    return api.source().isKnown() ? api.source() : start();
  }
}
