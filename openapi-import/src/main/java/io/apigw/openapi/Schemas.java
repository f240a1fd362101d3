package io.apigw.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.apigw.model.SchemaModel;
import io.apigw.model.SourceRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The API's models: {@code components.schemas} (or 2.0 {@code definitions}), schemas of other files
 * that those refer to, and models made for schemas written inline in request bodies and responses.
 * Schemas are kept as written, except that references are made to point at {@code
 * #/components/schemas/NAME} (2.0's {@code #/definitions/NAME} and schemas of other files become
 * models of their own).
 */
final class Schemas {
  static final String COMPONENTS = "#/components/schemas/";
  private static final String DEFINITIONS = "#/definitions/";

  private final Reading r;
  private final boolean swagger2;
  private final List<SchemaModel> models = new ArrayList<>();
  private final Set<String> names = new HashSet<>();

  /** {@code file#name} of schemas imported from other files, to the model name they got. */
  private final Map<String, String> imported = new HashMap<>();

  private final Map<String, String> contentTypes;

  Schemas(Reading reading, boolean swagger2, Map<String, String> contentTypes) {
    this.r = reading;
    this.swagger2 = swagger2;
    this.contentTypes = contentTypes;
  }

  List<SchemaModel> models() {
    return models;
  }

  /** Reads the document's own schemas, in the order written. */
  void readComponents(ObjectNode schemas) {
    if (schemas == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> entry : schemas.properties()) {
      names.add(entry.getKey());
    }
    for (Map.Entry<String, JsonNode> entry : schemas.properties()) {
      String name = entry.getKey();
      imported.put(r.mainFile + "#" + name, name);
      JsonNode schema = rewrite(entry.getValue(), r.fileOf(schemas), new ArrayDeque<>());
      models.add(
          new SchemaModel(r.key(schemas, name), name, contentTypes.get(name), nonNull(schema)));
    }
  }

  private static JsonNode nonNull(JsonNode schema) {
    return schema == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : schema;
  }

  /**
   * The name of the model for a request or response schema: the model a reference names, or a new
   * model named after {@code base} for a schema written inline.
   */
  String modelFor(JsonNode schema, String fromFile, String base, SourceRange at) {
    if (schema == null || schema.isNull()) {
      return null;
    }
    if (Reading.isRef(schema)) {
      String name = referencedModel(schema.get("$ref").asText(), fromFile, at);
      if (name != null) {
        return name.isEmpty() ? null : name;
      }
      JsonNode target = r.deref(schema);
      if (target == null) {
        return null;
      }
      return generate(base, rewrite(target, r.fileOf(target), new ArrayDeque<>()), at);
    }
    return generate(base, rewrite(schema, fromFile, new ArrayDeque<>()), at);
  }

  private String generate(String base, JsonNode schema, SourceRange at) {
    String name = unique(base);
    names.add(name);
    models.add(new SchemaModel(at, name, contentTypes.get(name), nonNull(schema)));
    return name;
  }

  private String unique(String base) {
    if (!names.contains(base)) {
      return base;
    }
    for (int i = 2; ; i++) {
      if (!names.contains(base + i)) {
        return base + i;
      }
    }
  }

  /**
   * The model a reference names when it names one ({@code #/components/schemas/X}, 2.0 {@code
   * #/definitions/X} or {@code X}, or such a schema of another file); empty when it names one that
   * does not exist (reported); null when it names something else.
   */
  private String referencedModel(String ref, String fromFile, SourceRange at) {
    Reading.Target target = r.target(fromFile, shorthand(ref));
    String file = target.file();
    String pointer = target.pointer();
    String name = modelName(pointer);
    if (name == null) {
      return null;
    }
    if (file.equals(r.mainFile)) {
      if (!names.contains(name)) {
        r.error("openapi.ref", "`$ref: " + ref + "` names no schema", at);
        return "";
      }
      return name;
    }
    String assigned = importSchema(file, name, ref, at);
    return assigned == null ? "" : assigned;
  }

  /** 2.0 allows {@code $ref: Pet} for {@code #/definitions/Pet}. */
  private String shorthand(String ref) {
    if (swagger2 && !ref.contains("#") && !ref.contains("/") && !ref.contains(".")) {
      return DEFINITIONS + ref;
    }
    return ref;
  }

