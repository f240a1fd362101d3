package io.apigw.openapi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.Diagnostic;
import io.apigw.model.SourceRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one read needs everywhere: the parsed files and their positions, the diagnostics found so
 * far, {@code $ref} resolution, and getters that turn a member into a typed value or a diagnostic.
 */
final class Reading {
  private static final int MAX_REF_HOPS = 64;
  private static final long MAX_REFERENCED_FILE_BYTES = 64L * 1024 * 1024;

  /**
   * {@code ${...}} that another tool substitutes before API Gateway sees the text. Stage variables,
   * context and request variables, and IAM policy variables ({@code ${aws:username}}) are API
   * Gateway's or IAM's own.
   */
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\$\\{(?!(?:stageVariables|context|request|input|util|method|integration)\\.)"
              + "(?!aws:[^:])[^}]*}");

  /** In mapping templates {@code ${x}} is Velocity; only CloudFormation's {@code ${AWS::...}}. */
  private static final Pattern TEMPLATE_PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z]+::[^}]*}");

  final String mainFile;
  final Positions positions;
  final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, JsonNode> files = new HashMap<>();
  JsonNode root;

  Reading(String mainFile) {
    this.mainFile = mainFile;
    this.positions = new Positions(mainFile);
  }

  JsonNode parse(String fileName, String text) {
    JsonNode tree = new TreeReader(positions, diagnostics).read(fileName, text);
    files.put(fileName, tree);
    return tree;
  }

  // ---- diagnostics

  void error(String code, String message, SourceRange at) {
    diagnostics.add(Diagnostic.error(code, message, at));
  }

  void warning(String code, String message, SourceRange at) {
    diagnostics.add(Diagnostic.warning(code, message, at));
  }

  void info(String code, String message, SourceRange at) {
    diagnostics.add(Diagnostic.info(code, message, at));
  }

  SourceRange at(JsonNode node) {
    return positions.at(node);
  }

  SourceRange key(JsonNode object, String field) {
    return positions.key(object, field);
  }

  SourceRange value(JsonNode object, String field) {
    return positions.value(object, field);
  }

  /**
   * Reports members of an API Gateway extension object that API Gateway does not know (a typo such
   * as {@code passthroughBehaviour}, say), with the nearest known name as a hint. Extensions
   * ({@code x-...}) are left alone.
   */
  void unknownMembers(ObjectNode object, String what, Set<String> known) {
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      String name = entry.getKey();
      if (known.contains(name) || name.startsWith("x-")) {
        continue;
      }
      Diagnostic diagnostic =
          Diagnostic.warning(
              "openapi.unknown-property",
              "`" + name + "` is not a property of " + what + "; it is ignored",
              key(object, name));
      String near = io.apigw.model.Suggest.nearest(name, known);
      diagnostics.add(
          near == null ? diagnostic : diagnostic.withHint("did you mean `" + near + "`?"));
    }
  }

  // ---- references

  /**
   * The node a {@code $ref} object leads to (following chains), the node itself when it is no
   * reference, or null when the reference leads nowhere (reported).
   */
  JsonNode deref(JsonNode node) {
    JsonNode current = node;
    Set<String> seen = new HashSet<>();
    for (int hops = 0; current instanceof ObjectNode && current.has("$ref"); hops++) {
      JsonNode refNode = current.get("$ref");
      SourceRange at = value(current, "$ref");
      if (!refNode.isTextual()) {
        // Taking the object as it is would make it a reference once written back as text.
        error("openapi.ref", "`$ref` must be a string, such as `#/components/schemas/Pet`", at);
        return null;
      }
      String ref = refNode.asText();
      String fromFile = fileOf(current);
      String target = canonical(fromFile, ref);
      if (!seen.add(target) || hops >= MAX_REF_HOPS) {
        error("openapi.ref.cycle", "`$ref: " + ref + "` leads back to itself", at);
        return null;
      }
      JsonNode next = resolve(fromFile, ref, at);
      if (next == null) {
        return null;
      }
      current = next;
    }
    return current;
  }

  static boolean isRef(JsonNode node) {
    return node instanceof ObjectNode && node.get("$ref") != null && node.get("$ref").isTextual();
  }

  /** The file a container was read from; the main file when unknown. */
  String fileOf(JsonNode node) {
    String file = positions.fileOf(node);
    return file == null ? mainFile : file;
  }

  /** Where a reference leads: a file and a JSON pointer (percent-decoded) in it. */
  record Target(String file, String pointer) {}

  /** A reference made absolute. */
  Target target(String fromFile, String ref) {
    int hash = ref.indexOf('#');
    String filePart = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    String file = filePart.isEmpty() ? fromFile : sibling(fromFile, filePart);
    return new Target(file, percentDecode(fragment));
  }

  /** A reference made absolute, as text: {@code file#pointer}. */
  String canonical(String fromFile, String ref) {
    Target target = target(fromFile, ref);
    return target.file() + "#" + target.pointer();
  }

  /** The node {@code ref} names, read from {@code fromFile}; null (reported) when none. */
  JsonNode resolve(String fromFile, String ref, SourceRange at) {
    int hash = ref.indexOf('#');
    String filePart = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    if (filePart.matches("(?i)^[a-z][a-z0-9+.-]*:.*")
        && !filePart.matches("(?i)^[a-z]:[\\\\/].*")) {
      error(
          "openapi.ref",
          "`$ref: " + ref + "` is a remote reference; only local files can be referenced",
          at);
      return null;
    }
    JsonNode document =
        document(filePart.isEmpty() ? fromFile : sibling(fromFile, filePart), ref, at);
    if (document == null) {
      return null;
    }
    JsonPointer pointer;
    try {
      pointer = JsonPointer.compile(percentDecode(fragment));
    } catch (IllegalArgumentException e) {
      error("openapi.ref", "`$ref: " + ref + "` is not a JSON pointer: " + e.getMessage(), at);
      return null;
    }
    JsonNode target = document.at(pointer);
    if (target.isMissingNode()) {
      error("openapi.ref", "`$ref: " + ref + "` leads nowhere", at);
      return null;
    }
    return target;
  }

  private static String sibling(String fromFile, String relative) {
    try {
      Path base = Path.of(fromFile);
      Path parent = base.getParent();
      Path target = parent == null ? Path.of(relative) : parent.resolve(relative);
      return target.normalize().toString();
    } catch (InvalidPathException e) {
      return relative;
    }
  }

  /**
   * The tree of a file: the main one, or another one read now or before; null (reported) if none.
   */
  JsonNode document(String file, String ref, SourceRange at) {
    if (file.equals(mainFile)) {
      return root;
    }
    return load(file, ref, at);
  }

  private JsonNode load(String file, String ref, SourceRange at) {
    if (files.containsKey(file)) {
      JsonNode known = files.get(file);
      if (known == null) {
        error("openapi.ref", "`$ref: " + ref + "` names a file that could not be read", at);
      }
      return known;
    }
    files.put(file, null);
    String text;
    try {
      Path path = Path.of(file);
      if (Files.size(path) > MAX_REFERENCED_FILE_BYTES) {
        error("openapi.ref", "`$ref: " + ref + "` names a file larger than 64 MB", at);
        return null;
      }
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException | SecurityException e) {
      error("openapi.ref", "`$ref: " + ref + "` names a file that cannot be read: " + file, at);
      return null;
    } catch (java.io.UncheckedIOException e) {
      error("openapi.ref", "`$ref: " + ref + "` names a file that is not UTF-8: " + file, at);
      return null;
    }
    JsonNode tree = new TreeReader(positions, diagnostics).read(file, text);
    files.put(file, tree);
    return tree;
  }

  private static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()) {
        int hi = Character.digit(text.charAt(i + 1), 16);
        int lo = Character.digit(text.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          out.write(hi * 16 + lo);
          i += 3;
          continue;
        }
      }
      int codePoint = text.codePointAt(i);
      byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
      out.write(bytes, 0, bytes.length);
      i += Character.charCount(codePoint);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  // ---- typed members

  /** A member that must be an object (references followed), or null when absent or not one. */
  ObjectNode object(JsonNode parent, String field) {
    JsonNode raw = parent == null ? null : parent.get(field);
    if (raw == null || raw.isNull()) {
      return null;
    }
    JsonNode node = deref(raw);
    if (node == null) {
      return null;
    }
    if (!(node instanceof ObjectNode object)) {
      error("openapi.type", "`" + field + "` must be an object", value(parent, field));
      return null;
    }
    return object;
  }

  /** An array element or map value that must be an object (references followed). */
  ObjectNode object(JsonNode node, String what, SourceRange at) {
    if (node == null || node.isNull()) {
      return null;
    }
    JsonNode resolved = deref(node);
    if (resolved == null) {
      return null;
    }
    if (!(resolved instanceof ObjectNode object)) {
      error("openapi.type", what + " must be an object", at);
      return null;
    }
    return object;
  }

  ArrayNode array(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!(node instanceof ArrayNode array)) {
      error("openapi.type", "`" + field + "` must be a list", value(parent, field));
      return null;
    }
    return array;
  }

  /**
   * A member that must be a string: numbers and booleans are taken as written, CloudFormation
   * functions are reported and kept as text, anything else is reported and ignored.
   */
  String text(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    return text(node, "`" + field + "`", value(parent, field));
  }

  String text(JsonNode node, String what, SourceRange at) {
    if (node.isValueNode()) {
      return node.asText();
    }
    String intrinsic = intrinsic(node, at);
    if (intrinsic != null) {
      return intrinsic;
    }
    error("openapi.type", what + " must be a string", at);
    return null;
  }

  /** A string member, checked for placeholders another tool substitutes. */
  String checked(JsonNode parent, String field) {
    String text = text(parent, field);
    if (text != null && !(parent.get(field) instanceof ObjectNode)) {
      placeholders(text, value(parent, field), false);
    }
    return text;
  }

  void placeholders(String text, SourceRange at, boolean template) {
    if (text.indexOf("${") < 0) {
      return;
    }
    Matcher matcher = (template ? TEMPLATE_PLACEHOLDER : PLACEHOLDER).matcher(text);
    if (matcher.find()) {
      warning(
          "openapi.placeholder",
          "`"
              + matcher.group()
              + "` is a placeholder that another tool substitutes; kept as written",
          at);
    }
  }

  /**
   * CloudFormation functions where a string is expected ({@code {"Fn::Sub": ...}}, {@code {"Ref":
   * ...}}): reported, and kept as the closest string, or null when it is none of them.
   */
  String intrinsic(JsonNode node, SourceRange at) {
    String text = intrinsicText(node);
    if (text == null) {
      return null;
    }
    String function = node.properties().iterator().next().getKey();
    warning(
        "openapi.placeholder",
        "CloudFormation `"
            + function
            + "` is substituted by CloudFormation; kept as `"
            + abbreviate(text)
            + "`",
        at);
    return text;
  }

  private static String abbreviate(String text) {
    String line = text.strip();
    int newline = line.indexOf('\n');
    if (newline >= 0) {
      line = line.substring(0, newline).strip() + " ...";
    }
    return line.length() > 80 ? line.substring(0, 77) + "..." : line;
  }

  private static String intrinsicText(JsonNode node) {
    if (!(node instanceof ObjectNode object) || object.size() != 1) {
      return null;
    }
    Map.Entry<String, JsonNode> only = object.properties().iterator().next();
    String name = only.getKey();
    JsonNode arg = only.getValue();
    if (!name.equals("Ref") && !name.startsWith("Fn::")) {
      return null;
    }
    switch (name) {
      case "Ref":
        return "${" + arg.asText() + "}";
      case "Fn::Sub":
        if (arg.isTextual()) {
          return arg.asText();
        }
        if (arg.isArray() && arg.size() > 0 && arg.get(0).isTextual()) {
          return arg.get(0).asText();
        }
        break;
      case "Fn::GetAtt":
        if (arg.isTextual()) {
          return "${" + arg.asText() + "}";
        }
        if (arg.isArray()) {
          List<String> parts = new ArrayList<>();
          arg.forEach(p -> parts.add(p.asText()));
          return "${" + String.join(".", parts) + "}";
        }
        break;
      case "Fn::Join":
        if (arg.isArray() && arg.size() == 2 && arg.get(1).isArray()) {
          List<String> parts = new ArrayList<>();
          for (JsonNode part : arg.get(1)) {
            String text = part.isValueNode() ? part.asText() : intrinsicText(part);
            parts.add(text == null ? part.toString() : text);
          }
          return String.join(arg.get(0).asText(), parts);
        }
        break;
      default:
        break;
    }
    return node.toString();
  }

  Integer integer(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return node.intValue();
    }
    if (node.isNumber()
        && node.doubleValue() == Math.rint(node.doubleValue())
        && Math.abs(node.doubleValue()) <= Integer.MAX_VALUE) {
      return (int) node.doubleValue();
    }
    if (node.isTextual()) {
      try {
        return Integer.valueOf(node.asText().trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    error("openapi.type", "`" + field + "` must be a whole number", value(parent, field));
    return null;
  }

  Double decimal(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isTextual()) {
      try {
        return Double.valueOf(node.asText().trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    error("openapi.type", "`" + field + "` must be a number", value(parent, field));
    return null;
  }

  Boolean bool(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual()) {
      String text = node.asText().trim().toLowerCase(Locale.ROOT);
      if (text.equals("true") || text.equals("false")) {
        return Boolean.valueOf(text);
      }
    }
    error("openapi.type", "`" + field + "` must be true or false", value(parent, field));
    return null;
  }

  /** A list of strings; a single string counts as a list of one. */
  List<String> texts(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String text = text(node.get(i), "an entry of `" + field + "`", positions.item(node, i));
        if (text != null) {
          placeholders(text, positions.item(node, i), false);
          out.add(text);
        }
      }
      return out;
    }
    String single = checked(parent, field);
    if (single != null) {
      out.add(single);
    }
    return out;
  }

  /** A map of strings to strings. */
  Map<String, String> textMap(JsonNode parent, String field, boolean templates) {
    Map<String, String> out = new LinkedHashMap<>();
    ObjectNode map = object(parent, field);
    if (map == null) {
      return out;
    }
    for (Map.Entry<String, JsonNode> entry : map.properties()) {
      JsonNode node = entry.getValue();
      SourceRange at = value(map, entry.getKey());
      if (node.isNull()) {
        continue;
      }
      String text = text(node, "`" + entry.getKey() + "`", at);
      if (text != null) {
        if (node.isValueNode()) {
          placeholders(text, at, templates);
        }
        out.put(entry.getKey(), text);
      }
    }
    return out;
  }

  /** An enum member written in any case ({@code when_no_match}, {@code WHEN_NO_MATCH}). */
  <E extends Enum<E>> E enumValue(JsonNode parent, String field, Class<E> type) {
    return enumValue(parent, field, type, Function.identity());
  }

  <E extends Enum<E>> E enumValue(
      JsonNode parent, String field, Class<E> type, Function<String, String> alias) {
    String text = text(parent, field);
    if (text == null) {
      return null;
    }
    String wanted = alias.apply(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    error(
        "openapi.value",
        "`" + field + "` is `" + text + "`; expected one of " + String.join(", ", names),
        value(parent, field));
    return null;
  }
}
