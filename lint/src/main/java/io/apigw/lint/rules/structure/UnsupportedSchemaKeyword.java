package io.apigw.lint.rules.structure;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import io.apigw.model.SchemaModel;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** W1006: a schema keyword that REST API models (JSON Schema draft 4) do not support. */
public final class UnsupportedSchemaKeyword implements Rule {
  private static final List<String> UNSUPPORTED =
      List.of("discriminator", "example", "exclusiveMinimum", "readOnly", "default");

  @Override
  public String id() {
    return "W1006";
  }

  @Override
  public String summary() {
    return "schema uses a keyword api gateway models do not support";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A keyword in a REST API's model or OpenAPI schema that API Gateway's list of exceptions"
            + " to OpenAPI names as unsupported: `discriminator`, `example`, `exclusiveMinimum`,"
            + " `readOnly`, `default`, `format: int32` or `int64` on `type: number`,"
            + " `format: decimal`, and `oneOf` in a Swagger 2.0 definition. Schemas of"
            + " `components.schemas` (`definitions`) and those written inline in request bodies"
            + " and responses are checked, and every `model` of the DSL.",
        "API Gateway models are JSON Schema draft 4, not OpenAPI's schema dialect. The guide"
            + " lists these keywords as not supported; it does not say, keyword by keyword,"
            + " whether an import drops them or fails, so at best the model does not say what the"
            + " definition says (request validation ignores the keyword, a generated SDK lacks"
            + " it), at worst the import stops. HTTP APIs ignore schemas altogether and are not"
            + " checked.",
        "AWS API Gateway developer guide, \"Amazon API Gateway important notes\""
            + " (api-gateway-known-issues.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    if (input.document() == null) {
      for (SchemaModel model : input.api().models()) {
        walk(
            model.schema(),
            "",
            false,
            (pointer, message) ->
                out.add(
                    model.source(),
                    message
                        + " (model `"
                        + model.name()
                        + "`"
                        + (schemaAt(pointer).isEmpty() ? "" : ", at `" + schemaAt(pointer) + "`")
                        + ")",
                    null));
      }
      return;
    }
    JsonNode root = input.document().root();
    String version = input.openApiVersion();
    boolean swagger2 = version != null && version.startsWith("2");
    BiConsumer<String, String> report =
        (pointer, message) -> out.add(Document.at(input, pointer, input.start()), message, null);
    JsonNode named = swagger2 ? root.get("definitions") : root.path("components").get("schemas");
    String namedPointer = swagger2 ? "/definitions" : "/components/schemas";
    if (named != null && named.isObject()) {
      for (Map.Entry<String, JsonNode> entry : named.properties()) {
        walk(
            entry.getValue(),
            namedPointer + "/" + Document.escape(entry.getKey()),
            swagger2,
            report);
      }
    }
    for (Document.Operation op : Document.operations(root)) {
      inline(op.node(), op.pointer(), swagger2, report);
    }
  }

  /** The pointer of the schema that holds the keyword a pointer names. */
  private static String schemaAt(String keywordPointer) {
    int last = keywordPointer.lastIndexOf('/');
    return last <= 0 ? "" : keywordPointer.substring(0, last);
  }

  /** The schemas of an operation's request body and responses. */
  private static void inline(
      JsonNode op, String pointer, boolean swagger2, BiConsumer<String, String> report) {
    if (swagger2) {
      JsonNode parameters = op.get("parameters");
      if (parameters != null && parameters.isArray()) {
        for (int i = 0; i < parameters.size(); i++) {
          JsonNode p = parameters.get(i);
          if ("body".equals(p.path("in").asText())) {
            walk(p.get("schema"), pointer + "/parameters/" + i + "/schema", true, report);
          }
        }
      }
    } else {
      content(op.path("requestBody").get("content"), pointer + "/requestBody/content", report);
    }
    JsonNode responses = op.get("responses");
    if (responses == null || !responses.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> response : responses.properties()) {
      String at = pointer + "/responses/" + Document.escape(response.getKey());
      if (swagger2) {
        walk(response.getValue().get("schema"), at + "/schema", true, report);
      } else {
        content(response.getValue().get("content"), at + "/content", report);
      }
    }
  }

  private static void content(JsonNode content, String pointer, BiConsumer<String, String> report) {
    if (content == null || !content.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> media : content.properties()) {
      walk(
          media.getValue().get("schema"),
          pointer + "/" + Document.escape(media.getKey()) + "/schema",
          false,
          report);
    }
  }

  /** Reports the unsupported keywords of a schema and of the schemas inside it. */
  private static void walk(
      JsonNode schema, String pointer, boolean swagger2, BiConsumer<String, String> report) {
    if (schema == null || !schema.isObject() || schema.has("$ref")) {
      return;
    }
    for (String keyword : UNSUPPORTED) {
      if (schema.has(keyword)) {
        report.accept(
            pointer + "/" + keyword, "`" + keyword + "` is not supported in API Gateway models");
      }
    }
    if (swagger2 && schema.has("oneOf")) {
      report.accept(pointer + "/oneOf", "`oneOf` is not supported in a Swagger 2.0 definition");
    }
    JsonNode format = schema.get("format");
    if (format != null && format.isTextual()) {
      String f = format.asText();
      boolean number = "number".equals(schema.path("type").asText());
      if (f.equals("decimal") || (number && (f.equals("int32") || f.equals("int64")))) {
        report.accept(
            pointer + "/format",
            "`format: "
                + f
                + "`"
                + (f.equals("decimal") ? "" : " on `type: number`")
                + " is not supported in API Gateway models");
      }
    }
    for (String map : List.of("properties", "patternProperties", "definitions")) {
      JsonNode children = schema.get(map);
      if (children != null && children.isObject()) {
        for (Map.Entry<String, JsonNode> child : children.properties()) {
          walk(
              child.getValue(),
              pointer + "/" + map + "/" + Document.escape(child.getKey()),
              swagger2,
              report);
        }
      }
    }
    for (String one : List.of("items", "additionalProperties", "not")) {
      JsonNode child = schema.get(one);
      if (child != null && child.isObject()) {
        walk(child, pointer + "/" + one, swagger2, report);
      } else if (child != null && child.isArray()) {
        for (int i = 0; i < child.size(); i++) {
          walk(child.get(i), pointer + "/" + one + "/" + i, swagger2, report);
        }
      }
    }
    for (String list : List.of("allOf", "anyOf", "oneOf")) {
      JsonNode children = schema.get(list);
      if (children != null && children.isArray()) {
        for (int i = 0; i < children.size(); i++) {
          walk(children.get(i), pointer + "/" + list + "/" + i, swagger2, report);
        }
      }
    }
  }
}
