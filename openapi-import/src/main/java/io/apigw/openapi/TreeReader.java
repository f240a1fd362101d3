package io.apigw.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.apigw.model.Diagnostic;
import io.apigw.model.SourceRange;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses YAML or JSON text into a Jackson tree, recording in {@link Positions} where each container
 * and each member was written. The nodes are of the same types {@code ObjectMapper.readTree} gives,
 * so trees compare equal to what other Jackson code reads. Beyond that it expands YAML aliases and
 * merge keys (within a budget) and turns CloudFormation short tags ({@code !Sub}, {@code !Ref},
 * ...) into their long JSON form, so that they can be reported as placeholders.
 */
final class TreeReader {
  /** How many nodes YAML aliases may add in total: protection against "billion laughs". */
  static final int ALIAS_NODE_BUDGET = 2_000_000;

  private static final Set<String> CFN_TAGS =
      Set.of(
          "Ref",
          "Sub",
          "GetAtt",
          "Join",
          "Select",
          "Split",
          "If",
          "Equals",
          "And",
          "Or",
          "Not",
          "FindInMap",
          "Base64",
          "Cidr",
          "ImportValue",
          "GetAZs",
          "Condition",
          "Transform",
          "Length",
          "ToJsonString");

  private static final JsonFactory JSON;
  private static final YAMLFactory YAML;

  static {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxStringLength(64 * 1024 * 1024)
            .maxNestingDepth(1000)
            .maxDocumentLength(-1)
            .build();
    JSON = JsonFactory.builder().streamReadConstraints(constraints).build();
    LoaderOptions loader = new LoaderOptions();
    // SnakeYAML stops at 3 MB by default; the largest definitions we read are bigger.
    loader.setCodePointLimit(256 * 1024 * 1024);
    loader.setNestingDepthLimit(1000);
    YAML =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(constraints)
            // As YAMLMapper does: `key:` with nothing after it is null, as YAML says.
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();
  }

  private final Positions positions;
  private final List<Diagnostic> diagnostics;
  private String file;
  private Map<String, JsonNode> anchors;
  private Map<JsonNode, Integer> anchorSizes;
  private Map<JsonNode, Boolean> aliasCopies;
  private long aliasNodes;
  private boolean aliasBudgetReported;

  TreeReader(Positions positions, List<Diagnostic> diagnostics) {
    this.positions = positions;
    this.diagnostics = diagnostics;
  }

  /**
   * The tree of {@code text}, or null when it is not YAML or JSON at all (then one diagnostic says
   * where the syntax broke).
   */
  JsonNode read(String fileName, String text) {
    this.file = fileName;
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (looksLikeJson(content)) {
      List<Diagnostic> jsonErrors = new ArrayList<>();
      JsonNode tree = parse(content, false, jsonErrors);
      if (tree != null) {
        diagnostics.addAll(jsonErrors);
        return tree;
      }
      // Flow-style YAML ({openapi: 3.0.1, ...}) also starts with a brace, but has unquoted or
      // single-quoted keys; any other JSON error is a mistake in JSON.
      String message = jsonErrors.isEmpty() ? "" : jsonErrors.get(0).message();
      if (message.contains("double-quote") || message.contains("QUOTE")) {
        List<Diagnostic> yamlErrors = new ArrayList<>();
        tree = parse(content, true, yamlErrors);
        if (tree != null) {
          diagnostics.addAll(yamlErrors);
          return tree;
        }
      }
      diagnostics.addAll(jsonErrors);
      return null;
    }
    return parse(content, true, diagnostics);
  }

