package io.apigw.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.apigw.model.Diagnostic;
import io.apigw.model.SourceRange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CloudFormation's intrinsic functions, evaluated as far as a template says: {@code Ref} to
 * parameters (their defaults, or the value given with {@code --parameter}) and pseudo parameters
 * (assumed values, said once), {@code Fn::GetAtt Fn.Arn} of a function in the template, {@code
 * Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}, {@code Fn::If} over conditions
 * that can be evaluated, {@code Fn::FindInMap}, and {@code Fn::Transform AWS::Include} of a local
 * file. What cannot be resolved is reported where it is written and kept as {@code ${Name}}.
 */
final class Intrinsics {
  static final String REGION = "us-east-1";
  static final String ACCOUNT = "123456789012";

  /** The value of {@code AWS::NoValue}: the member it stands in is removed. */
  static final JsonNode NO_VALUE = TextNode.valueOf("\u0000AWS::NoValue");

  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
  private static final int MAX_DEPTH = 64;

  private final Reading r;
  private final Map<String, String> parameters = new LinkedHashMap<>();
  private final Map<String, String> overrides;
  private final Map<String, String> resourceTypes;
  private final ObjectNode mappings;
  private final ObjectNode conditions;
  private final Set<String> announced = new HashSet<>();
  private final Map<String, Boolean> conditionValues = new LinkedHashMap<>();
  private final Set<String> evaluating = new HashSet<>();
  private int includes;

  /** Unresolved names met while resolving, with where: for filtering the OpenAPI reader's echo. */
  final List<SourceRange> unresolvedAt = new ArrayList<>();

  /** The names kept as {@code ${Name}}, for the same purpose. */
  final Set<String> unresolvedNames = new HashSet<>();

  Intrinsics(
      Reading reading,
      ObjectNode template,
      Map<String, String> resourceTypes,
      Map<String, String> overrides,
      String stackName) {
    this.r = reading;
    this.overrides = overrides;
    this.resourceTypes = resourceTypes;
    this.mappings = template.get("Mappings") instanceof ObjectNode m ? m : null;
    this.conditions = template.get("Conditions") instanceof ObjectNode c ? c : null;
    parameters.put("AWS::Region", REGION);
    parameters.put("AWS::AccountId", ACCOUNT);
    parameters.put("AWS::Partition", "aws");
    parameters.put("AWS::URLSuffix", "amazonaws.com");
    parameters.put("AWS::StackName", stackName);
    parameters.put(
        "AWS::StackId",
        "arn:aws:cloudformation:" + REGION + ":" + ACCOUNT + ":stack/" + stackName + "/local");
    parameters.put("AWS::NotificationARNs", "");
    if (template.get("Parameters") instanceof ObjectNode declared) {
      for (Map.Entry<String, JsonNode> entry : declared.properties()) {
        JsonNode value = entry.getValue().get("Default");
        if (value != null && value.isValueNode() && !value.isNull()) {
          parameters.put(entry.getKey(), value.asText());
        } else if (value != null && value.isArray()) {
          List<String> items = new ArrayList<>();
          value.forEach(item -> items.add(item.asText()));
          parameters.put(entry.getKey(), String.join(",", items));
        } else {
          // A parameter without a default: its value is asked for at deploy time.
          parameters.putIfAbsent(entry.getKey(), null);
        }
      }
    }
  }

  String region() {
    return value("AWS::Region");
  }

  String account() {
    return value("AWS::AccountId");
  }

  /** The ARN a function of the template gets here; integration URIs holding it call it. */
  String functionArn(String logicalId) {
    return "arn:"
        + value("AWS::Partition")
        + ":lambda:"
        + region()
        + ":"
        + account()
        + ":function:"
        + logicalId;
  }

  private String value(String name) {
    String given = overrides.get(name);
    return given != null ? given : parameters.get(name);
  }

  /**
   * Whether a node is an intrinsic function call: one member named {@code Ref} or {@code Fn::X}.
   */
  static boolean isIntrinsic(JsonNode node) {
    if (!(node instanceof ObjectNode object) || object.size() != 1) {
      return false;
    }
    String name = object.fieldNames().next();
    return name.equals("Ref") || name.startsWith("Fn::") || name.equals("Condition");
  }

