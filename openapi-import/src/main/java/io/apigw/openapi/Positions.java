package io.apigw.openapi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.SourceRange;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Where every container of the parsed trees was written, and where each of its members was: the key
 * and the value of an object member, the start of an array element. Keyed by node identity, so one
 * index serves every file a definition refers to; a JSON pointer is resolved by walking the tree to
 * the member's container.
 */
final class Positions {
  /**
   * Position of one container and of its members (4 ints each: key line, column, value line,
   * column).
   */
  static final class Loc {
    private static final int[] NONE = new int[0];

    final String file;
    final int line;
    final int column;
    int[] members = NONE;
    int count;

    /** Member name to index, built on first lookup in a large object (e.g. {@code paths}). */
    private java.util.HashMap<String, Integer> index;

    int indexOf(JsonNode object, String field) {
      if (count <= 16) {
        return Positions.indexOf(object, field);
      }
      if (index == null) {
        index = new java.util.HashMap<>(object.size() * 2);
        int i = 0;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); i++) {
          index.putIfAbsent(names.next(), i);
        }
      }
      Integer at = index.get(field);
      return at == null ? -1 : at;
    }

    Loc(String file, int line, int column) {
      this.file = file;
      this.line = line;
      this.column = column;
    }

    void add(int keyLine, int keyColumn, int valueLine, int valueColumn) {
      if (count * 4 == members.length) {
        int[] grown = new int[Math.max(16, members.length * 2)];
        System.arraycopy(members, 0, grown, 0, members.length);
        members = grown;
      }
      set(count++, keyLine, keyColumn, valueLine, valueColumn);
    }

    void set(int index, int keyLine, int keyColumn, int valueLine, int valueColumn) {
      int at = index * 4;
      members[at] = keyLine;
      members[at + 1] = keyColumn;
      members[at + 2] = valueLine;
      members[at + 3] = valueColumn;
    }

    SourceRange start() {
      return SourceRange.of(file, line, column);
    }

    SourceRange member(int index, boolean value) {
      if (index < 0 || index >= count) {
        return start();
      }
      int at = index * 4 + (value ? 2 : 0);
      return SourceRange.of(file, members[at], members[at + 1]);
    }
  }

  private final IdentityHashMap<JsonNode, Loc> locs = new IdentityHashMap<>();
  private final String mainFile;

  Positions(String mainFile) {
    this.mainFile = mainFile;
  }

  void put(JsonNode container, Loc loc) {
    locs.put(container, loc);
  }

  Loc loc(JsonNode container) {
    return container == null ? null : locs.get(container);
  }

  /**
   * The last line holding any member of a container or of the containers inside it; the container's
   * own line when it has no known members.
   */
  int lastLine(JsonNode container) {
    Loc loc = loc(container);
    int last = loc == null ? 0 : loc.line;
    if (loc != null) {
      for (int i = 0; i < loc.count; i++) {
        last = Math.max(last, loc.members[i * 4 + 2]);
      }
    }
    if (container != null && container.isContainerNode()) {
      for (JsonNode child : container) {
        if (child.isContainerNode()) {
          last = Math.max(last, lastLine(child));
        }
      }
    }
    return last;
  }

  /** The file a container was read from, or null when it was not read from any. */
  String fileOf(JsonNode container) {
    Loc loc = loc(container);
    return loc == null ? null : loc.file;
  }

  /** Where a container starts; the start of the main file when it is not known. */
  SourceRange at(JsonNode container) {
    Loc loc = loc(container);
    return loc == null ? SourceRange.of(mainFile, 1, 1) : loc.start();
  }

  /** Where the key of member {@code field} of {@code object} was written. */
  SourceRange key(JsonNode object, String field) {
    return member(object, field, false);
  }

  /** Where the value of member {@code field} of {@code object} starts. */
  SourceRange value(JsonNode object, String field) {
    return member(object, field, true);
  }

  /** Where element {@code index} of an array starts. */
  SourceRange item(JsonNode array, int index) {
    Loc loc = loc(array);
    if (loc == null) {
      return at(array);
    }
    return loc.member(index, true);
  }

  private SourceRange member(JsonNode object, String field, boolean value) {
    Loc loc = loc(object);
    if (loc == null) {
      return at(object);
    }
    return loc.member(loc.indexOf(object, field), value);
  }

  /** The position of the node a JSON pointer names in {@code root}, or of its nearest parent. */
  SourceRange pointer(JsonNode root, JsonPointer pointer) {
    JsonNode container = root;
    SourceRange best = at(root);
    JsonPointer rest = pointer;
    while (rest != null && !rest.matches() && container != null) {
      String property = rest.getMatchingProperty();
      if (container instanceof ObjectNode object && object.has(property)) {
        best = key(object, property);
        container = object.get(property);
      } else if (container instanceof ArrayNode array
          && rest.getMatchingIndex() >= 0
          && rest.getMatchingIndex() < array.size()) {
        best = item(array, rest.getMatchingIndex());
        container = array.get(rest.getMatchingIndex());
      } else {
        break;
      }
      rest = rest.tail();
    }
    return best;
  }

  static int indexOf(JsonNode object, String field) {
    int index = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
        it.hasNext(); ) {
      if (it.next().getKey().equals(field)) {
        return index;
      }
      index++;
    }
    return -1;
  }
}
