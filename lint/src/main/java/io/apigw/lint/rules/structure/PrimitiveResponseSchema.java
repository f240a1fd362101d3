package io.apigw.lint.rules.structure;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import java.util.Map;
import java.util.Set;

/** W1010: a REST method response whose inline schema is a primitive type. */
public final class PrimitiveResponseSchema implements Rule {
  private static final Set<String> PRIMITIVE = Set.of("string", "number", "integer", "boolean");

  @Override
  public String id() {
    return "W1010";
  }

  @Override
  public String summary() {
    return "method response schema is written inline as a primitive type";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A response of a REST API operation whose schema is written inline with a primitive"
            + " type, such as `schema: {type: string}`.",
        "The guide's list of exceptions to OpenAPI says that in method responses the schema"
            + " must be of an object type and cannot be of primitive types: `{\"type\":"
            + " \"string\"}` is not supported. Its workaround is to define the schema under"
            + " `definitions` (`components.schemas`) and refer to it with `$ref`. The guide does"
            + " not say whether the import fails or drops the response's model.",
        "AWS API Gateway developer guide, \"Amazon API Gateway important notes\""
            + " (api-gateway-known-issues.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.document() == null || input.api().protocol() != Protocol.REST) {
      return;
    }
    boolean swagger2 = input.document().root().has("swagger");
    for (Document.Operation op : Document.operations(input.document().root())) {
      JsonNode responses = op.node().get("responses");
      if (responses == null || !responses.isObject()) {
        continue;
      }
      for (Map.Entry<String, JsonNode> response : responses.properties()) {
        String status = response.getKey();
        String at = op.pointer() + "/responses/" + Document.escape(status);
        if (swagger2) {
          check(input, op, status, response.getValue().get("schema"), at + "/schema", out);
          continue;
        }
        JsonNode content = response.getValue().get("content");
        if (content != null && content.isObject()) {
          for (Map.Entry<String, JsonNode> media : content.properties()) {
            check(
                input,
                op,
                status,
                media.getValue().get("schema"),
                at + "/content/" + Document.escape(media.getKey()) + "/schema",
                out);
          }
        }
      }
    }
  }

  private static void check(
      LintInput input,
      Document.Operation op,
      String status,
      JsonNode schema,
      String pointer,
      Findings out) {
    if (schema == null || !schema.isObject() || schema.has("$ref")) {
      return;
    }
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual() && PRIMITIVE.contains(type.asText())) {
      out.add(
          Document.at(input, pointer, input.start()),
          "response `"
              + status
              + "` of `"
              + op.label()
              + "` has an inline `"
              + type.asText()
              + "` schema; method response schemas must be objects",
          "define the schema under `components.schemas` and refer to it with `$ref`");
    }
  }
}
