package io.apigw.deployers.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigw.openapi.OpenApi;

/** Writes templates as YAML (long-form intrinsics, no tags) or JSON, ending in a newline. */
final class TemplateWriter {
  static final ObjectMapper JSON_MAPPER = new ObjectMapper();

  private TemplateWriter() {}

  /** The same writing as OpenAPI output (one YAML and JSON style for every file apigw writes). */
  static String write(JsonNode tree, OpenApi.Format format) {
    return OpenApi.write(tree, format);
  }
}
