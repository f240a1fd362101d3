package io.apigw.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.SourceRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The properties of a template resource, each resolved (intrinsics evaluated in place) when it is
 * first read, falling back to the template's {@code Globals} section for the resource's kind.
 */
final class Props {
  private final Reading r;
  private final Intrinsics intrinsics;
  private final ObjectNode own;
  private final ObjectNode global;

  Props(Reading reading, Intrinsics intrinsics, ObjectNode own, ObjectNode global) {
    this.r = reading;
    this.intrinsics = intrinsics;
    this.own = own == null ? JsonNodeFactory.instance.objectNode() : own;
    this.global = global == null ? JsonNodeFactory.instance.objectNode() : global;
  }

  static Props of(Reading reading, Intrinsics intrinsics, ObjectNode own) {
    return new Props(reading, intrinsics, own, null);
  }

  /** The object that holds the value of {@code name}: the resource's own, else the globals. */
  ObjectNode holder(String name) {
    resolve(own, name);
    if (present(own, name)) {
      return own;
    }
    resolve(global, name);
    return present(global, name) ? global : null;
  }

  boolean has(String name) {
    return holder(name) != null;
  }

  JsonNode get(String name) {
    ObjectNode holder = holder(name);
    return holder == null ? null : holder.get(name);
  }

  SourceRange key(String name) {
    ObjectNode holder = holder(name);
    return holder == null ? r.at(own) : r.key(holder, name);
  }

  SourceRange value(String name) {
    ObjectNode holder = holder(name);
    return holder == null ? r.at(own) : r.value(holder, name);
  }

  String text(String name) {
    return r.text(holder(name), name);
  }

  Integer integer(String name) {
    return r.integer(holder(name), name);
  }

  Double decimal(String name) {
    return r.decimal(holder(name), name);
  }

  Boolean bool(String name) {
    return r.bool(holder(name), name);
  }

  List<String> texts(String name) {
    return r.texts(holder(name), name);
  }

  ObjectNode object(String name) {
    return r.object(holder(name), name);
  }

  /** A map of strings, the globals' entries first and the resource's own over them. */
  Map<String, String> map(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    resolve(global, name);
    resolve(own, name);
    if (present(global, name)) {
      out.putAll(r.textMap(global, name, false));
    }
    if (present(own, name)) {
      out.putAll(r.textMap(own, name, false));
    }
    return out;
  }

  /** Warns of properties apigw does not know, and says which known ones it does not carry. */
  void check(String what, Set<String> read, Set<String> notCarried, Set<String> deployOnly) {
    for (ObjectNode object : List.of(own, global)) {
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        String name = entry.getKey();
        if (read.contains(name) || deployOnly.contains(name)) {
          continue;
        }
        if (notCarried.contains(name)) {
          r.info(
              "template.not-carried",
              "`" + name + "` of " + what + " is not part of apigw's model; it is ignored",
              r.key(object, name));
          continue;
        }
        io.apigw.model.Diagnostic d =
            io.apigw.model.Diagnostic.warning(
                "template.unknown-property",
                "`" + name + "` is not a property of " + what + "; it is ignored",
                r.key(object, name));
        java.util.Set<String> all = new java.util.HashSet<>(read);
        all.addAll(notCarried);
        all.addAll(deployOnly);
        String near = io.apigw.model.Suggest.nearest(name, all);
        r.diagnostics.add(near == null ? d : d.withHint("did you mean `" + near + "`?"));
      }
    }
  }

  private static boolean present(ObjectNode object, String name) {
    JsonNode value = object.get(name);
    return value != null && !value.isNull();
  }

  private void resolve(ObjectNode object, String name) {
    JsonNode value = object.get(name);
    if (value == null || value.isValueNode()) {
      return;
    }
    JsonNode resolved = intrinsics.resolveTree(value);
    if (resolved == Intrinsics.NO_VALUE) {
      object.putNull(name);
    } else if (resolved != value) {
      object.set(name, resolved);
    }
  }
}
