package io.apigw.deployers.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;

/** CloudFormation's intrinsic functions and small tree helpers, in their long (JSON) form. */
final class Cfn {
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Cfn() {}

  static ObjectNode object() {
    return JSON.objectNode();
  }

  static ObjectNode ref(String logicalId) {
    return object().put("Ref", logicalId);
  }

  static ObjectNode getAtt(String logicalId, String attribute) {
    ObjectNode node = object();
    node.putArray("Fn::GetAtt").add(logicalId).add(attribute);
    return node;
  }

  static ObjectNode sub(String text) {
    return object().put("Fn::Sub", text);
  }

  static ArrayNode strings(Collection<String> values) {
    ArrayNode array = JSON.arrayNode();
    values.forEach(array::add);
    return array;
  }

  static ObjectNode map(Map<String, String> values) {
    ObjectNode node = object();
    values.forEach(node::put);
    return node;
  }

  /** Puts {@code value} unless it is null (or an empty container). */
  static void put(ObjectNode node, String field, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof JsonNode json) {
      if (!json.isContainerNode() || !json.isEmpty()) {
        node.set(field, json);
      }
    } else if (value instanceof String s) {
      node.put(field, s);
    } else if (value instanceof Boolean b) {
      node.put(field, b);
    } else if (value instanceof Integer i) {
      node.put(field, i);
    } else if (value instanceof Long l) {
      node.put(field, l);
    } else if (value instanceof Double d) {
      if (d == Math.rint(d) && !Double.isInfinite(d)) {
        node.put(field, d.longValue());
      } else {
        node.put(field, d);
      }
    } else if (value instanceof Map<?, ?> m) {
      if (!m.isEmpty()) {
        ObjectNode child = node.putObject(field);
        m.forEach((k, v) -> put(child, String.valueOf(k), v));
      }
    } else if (value instanceof Collection<?> c) {
      if (!c.isEmpty()) {
        ArrayNode array = node.putArray(field);
        c.forEach(v -> array.add(JSON.textNode(String.valueOf(v))));
      }
    } else {
      node.put(field, String.valueOf(value));
    }
  }
}
