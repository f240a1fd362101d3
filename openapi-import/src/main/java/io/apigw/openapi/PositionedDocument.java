package io.apigw.openapi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.model.SourceDocument;
import io.apigw.model.SourceRange;

/** The document tree the reader parsed, answering positions from the reader's own index. */
final class PositionedDocument implements SourceDocument {
  private final JsonNode root;
  private final Positions positions;

  PositionedDocument(JsonNode root, Positions positions) {
    this.root = root;
    this.positions = positions;
  }

  @Override
  public JsonNode root() {
    return root;
  }

  @Override
  public SourceRange at(JsonPointer pointer) {
    return positions.pointer(root, pointer);
  }

  @Override
  public SourceRange at(JsonNode container) {
    return positions.at(container);
  }

  @Override
  public int lastLine(JsonNode container) {
    return positions.lastLine(container);
  }
}
