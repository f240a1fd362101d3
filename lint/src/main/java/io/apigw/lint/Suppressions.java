package io.apigw.lint;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings the user has silenced in the definition itself.
 *
 * <ul>
 *   <li>DSL: {@code # apigw-lint-disable ID[, ID]} on its own line silences the next element (that
 *       line and the lines indented under it); at the end of a line, that line's element; {@code #
 *       apigw-lint-disable-file ID} the whole file.
 *   <li>OpenAPI: {@code x-apigw-lint-ignore: [ID, ...]} (or one id) on any object silences findings
 *       inside that object; on the root object, in the whole file.
 * </ul>
 */
final class Suppressions {
  private static final Pattern DSL_COMMENT =
      Pattern.compile(
          "#\\s*apigw-lint-disable(-file)?\\s+([A-Za-z0-9_.\\-]+(?:\\s*,\\s*[A-Za-z0-9_.\\-]+)*)");
  static final String OPENAPI_EXTENSION = "x-apigw-lint-ignore";

  private record Span(int from, int to, Set<String> ids) {}

  private final String file;
  private final List<Span> spans;

  private Suppressions(String file, List<Span> spans) {
    this.file = file;
    this.spans = spans;
  }

  static Suppressions of(LintInput input) {
    List<Span> spans = new ArrayList<>();
    if (input.text().indexOf("apigw-lint-") < 0) {
      return new Suppressions(input.file(), spans);
    }
    if (input.document() != null) {
      collect(input.document(), input.document().root(), JsonPointer.empty(), spans);
    } else {
      dsl(input.text(), spans);
    }
    return new Suppressions(input.file(), spans);
  }

  boolean silences(Finding finding) {
    if (!finding.at().file().equals(file) && finding.at().isKnown()) {
      return false;
    }
    int line = finding.at().line();
    for (Span span : spans) {
      if (span.ids.contains(finding.ruleId()) && line >= span.from && line <= span.to) {
        return true;
      }
    }
    return false;
  }

  private static void dsl(String text, List<Span> spans) {
    if (text.indexOf("apigw-lint-disable") < 0) {
      return;
    }
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = DSL_COMMENT.matcher(lines[i]);
      if (!m.find()) {
        continue;
      }
      Set<String> ids = Set.of(m.group(2).split("\\s*,\\s*"));
      if (m.group(1) != null) {
        spans.add(new Span(0, Integer.MAX_VALUE, ids));
        continue;
      }
      boolean ownLine = lines[i].substring(0, m.start()).isBlank();
      int first = i;
      if (ownLine) {
        first = i + 1;
        while (first < lines.length
            && (lines[first].isBlank() || lines[first].stripLeading().startsWith("#"))) {
          first++;
        }
        if (first == lines.length) {
          continue;
        }
      }
      int indent = indent(lines[first]);
      int last = first;
      for (int j = first + 1; j < lines.length; j++) {
        if (lines[j].isBlank()) {
          continue;
        }
        if (indent(lines[j]) <= indent) {
          break;
        }
        last = j;
      }
      spans.add(new Span(first + 1, last + 1, ids));
    }
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
      n++;
    }
    return n;
  }

  private static void collect(
      SourceDocument document, JsonNode node, JsonPointer pointer, List<Span> spans) {
    if (node.isObject()) {
      JsonNode ignore = node.get(OPENAPI_EXTENSION);
      if (ignore != null) {
        List<String> ids = new ArrayList<>();
        if (ignore.isArray()) {
          ignore.forEach(id -> ids.add(id.asText()));
        } else {
          ids.add(ignore.asText());
        }
        if (pointer.matches()) {
          spans.add(new Span(0, Integer.MAX_VALUE, Set.copyOf(ids)));
        } else {
          // From the member's key: elements are reported where their name was written.
          int from = Math.min(document.at(pointer).line(), document.at(node).line());
          spans.add(new Span(from, document.lastLine(node), Set.copyOf(ids)));
        }
      }
      for (var member : node.properties()) {
        if (member.getValue().isContainerNode()) {
          collect(document, member.getValue(), pointer.appendProperty(member.getKey()), spans);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isContainerNode()) {
          collect(document, node.get(i), pointer.appendIndex(i), spans);
        }
      }
    }
  }
}