  /** The logical id a {@code Ref} names, or the text itself; null when it is neither. */
  static String refName(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node instanceof ObjectNode object && object.size() == 1 && object.has("Ref")) {
      return object.get("Ref").asText();
    }
    if (node instanceof ObjectNode object
        && object.size() == 1
        && object.get("Fn::GetAtt") != null) {
      JsonNode arg = object.get("Fn::GetAtt");
      if (arg.isArray() && arg.size() > 0) {
        return arg.get(0).asText();
      }
      String text = arg.asText();
      int dot = text.indexOf('.');
      return dot > 0 ? text.substring(0, dot) : text;
    }
    return null;
  }

  /**
   * Resolves every intrinsic inside {@code node} in place (the containers keep their identity, so
   * their positions stay known) and gives the node that stands where {@code node} stood.
   */
  JsonNode resolveTree(JsonNode node) {
    return resolveTree(node, 0);
  }

  private JsonNode resolveTree(JsonNode node, int depth) {
    if (depth > MAX_DEPTH || node == null) {
      return node;
    }
    if (node instanceof ObjectNode object) {
      JsonNode transform = object.get("Fn::Transform");
      if (transform != null) {
        JsonNode included = include(object, transform);
        // A transform that cannot be applied leaves nothing behind (it was reported).
        return included == null ? NO_VALUE : resolveTree(included, depth + 1);
      }
      if (isIntrinsic(object)) {
        return resolve(object, depth);
      }
      List<String> remove = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        JsonNode resolved = resolveTree(entry.getValue(), depth + 1);
        if (resolved == NO_VALUE) {
          remove.add(entry.getKey());
        } else if (resolved != entry.getValue()) {
          entry.setValue(resolved);
        }
      }
      // Removing shifts the positions of the later members; blanking them keeps positions right.
      for (String key : remove) {
        object.putNull(key);
      }
      return object;
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode resolved = resolveTree(array.get(i), depth + 1);
        if (resolved != array.get(i)) {
          array.set(i, resolved == NO_VALUE ? JsonNodeFactory.instance.nullNode() : resolved);
        }
      }
      return array;
    }
    return node;
  }

  /** The text of a resolved value; unresolved parts are reported and kept as {@code ${Name}}. */
  String text(JsonNode node, SourceRange at) {
    JsonNode resolved = resolve(node, 0, at);
    if (resolved == null || resolved == NO_VALUE || resolved.isNull()) {
      return null;
    }
    if (resolved.isValueNode()) {
      return resolved.asText();
    }
    return null;
  }

  private JsonNode resolve(JsonNode node, int depth) {
    return resolve(node, depth, r.at(node));
  }

  /** The value of a node with its intrinsics evaluated; never null for a non-null node. */
  JsonNode resolve(JsonNode node, int depth, SourceRange at) {
    if (node == null) {
      return null;
    }
    if (depth > MAX_DEPTH) {
      return unresolved(node.toString(), "it nests too deep", at);
    }
    if (!isIntrinsic(node)) {
      if (node.isContainerNode()) {
        return resolveTree(node, depth + 1);
      }
      return node;
    }
    SourceRange here = r.positions.loc(node) != null ? r.at(node) : at;
    Map.Entry<String, JsonNode> only = node.properties().iterator().next();
    String function = only.getKey();
    JsonNode arg = only.getValue();
    return switch (function) {
      case "Ref" -> ref(arg.asText(), here);
      case "Fn::GetAtt" -> getAtt(arg, here);
      case "Fn::Sub" -> sub(arg, depth, here);
      case "Fn::Join" -> join(arg, depth, here);
      case "Fn::Select" -> select(arg, depth, here);
      case "Fn::Split" -> split(arg, depth, here);
      case "Fn::If" -> ifThen(arg, depth, here);
      case "Fn::FindInMap" -> findInMap(arg, depth, here);
      case "Fn::Base64", "Fn::ToJsonString" -> resolve(arg, depth + 1, here);
      case "Fn::GetAZs" -> {
        ArrayNode zones = JsonNodeFactory.instance.arrayNode();
        for (String zone : List.of("a", "b", "c")) {
          zones.add(region() + zone);
        }
        yield zones;
      }
      case "Fn::ImportValue" -> {
        String name = text(arg, here);
        String given = name == null ? null : overrides.get(name);
        yield given != null
            ? TextNode.valueOf(given)
            : unresolved(name == null ? "ImportValue" : name, "it is another stack's export", here);
      }
      default -> unresolved(function, "apigw does not evaluate `" + function + "`", here);
    };
  }

  private JsonNode ref(String name, SourceRange at) {
    if (name.equals("AWS::NoValue")) {
      return NO_VALUE;
    }
    String given = overrides.get(name);
    if (given != null) {
      return TextNode.valueOf(given);
    }
    if (name.startsWith("AWS::") && parameters.containsKey(name)) {
      if (announced.add(name)) {
        r.diagnostics.add(
            Diagnostic.info(
                    "template.pseudo-parameter",
                    "`" + name + "` is taken as `" + parameters.get(name) + "` here",
                    at)
                .withHint("give another value with --parameter " + name + "=VALUE"));
      }
      return TextNode.valueOf(parameters.get(name));
    }
    if (parameters.containsKey(name)) {
      String value = parameters.get(name);
      if (value == null) {
        return unresolved(name, "the parameter has no default", at);
      }
      return TextNode.valueOf(value);
    }
    String type = resourceTypes.get(name);
    if (type != null && isFunction(type)) {
      // A function's physical name is made by CloudFormation; locally it is its logical id.
      return TextNode.valueOf(name);
    }
    return unresolved(
        name,
        type == null
            ? "nothing in the template has that name"
            : "it is the id CloudFormation gives the " + type,
        at);
  }

  static boolean isFunction(String type) {
    return type.equals("AWS::Serverless::Function") || type.equals("AWS::Lambda::Function");
  }

  private JsonNode getAtt(JsonNode arg, SourceRange at) {
    String resource;
    String attribute;
    if (arg.isArray() && arg.size() == 2) {
      resource = arg.get(0).asText();
      JsonNode second = arg.get(1);
      attribute = second.isValueNode() ? second.asText() : text(second, at);
    } else if (arg.isTextual() && arg.asText().contains(".")) {
      String text = arg.asText();
      resource = text.substring(0, text.indexOf('.'));
      attribute = text.substring(text.indexOf('.') + 1);
    } else {
      return unresolved(arg.toString(), "`Fn::GetAtt` takes a resource and an attribute", at);
    }
    return attribute(resource, attribute, at);
  }

  private JsonNode attribute(String resource, String attribute, SourceRange at) {
    String name = resource + "." + attribute;
    String given = overrides.get(name);
    if (given != null) {
      return TextNode.valueOf(given);
    }
    String type = resourceTypes.get(resource);
    if (type != null && isFunction(type) && attribute.equals("Arn")) {
      return TextNode.valueOf(functionArn(resource));
    }
    return unresolved(
        name,
        type == null
            ? "nothing in the template is called `" + resource + "`"
            : "CloudFormation makes it when it creates the " + type,
        at);
  }

  private JsonNode sub(JsonNode arg, int depth, SourceRange at) {
    String template;
    Map<String, String> variables = new LinkedHashMap<>();
    if (arg.isTextual()) {
      template = arg.asText();
    } else if (arg.isArray() && arg.size() >= 1 && arg.get(0).isTextual()) {
      template = arg.get(0).asText();
      if (arg.size() > 1 && arg.get(1) instanceof ObjectNode values) {
        for (Map.Entry<String, JsonNode> entry : values.properties()) {
          JsonNode value = resolve(entry.getValue(), depth + 1, at);
          variables.put(entry.getKey(), value == null ? "" : value.asText());
        }
      }
    } else {
      return unresolved(arg.toString(), "`Fn::Sub` takes a string", at);
    }
    Matcher matcher = SUB_VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String variable = matcher.group(1);
      String replacement;
      if (variable.startsWith("!")) {
        replacement = "${" + variable.substring(1) + "}";
      } else if (variables.containsKey(variable)) {
        replacement = variables.get(variable);
      } else {
        int dot = variable.indexOf('.');
        JsonNode value =
            dot > 0 && !variable.startsWith("AWS::")
                ? attribute(variable.substring(0, dot), variable.substring(dot + 1), at)
                : ref(variable, at);
        replacement = value == NO_VALUE ? "" : value.asText();
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return TextNode.valueOf(out.toString());
  }

  private JsonNode join(JsonNode arg, int depth, SourceRange at) {
    if (!arg.isArray() || arg.size() != 2) {
      return unresolved(arg.toString(), "`Fn::Join` takes a delimiter and a list", at);
    }
    JsonNode list = resolve(arg.get(1), depth + 1, at);
    if (!list.isArray()) {
      return unresolved(arg.toString(), "`Fn::Join` takes a delimiter and a list", at);
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode part : list) {
      JsonNode value = resolve(part, depth + 1, at);
      if (value != NO_VALUE) {
        parts.add(value.asText());
      }
    }
    return TextNode.valueOf(String.join(arg.get(0).asText(), parts));
  }

  private JsonNode select(JsonNode arg, int depth, SourceRange at) {
    if (!arg.isArray() || arg.size() != 2) {
      return unresolved(arg.toString(), "`Fn::Select` takes an index and a list", at);
    }
    JsonNode index = resolve(arg.get(0), depth + 1, at);
    JsonNode list = resolve(arg.get(1), depth + 1, at);
    int i;
    try {
      i = Integer.parseInt(index.asText().trim());
    } catch (NumberFormatException e) {
      return unresolved(arg.toString(), "its index is not a number", at);
    }
    if (!list.isArray() || i < 0 || i >= list.size()) {
      return unresolved(arg.toString(), "its index is outside the list", at);
    }
    return resolve(list.get(i), depth + 1, at);
  }

  private JsonNode split(JsonNode arg, int depth, SourceRange at) {
    if (!arg.isArray() || arg.size() != 2) {
      return unresolved(arg.toString(), "`Fn::Split` takes a delimiter and a string", at);
    }
    String delimiter = arg.get(0).asText();
    String text = resolve(arg.get(1), depth + 1, at).asText();
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    if (delimiter.isEmpty()) {
      out.add(text);
      return out;
    }
    for (String part : text.split(Pattern.quote(delimiter), -1)) {
      out.add(part);
    }
    return out;
  }

  private JsonNode ifThen(JsonNode arg, int depth, SourceRange at) {
    if (!arg.isArray() || arg.size() != 3) {
      return unresolved(arg.toString(), "`Fn::If` takes a condition and two values", at);
    }
    String condition = arg.get(0).asText();
    Boolean value = condition(condition, depth + 1, at);
    if (value == null) {
      r.warning(
          "template.condition",
          "condition `" + condition + "` cannot be evaluated here; its true branch is taken",
          at);
      value = Boolean.TRUE;
    }
    JsonNode chosen = arg.get(value ? 1 : 2);
    return resolve(chosen, depth + 1, at);
  }

  /** A named condition's value, or null when it depends on what cannot be known here. */
  private Boolean condition(String name, int depth, SourceRange at) {
    if (conditionValues.containsKey(name)) {
      return conditionValues.get(name);
    }
    JsonNode definition = conditions == null ? null : conditions.get(name);
    if (definition == null || !evaluating.add(name)) {
      return null;
    }
    Boolean value = evaluate(definition, depth + 1, at);
    evaluating.remove(name);
    conditionValues.put(name, value);
    return value;
  }

  private Boolean evaluate(JsonNode node, int depth, SourceRange at) {
    if (depth > MAX_DEPTH || !(node instanceof ObjectNode object) || object.size() != 1) {
      return null;
    }
    Map.Entry<String, JsonNode> only = object.properties().iterator().next();
    JsonNode arg = only.getValue();
    switch (only.getKey()) {
      case "Condition":
        return condition(arg.asText(), depth + 1, at);
      case "Fn::Equals":
        {
          if (!arg.isArray() || arg.size() != 2) {
            return null;
          }
          int before = unresolvedAt.size();
          int said = r.diagnostics.size();
          String left = resolve(arg.get(0), depth + 1, at).asText();
          String right = resolve(arg.get(1), depth + 1, at).asText();
          boolean known = unresolvedAt.size() == before;
          // What a condition could not resolve is said once, by the warning of Fn::If.
          while (r.diagnostics.size() > said) {
            r.diagnostics.remove(r.diagnostics.size() - 1);
          }
          while (unresolvedAt.size() > before) {
            // (the names stay: a placeholder echo of them is still a repeat)
            unresolvedAt.remove(unresolvedAt.size() - 1);
          }
          return known ? left.equals(right) : null;
        }
      case "Fn::Not":
        {
          Boolean inner = arg.isArray() && arg.size() == 1 ? evaluate(arg.get(0), depth, at) : null;
          return inner == null ? null : !inner;
        }
      case "Fn::And":
      case "Fn::Or":
        {
          boolean and = only.getKey().equals("Fn::And");
          boolean unknown = false;
          for (JsonNode item : arg) {
            Boolean value = evaluate(item, depth + 1, at);
            if (value == null) {
              unknown = true;
            } else if (value != and) {
              return value;
            }
          }
          return unknown ? null : and;
        }
      default:
        return null;
    }
  }

  private JsonNode findInMap(JsonNode arg, int depth, SourceRange at) {
    if (!arg.isArray() || arg.size() < 3) {
      return unresolved(arg.toString(), "`Fn::FindInMap` takes a map and two keys", at);
    }
    String map = resolve(arg.get(0), depth + 1, at).asText();
    String top = resolve(arg.get(1), depth + 1, at).asText();
    String second = resolve(arg.get(2), depth + 1, at).asText();
    JsonNode value = mappings == null ? null : mappings.path(map).path(top).get(second);
    if (value == null) {
      return unresolved(
          map + "." + top + "." + second, "the template's `Mappings` have no such entry", at);
    }
    return resolve(value, depth + 1, at);
  }

  private JsonNode unresolved(String name, String why, SourceRange at) {
    unresolvedAt.add(at);
    unresolvedNames.add("${" + name + "}");
    r.diagnostics.add(
        Diagnostic.warning(
                "template.unresolved",
                "`" + name + "` cannot be resolved here (" + why + "); kept as `${" + name + "}`",
                at)
            .withHint("give its value with --parameter " + name + "=VALUE"));
    return TextNode.valueOf("${" + name + "}");
  }

  /**
   * {@code Fn::Transform: {Name: AWS::Include, Parameters: {Location: file}}}: the tree of the
   * local file, or null (reported) when it cannot be read.
   */
  private JsonNode include(ObjectNode holder, JsonNode transform) {
    SourceRange at = r.value(holder, "Fn::Transform");
    String name = transform.path("Name").asText();
    if (!name.equals("AWS::Include")) {
      r.warning(
          "template.transform",
          "the transform `" + name + "` is not applied here; only AWS::Include is",
          at);
      return null;
    }
    JsonNode locationNode = transform.path("Parameters").get("Location");
    String location = locationNode == null ? null : text(locationNode, at);
    if (location == null) {
      r.error("template.include", "AWS::Include needs `Parameters.Location`", at);
      return null;
    }
    if (location.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
      r.warning(
          "template.include",
          "`" + location + "` is not a local file; only local files can be included here",
          at);
      return null;
    }
    if (++includes > 32) {
      r.error("template.include", "too many AWS::Include transforms", at);
      return null;
    }
    String file;
    String text;
    try {
      Path base = Path.of(r.mainFile).toAbsolutePath().getParent();
      Path path = base == null ? Path.of(location) : base.resolve(location).normalize();
      file =
          Path.of(r.mainFile).getParent() == null
              ? Path.of(location).normalize().toString()
              : Path.of(r.mainFile).getParent().resolve(location).normalize().toString();
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (java.io.IOException | InvalidPathException | java.io.UncheckedIOException e) {
      r.error("template.include", "cannot read the included file `" + location + "`", at);
      return null;
    }
    return r.parse(file, text);
  }
}
