package io.apigw.lint.rules.structure;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.lint.LintInput;
import io.apigw.model.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading an OpenAPI document for what the model does not keep, with positions. */
final class Document {
  /** Members of a path item that API Gateway reads as operations. */
  static final Set<String> OPERATIONS =
      Set.of(
          "get",
          "put",
          "post",
          "delete",
          "options",
          "head",
          "patch",
          "x-amazon-apigateway-any-method");

  private Document() {}

  /** One operation of the document: its path, its member name and its JSON pointer. */
  record Operation(String path, String method, JsonNode node, String pointer) {
    /** {@code GET /pets}, {@code ANY /pets}. */
    String label() {
      String shown =
          method.equals("x-amazon-apigateway-any-method")
              ? "ANY"
              : method.toUpperCase(java.util.Locale.ROOT);
      return shown + " " + path;
    }
  }

  /** The operations under {@code paths}, in document order. */
  static List<Operation> operations(JsonNode root) {
    List<Operation> out = new ArrayList<>();
    JsonNode paths = root.get("paths");
    if (paths == null || !paths.isObject()) {
      return out;
    }
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      if (path.getKey().startsWith("x-") || !path.getValue().isObject()) {
        continue;
      }
      String pathPointer = "/paths/" + escape(path.getKey());
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (OPERATIONS.contains(op.getKey()) && op.getValue().isObject()) {
          out.add(
              new Operation(
                  path.getKey(),
                  op.getKey(),
                  op.getValue(),
                  pathPointer + "/" + escape(op.getKey())));
        }
      }
    }
    return out;
  }

  /** A member name as a JSON pointer segment. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** Where the member a JSON pointer names was written, or {@code fallback}. */
  static SourceRange at(LintInput input, String pointer, SourceRange fallback) {
    if (input.document() == null) {
      return fallback;
    }
    try {
      SourceRange at = input.document().at(JsonPointer.compile(pointer));
      return at != null && at.isKnown() ? at : fallback;
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