  private static String modelName(String pointer) {
    String rest;
    if (pointer.startsWith("/components/schemas/")) {
      rest = pointer.substring("/components/schemas/".length());
    } else if (pointer.startsWith("/definitions/")) {
      rest = pointer.substring("/definitions/".length());
    } else {
      return null;
    }
    if (rest.isEmpty() || rest.contains("/")) {
      return null;
    }
    return unescape(rest);
  }

  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }

  /** A model name as a JSON pointer segment in a URI fragment. */
  static String escape(String name) {
    return fragment(name.replace("~", "~0").replace("/", "~1"));
  }

  /** A JSON pointer as a URI fragment: what would end or garble it percent-encoded. */
  private static String fragment(String pointer) {
    return pointer.replace("%", "%25").replace("#", "%23");
  }

  /** Imports schema {@code name} of another file as a model of this API. */
  private String importSchema(String file, String name, String ref, SourceRange at) {
    String key = file + "#" + name;
    String known = imported.get(key);
    if (known != null) {
      return known;
    }
    JsonNode document = r.document(file, ref, at);
    if (document == null) {
      return null;
    }
    JsonNode target = document.path("components").path("schemas").get(name);
    if (target == null) {
      target = document.path("definitions").get(name);
    }
    if (target == null) {
      r.error("openapi.ref", "`$ref: " + ref + "` names no schema", at);
      return null;
    }
    String assigned = unique(name);
    names.add(assigned);
    imported.put(key, assigned);
    int index = models.size();
    models.add(null);
    JsonNode schema = rewrite(target, file, new ArrayDeque<>());
    models.set(
        index,
        new SchemaModel(r.at(target), assigned, contentTypes.get(assigned), nonNull(schema)));
    return assigned;
  }

  /**
   * The schema with its references made to point at models of this API; the same node when nothing
   * changes.
   */
  private JsonNode rewrite(JsonNode node, String file, Deque<String> inlining) {
    if (node instanceof ObjectNode object) {
      JsonNode refNode = object.get("$ref");
      if (refNode != null && refNode.isTextual()) {
        JsonNode replaced = rewriteRef(object, refNode.asText(), file, inlining);
        if (replaced != object) {
          return replaced;
        }
      }
      ObjectNode copy = null;
      for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        if (!entry.getValue().isContainerNode()) {
          continue;
        }
        JsonNode child = rewrite(entry.getValue(), file, inlining);
        if (child != entry.getValue()) {
          if (copy == null) {
            copy = object.deepCopy();
          }
          copy.set(entry.getKey(), child);
        }
      }
      return copy == null ? object : copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = null;
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        if (!item.isContainerNode()) {
          continue;
        }
        JsonNode child = rewrite(item, file, inlining);
        if (child != item) {
          if (copy == null) {
            copy = array.deepCopy();
          }
          copy.set(i, child);
        }
      }
      return copy == null ? array : copy;
    }
    return node;
  }

  private JsonNode rewriteRef(ObjectNode object, String ref, String file, Deque<String> inlining) {
    boolean mainIs2 = swagger2;
    Reading.Target where = r.target(file, file.equals(r.mainFile) ? shorthand(ref) : ref);
    String targetFile = where.file();
    String pointer = where.pointer();
    String full = targetFile + "#" + pointer;
    if (targetFile.equals(r.mainFile)) {
      String rewritten = ref;
      if (mainIs2 && pointer.startsWith("/definitions/")) {
        rewritten = COMPONENTS + fragment(pointer.substring("/definitions/".length()));
      } else if (!ref.startsWith("#")) {
        rewritten = "#" + fragment(pointer);
      }
      if (rewritten.equals(ref)) {
        return object;
      }
      ObjectNode copy = object.deepCopy();
      copy.set("$ref", TextNode.valueOf(rewritten));
      return copy;
    }
    SourceRange at = r.value(object, "$ref");
    String name = modelName(pointer);
    if (name != null) {
      String assigned = importSchema(targetFile, name, ref, at);
      if (assigned == null) {
        return object;
      }
      ObjectNode copy = object.deepCopy();
      copy.set("$ref", TextNode.valueOf(COMPONENTS + escape(assigned)));
      return copy;
    }
    if (inlining.contains(full) || inlining.size() > 32) {
      r.warning(
          "openapi.ref.cycle",
          "`$ref: " + ref + "` refers to itself through another file; kept as written",
          at);
      return object;
    }
    JsonNode target = r.resolve(file, ref, at);
    if (target == null) {
      return object;
    }
    inlining.push(full);
    try {
      JsonNode inlined = rewrite(target, targetFile, inlining);
      return inlined == target ? target.deepCopy() : inlined;
    } finally {
      inlining.pop();
    }
  }

  /**
   * A model name from words: {@code list-pets} and {@code GET /pets/{id}} to ListPets, GetPetsId.
   */
  static String identifier(String... words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      boolean upper = true;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (c < 128 && Character.isLetterOrDigit(c)) {
          out.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        } else {
          upper = true;
        }
      }
    }
    return out.toString();
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
