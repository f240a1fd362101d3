package io.apigw.deployers.direct.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.apigw.deployers.generate.Generator;
import io.apigw.deployers.plan.State;
import io.apigw.model.Api;
import java.util.Iterator;
import java.util.Map;

/**
 * The OpenAPI document a direct REST deploy sends with PutRestApi: apigw's import export, with the
 * account-specific placeholders ({@code ${AWS::Region}}, {@code ${AWS::AccountId}}, {@code
 * ${AWS::Partition}}) filled in, and its digest, which tells whether the live API already holds it.
 */
final class RestDefinition {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  /** Methods of a path item, as OpenAPI names them. */
  static final String ANY_METHOD = "x-amazon-apigateway-any-method";

  static final java.util.List<String> METHODS =
      java.util.List.of("get", "put", "post", "delete", "options", "head", "patch", ANY_METHOD);

  private final ObjectNode document;
  private final String json;
  private final String digest;

  private RestDefinition(ObjectNode document) {
    this.document = document;
    try {
      this.json = JSON.writeValueAsString(document);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
    this.digest = State.secret(json).substring(State.SECRET_PREFIX.length(), 24);
  }

  /**
   * @param emulator adds what moto 5.2 needs and AWS ignores: an {@code httpMethod} and {@code uri}
   *     on mock integrations (moto's PutRestApi fails without them) and an {@code info.description}
   */
  static RestDefinition of(
      Api api, String region, String partition, String accountId, boolean emulator) {
    ObjectNode document =
        Generator.tree(api, Generator.Target.OPENAPI, Generator.Options.defaults());
    Map<String, String> values =
        Map.of(
            "${AWS::Region}", region,
            "${AWS::AccountId}", accountId,
            "${AWS::Partition}", partition);
    fill(document, values);
    if (emulator) {
      forEmulator(document, api);
    }
    return new RestDefinition(document);
  }

  private static void fill(JsonNode node, Map<String, String> values) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getValue().isTextual()) {
          String text = field.getValue().asText();
          String filled = text;
          for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
          }
          if (!filled.equals(text)) {
            field.setValue(TextNode.valueOf(filled));
          }
        } else {
          fill(field.getValue(), values);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode child = node.get(i);
        if (child.isTextual()) {
          String filled = child.asText();
          for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
          }
          ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, TextNode.valueOf(filled));
        } else {
          fill(child, values);
        }
      }
    }
  }

  private static void forEmulator(ObjectNode document, Api api) {
    ObjectNode info = document.with("info");
    if (!info.has("description")) {
      info.put("description", api.name());
    }
    JsonNode paths = document.path("paths");
    paths.forEach(
        item ->
            METHODS.forEach(
                method -> {
                  JsonNode integration = item.path(method).path("x-amazon-apigateway-integration");
                  if (integration.isObject()
                      && "mock".equalsIgnoreCase(integration.path("type").asText())) {
                    ObjectNode mock = (ObjectNode) integration;
                    if (!mock.has("httpMethod")) {
                      mock.put("httpMethod", "POST");
                    }
                    if (!mock.has("uri")) {
                      mock.put("uri", "http://mock.invalid/");
                    }
                  }
                }));
  }

  ObjectNode document() {
    return document;
  }

  String json() {
    return json;
  }

  /** The first 20 hex digits of the SHA-256 of the document as sent. */
  String digest() {
    return digest;
  }
}
