package io.apigw.model;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A definition's document tree as it was written (OpenAPI / Swagger, JSON or YAML), with the
 * position of every node. For the few questions the model does not answer because API Gateway
 * ignores the answer on import — a root {@code security} member, the OpenAPI version, keywords of
 * inline schemas — and that lint still has to ask. Consumers never build the model from it.
 */
public interface SourceDocument {
  /** The whole document. */
  JsonNode root();

  /** Where the member a JSON pointer names was written (its key), or its nearest parent. */
  SourceRange at(JsonPointer pointer);

  /** Where an object or array of this document starts. */
  SourceRange at(JsonNode container);

  /** The last line that holds any part of an object or array of this document. */
  int lastLine(JsonNode container);
}
