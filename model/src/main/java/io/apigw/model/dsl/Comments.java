package io.apigw.model.dsl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The comments of a file, attached to the lines the canonical writer prints, so that {@code fmt}
 * keeps them: a comment on its own line goes before the statement that follows it, a comment at the
 * end of a line stays at the end of that statement's line. A comment whose line the writer prints
 * nothing for (a block line folded into another) moves before its top-level statement; one after
 * the last statement stays at the end of the file. No comment is ever dropped.
 */
final class Comments {
  private final Map<Integer, List<String>> before = new HashMap<>();
  private final Map<Integer, String> trailing = new HashMap<>();
  private final List<String> end = new ArrayList<>();
  private final Map<String, Integer> keywordLines = new LinkedHashMap<>();
  // Logical line number to the number of the top-level statement it belongs to.
  private final TreeMap<Integer, Integer> owners = new TreeMap<>();

  private Comments() {}

  static Comments of(String text) {
    DslLexer lexer = new DslLexer("", new ArrayList<>());
    List<Line> lines = lexer.lex(text);
    Comments comments = new Comments();
    int owner = 0;
    for (Line line : lines) {
      if (line.indent() == 0) {
        owner = line.number();
        String word = line.tokens().get(0).word();
        if (word != null) {
          comments.keywordLines.putIfAbsent(word, line.number());
        }
      }
      comments.owners.put(line.number(), owner);
    }
    for (DslLexer.Comment comment : lexer.comments()) {
      if (comment.trailing()) {
        comments.trailing.merge(comment.line(), comment.text(), (a, b) -> a + " " + b);
        continue;
      }
      Integer next = comments.owners.higherKey(comment.line());
      if (next == null) {
        comments.end.add(comment.text());
      } else {
        comments.before.computeIfAbsent(next, n -> new ArrayList<>()).add(comment.text());
      }
    }
    return comments;
  }

  /** The line of the first top-level statement that starts with {@code keyword}, or 0. */
  int keywordLine(String keyword) {
    return keywordLines.getOrDefault(keyword, 0);
  }

  /**
   * Moves comments attached to lines the writer prints nothing for: before their top-level
   * statement when that is printed, else to the end of the file.
   *
   * @param printed the input lines the writer prints something for
   */
  void settle(Set<Integer> printed) {
    for (Integer line : new ArrayList<>(trailing.keySet())) {
      if (!printed.contains(line)) {
        moveBefore(line, List.of(trailing.remove(line)), printed);
      }
    }
    for (Integer line : new ArrayList<>(before.keySet())) {
      if (!printed.contains(line)) {
        moveBefore(line, before.remove(line), printed);
      }
    }
  }

  private void moveBefore(int line, List<String> texts, Set<Integer> printed) {
    Integer owner = owners.get(line);
    if (owner != null && printed.contains(owner)) {
      before.computeIfAbsent(owner, n -> new ArrayList<>()).addAll(texts);
    } else {
      end.addAll(texts);
    }
  }

  /** Comments to print on their own lines before input line {@code line}; each only once. */
  List<String> takeBefore(int line) {
    List<String> texts = before.remove(line);
    return texts == null ? List.of() : texts;
  }

  /** The comment to print at the end of input line {@code line}, or null; only once. */
  String takeTrailing(int line) {
    return trailing.remove(line);
  }

  /** Comments left for the end of the file. */
  List<String> end() {
    return List.copyOf(end);
  }
}
