package io.apigw.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A named model: a JSON Schema (draft 4 for REST APIs) that request validation and mapping
 * templates refer to. The schema is a copy; treat it as read-only.
 */
public record SchemaModel(SourceRange source, String name, String contentType, JsonNode schema) {
  public SchemaModel {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(schema, "schema");
    schema = Copy.json(schema);
  }
}