  private static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  private JsonNode parse(String text, boolean yaml, List<Diagnostic> out) {
    anchors = new HashMap<>();
    anchorSizes = new IdentityHashMap<>();
    aliasCopies = new IdentityHashMap<>();
    aliasNodes = 0;
    aliasBudgetReported = false;
    List<Diagnostic> local = new ArrayList<>();
    try (JsonParser parser = yaml ? YAML.createParser(text) : JSON.createParser(text)) {
      JsonNode tree = build(parser, local);
      out.addAll(local);
      return tree;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      SourceRange at =
          where == null || where.getLineNr() < 1
              ? SourceRange.of(file, 1, 1)
              : SourceRange.of(file, where.getLineNr(), Math.max(1, where.getColumnNr()));
      out.add(
          Diagnostic.error(
              "openapi.syntax",
              (yaml ? "not valid YAML: " : "not valid JSON: ") + firstLine(e.getOriginalMessage()),
              at));
      return null;
    } catch (IOException | RuntimeException e) {
      out.add(
          Diagnostic.error(
              "openapi.syntax",
              (yaml ? "not valid YAML: " : "not valid JSON: ") + firstLine(e.getMessage()),
              SourceRange.of(file, 1, 1)));
      return null;
    }
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable input";
    }
    String line = message.strip();
    int newline = line.indexOf('\n');
    return newline < 0 ? line : line.substring(0, newline).strip();
  }

  /** One open container while building. */
  private static final class Frame {
    final ContainerNode<?> node;
    final Positions.Loc loc;
    final String anchor;
    final String cfnTag;
    String key;
    int keyLine;
    int keyColumn;

    Frame(ContainerNode<?> node, Positions.Loc loc, String anchor, String cfnTag) {
      this.node = node;
      this.loc = loc;
      this.anchor = anchor;
      this.cfnTag = cfnTag;
    }
  }

  private JsonNode build(JsonParser parser, List<Diagnostic> out) throws IOException {
    JsonNodeFactory factory = JsonNodeFactory.instance;
    Deque<Frame> stack = new ArrayDeque<>();
    JsonNode result = null;
    JsonToken token = parser.nextToken();
    if (token == null) {
      out.add(Diagnostic.error("openapi.syntax", "the file is empty", SourceRange.of(file, 1, 1)));
      return null;
    }
    YAMLParser yaml = parser instanceof YAMLParser y ? y : null;
    while (token != null) {
      JsonLocation where = parser.currentTokenLocation();
      int line = Math.max(1, where.getLineNr());
      int column = Math.max(1, where.getColumnNr());
      Frame top = stack.peek();
      switch (token) {
        case FIELD_NAME -> {
          top.key = parser.currentName();
          top.keyLine = line;
          top.keyColumn = column;
        }
        case START_OBJECT, START_ARRAY -> {
          ContainerNode<?> node =
              token == JsonToken.START_OBJECT ? factory.objectNode() : factory.arrayNode();
          Positions.Loc loc = new Positions.Loc(file, line, column);
          positions.put(node, loc);
          String tag = yaml == null ? null : cfnTag(asString(parser.getTypeId()));
          stack.push(
              new Frame(node, loc, yaml == null ? null : asString(parser.getObjectId()), tag));
        }
        case END_OBJECT, END_ARRAY -> {
          Frame done = stack.pop();
          if (done.node instanceof ObjectNode object && mergeKey(object)) {
            merge(object, done.loc);
          }
          JsonNode value = done.node;
          if (done.anchor != null) {
            anchor(done.anchor, value);
          }
          if (done.cfnTag != null) {
            value = intrinsic(done.cfnTag, value, done.loc.line, done.loc.column);
          }
          Frame parent = stack.peek();
          if (parent == null) {
            result = value;
          } else {
            attach(parent, value, done.loc.line, done.loc.column, out);
          }
        }
        default -> {
          JsonNode value;
          if (yaml != null && yaml.isCurrentAlias()) {
            value = alias(parser.getText(), line, column, out);
          } else {
            value = scalar(parser, token);
            if (yaml != null) {
              String anchor = asString(parser.getObjectId());
              if (anchor != null) {
                anchor(anchor, value);
              }
              String tag = cfnTag(asString(parser.getTypeId()));
              if (tag != null) {
                value = intrinsic(tag, value, line, column);
              }
            }
          }
          if (top == null) {
            result = value;
          } else {
            attach(top, value, line, column, out);
          }
        }
      }
      token = parser.nextToken();
    }
    return result;
  }

  private static String asString(Object id) {
    return id == null ? null : id.toString();
  }

  private static String cfnTag(String typeId) {
    if (typeId == null) {
      return null;
    }
    String name = typeId.startsWith("!") ? typeId.substring(1) : typeId;
    return CFN_TAGS.contains(name) ? name : null;
  }

  /** {@code !Sub x} is {@code {"Fn::Sub": x}}, {@code !Ref x} is {@code {"Ref": x}}. */
  private JsonNode intrinsic(String tag, JsonNode value, int line, int column) {
    ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
    String key = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
    wrapper.set(key, value);
    Positions.Loc loc = new Positions.Loc(file, line, column);
    loc.add(line, column, line, column);
    positions.put(wrapper, loc);
    return wrapper;
  }

  private void attach(Frame parent, JsonNode value, int line, int column, List<Diagnostic> out) {
    if (parent.node instanceof ObjectNode object) {
      String key = parent.key == null ? "" : parent.key;
      if (object.has(key)) {
        int index = Positions.indexOf(object, key);
        out.add(
            Diagnostic.warning(
                "openapi.duplicate-key",
                "`" + key + "` is given twice in the same object; the last one counts",
                SourceRange.of(file, parent.keyLine, parent.keyColumn)));
        object.set(key, value);
        parent.loc.set(index, parent.keyLine, parent.keyColumn, line, column);
      } else {
        object.set(key, value);
        parent.loc.add(parent.keyLine, parent.keyColumn, line, column);
      }
      parent.key = null;
    } else {
      ((ArrayNode) parent.node).add(value);
      parent.loc.add(line, column, line, column);
    }
  }

  private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case VALUE_STRING -> TextNode.valueOf(parser.getText());
      case VALUE_NUMBER_INT ->
          switch (parser.getNumberType()) {
            case INT -> IntNode.valueOf(parser.getIntValue());
            case LONG -> LongNode.valueOf(parser.getLongValue());
            default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
          };
      case VALUE_NUMBER_FLOAT ->
          parser.getNumberTypeFP() == JsonParser.NumberTypeFP.BIG_DECIMAL
              ? DecimalNode.valueOf(parser.getDecimalValue())
              : DoubleNode.valueOf(parser.getDoubleValue());
      case VALUE_TRUE -> BooleanNode.TRUE;
      case VALUE_FALSE -> BooleanNode.FALSE;
      case VALUE_EMBEDDED_OBJECT -> {
        Object embedded = parser.getEmbeddedObject();
        if (embedded == null) {
          yield NullNode.getInstance();
        }
        yield embedded instanceof byte[] bytes ? BinaryNode.valueOf(bytes) : new POJONode(embedded);
      }
      default -> NullNode.getInstance();
    };
  }

  private void anchor(String name, JsonNode value) {
    anchors.put(name, value);
    if (value.isContainerNode()) {
      anchorSizes.put(value, count(value));
    }
  }

  private static int count(JsonNode node) {
    int total = 1;
    for (JsonNode child : node) {
      total += child.isContainerNode() ? count(child) : 1;
      if (total > ALIAS_NODE_BUDGET) {
        return total;
      }
    }
    return total;
  }

  /** The anchored value again, as a copy, unless the budget of alias expansions is spent. */
  private JsonNode alias(String name, int line, int column, List<Diagnostic> out) {
    JsonNode target = anchors.get(name);
    SourceRange at = SourceRange.of(file, line, column);
    if (target == null) {
      out.add(
          Diagnostic.warning(
              "openapi.yaml.alias", "YAML alias `*" + name + "` names no anchor", at));
      return TextNode.valueOf(name);
    }
    if (!target.isContainerNode()) {
      return target;
    }
    aliasNodes += anchorSizes.getOrDefault(target, 1);
    if (aliasNodes > ALIAS_NODE_BUDGET) {
      if (!aliasBudgetReported) {
        aliasBudgetReported = true;
        out.add(
            Diagnostic.error(
                "openapi.yaml.alias",
                "YAML aliases expand to more than "
                    + ALIAS_NODE_BUDGET
                    + " nodes; further aliases are not expanded",
                at));
      }
      return TextNode.valueOf(name);
    }
    JsonNode copy = target.deepCopy();
    Positions.Loc loc = new Positions.Loc(file, line, column);
    positions.put(copy, loc);
    aliasCopies.put(copy, Boolean.TRUE);
    return copy;
  }

  /**
   * Whether an object has a YAML merge key: {@code <<} whose value is an alias (or a list of them).
   * A {@code <<} with a value written in place is taken as an ordinary key, which is what a quoted
   * {@code "<<"} is and what JSON always means.
   */
  private boolean mergeKey(ObjectNode object) {
    JsonNode value = object.get("<<");
    if (value == null) {
      return false;
    }
    if (aliasCopies.containsKey(value)) {
      return true;
    }
    if (!(value instanceof ArrayNode list) || list.isEmpty()) {
      return false;
    }
    for (JsonNode item : list) {
      if (!aliasCopies.containsKey(item)) {
        return false;
      }
    }
    return true;
  }

  /** YAML merge keys: {@code <<: *base} adds the members of base that are not given. */
  private void merge(ObjectNode object, Positions.Loc loc) {
    JsonNode merged = object.get("<<");
    if (!(merged instanceof ObjectNode) && !(merged instanceof ArrayNode)) {
      return;
    }
    int mergeIndex = Positions.indexOf(object, "<<");
    int[] at = {
      loc.members[mergeIndex * 4],
      loc.members[mergeIndex * 4 + 1],
      loc.members[mergeIndex * 4 + 2],
      loc.members[mergeIndex * 4 + 3]
    };
    Map<String, int[]> old = new LinkedHashMap<>();
    int index = 0;
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      int base = index * 4;
      old.put(
          entry.getKey(),
          new int[] {
            loc.members[base], loc.members[base + 1], loc.members[base + 2], loc.members[base + 3]
          });
      index++;
    }
    object.remove("<<");
    List<JsonNode> sources = new ArrayList<>();
    if (merged instanceof ObjectNode single) {
      sources.add(single);
    } else {
      merged.forEach(sources::add);
    }
    for (JsonNode source : sources) {
      if (source instanceof ObjectNode from) {
        for (Map.Entry<String, JsonNode> entry : from.properties()) {
          if (!object.has(entry.getKey())) {
            object.set(entry.getKey(), entry.getValue());
          }
        }
      }
    }
    loc.count = 0;
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      int[] p = old.getOrDefault(entry.getKey(), at);
      loc.add(p[0], p[1], p[2], p[3]);
    }
  }
}
