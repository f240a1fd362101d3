package io.apigw.model.dsl;

import io.apigw.model.Diagnostic;
import io.apigw.model.SourceRange;
import io.apigw.model.dsl.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a file into logical lines of tokens. Text blocks are folded into the line that opens them,
 * so the reader sees every value as one token. Problems become diagnostics; the lexer never throws.
 */
final class DslLexer {
  static final String TRIPLE = "\"\"\"";

  private final String file;
  private final List<Diagnostic> diagnostics;
  private final List<Comment> comments = new ArrayList<>();

  /**
   * A {@code #} comment as written (from the {@code #} to the end of the line).
   *
   * @param trailing whether tokens stand before it on its line
   */
  record Comment(int line, String text, boolean trailing) {}

  DslLexer(String file, List<Diagnostic> diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** The comments of the last {@link #lex} run, in the order of the text. */
  List<Comment> comments() {
    return List.copyOf(comments);
  }

  List<Line> lex(String text) {
    List<String> physical = physicalLines(text);
    List<Line> lines = new ArrayList<>();
    int index = 0;
    while (index < physical.size()) {
      int number = index + 1;
      Scan scan = new Scan(physical.get(index), number);
      scan.run();
      index++;
      if (scan.opener != null) {
        index = textBlock(scan, physical, index);
      }
      if (!scan.tokens.isEmpty()) {
        lines.add(new Line(number, scan.indent, scan.tokens));
      }
    }
    return lines;
  }

  /** Reads the content of a text block opened on {@code scan}'s line; returns the next line. */
  private int textBlock(Scan scan, List<String> physical, int first) {
    Opener opener = scan.opener;
    int close = first;
    while (close < physical.size() && !isClosing(physical.get(close))) {
      close++;
    }
    if (close < physical.size()) {
      int indent = leadingBlanks(physical.get(close));
      StringBuilder value = new StringBuilder();
      for (int i = first; i < close; i++) {
        if (i > first) {
          value.append('\n');
        }
        value.append(removeIndent(physical.get(i), indent));
      }
      scan.tokens.add(
          new Token(
              Kind.TEXT,
              opener.key,
              opener.keyQuoted,
              value.toString(),
              null,
              scan.number,
              opener.column,
              close + 1,
              indent + TRIPLE.length() + 1,
              opener.valueColumn,
              false,
              first + 1,
              indent));
      return close + 1;
    }
    diagnostics.add(
        Diagnostic.error(
                "dsl.unclosed",
                "unclosed text block: no line holding only `\"\"\"` ends it",
                SourceRange.of(
                    file,
                    scan.number,
                    opener.valueColumn,
                    scan.number,
                    opener.valueColumn + TRIPLE.length()))
            .withHint("end the text block with a line that holds only `\"\"\"`"));
    String rest = String.join("\n", physical.subList(first, physical.size()));
    scan.tokens.add(
        new Token(
            Kind.TEXT,
            opener.key,
            opener.keyQuoted,
            rest,
            null,
            scan.number,
            opener.column,
            scan.number,
            opener.valueColumn + TRIPLE.length(),
            opener.valueColumn,
            true,
            first + 1,
            0));
    return physical.size();
  }

  static List<String> physicalLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    while (true) {
      int end = text.indexOf('\n', start);
      String line = end < 0 ? text.substring(start) : text.substring(start, end);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      lines.add(line);
      if (end < 0) {
        return lines;
      }
      start = end + 1;
    }
  }

  /** A line that ends a text block: only {@code """}, between blanks. */
  static boolean isClosing(String line) {
    int start = leadingBlanks(line);
    int end = line.length();
    while (end > start && isBlank(line.charAt(end - 1))) {
      end--;
    }
    return line.startsWith(TRIPLE, start) && end - start == TRIPLE.length();
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  static int leadingBlanks(String line) {
    int i = 0;
    while (i < line.length() && isBlank(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String removeIndent(String line, int indent) {
    int i = 0;
    while (i < indent && i < line.length() && isBlank(line.charAt(i))) {
      i++;
    }
    return line.substring(i);
  }

  /**
   * Where the JSON value starting at {@code start} ends (just after its closing bracket), or -1
   * when the line ends first. Brackets inside strings do not count.
   */
  static int jsonEnd(String s, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
    }
    return -1;
  }

  private record Opener(String key, boolean keyQuoted, int column, int valueColumn) {}

  /** The tokens of one physical line. Columns are 1-based. */
  private final class Scan {
    final String s;
    final int number;
    final int n;
    final List<Token> tokens = new ArrayList<>();
    int indent;
    Opener opener;

    Scan(String s, int number) {
      this.s = s;
      this.number = number;
      this.n = s.length();
    }

    void run() {
      int i = leadingBlanks(s);
      indent = i;
      while (i < n && opener == null) {
        char c = s.charAt(i);
        if (isBlank(c)) {
          i++;
        } else if (c == '#') {
          comments.add(new Comment(number, s.substring(i).stripTrailing(), !tokens.isEmpty()));
          return;
        } else {
          i = token(i);
        }
      }
    }

    private int token(int start) {
      char c = s.charAt(start);
      if (c == '"') {
        if (isOpener(start)) {
          opener = new Opener(null, false, start + 1, start + 1);
          return n;
        }
        Str str = string(start);
        if (str.end < 0) {
          tokens.add(token(Kind.STRING, null, false, str.value, null, start, n, start, true));
          return n;
        }
        if (str.end < n && s.charAt(str.end) == '=') {
          return value(start, str.value, true, str.end + 1);
        }
        tokens.add(token(Kind.STRING, null, false, str.value, null, start, str.end, start, false));
        return after(str.end, true);
      }
      if (c == '{' || c == '[') {
        return json(start, null, false, start);
      }
      int i = start;
      while (i < n && !isBlank(s.charAt(i))) {
        if (s.charAt(i) == '=' && i > start) {
          return value(start, s.substring(start, i), false, i + 1);
        }
        i++;
      }
      int end = s.charAt(i - 1) == ',' ? i - 1 : i;
      if (end > start) {
        String word = s.substring(start, end);
        tokens.add(token(Kind.WORD, null, false, word, word, start, end, start, false));
      }
      return i;
    }

    /** The value part of an option, starting at {@code v} (just after {@code =}). */
    private int value(int start, String key, boolean keyQuoted, int v) {
      if (v < n) {
        char c = s.charAt(v);
        if (c == '"') {
          if (isOpener(v)) {
            opener = new Opener(key, keyQuoted, start + 1, v + 1);
            return n;
          }
          Str str = string(v);
          boolean broken = str.end < 0;
          tokens.add(
              token(
                  Kind.STRING,
                  key,
                  keyQuoted,
                  str.value,
                  null,
                  start,
                  broken ? n : str.end,
                  v,
                  broken));
          return broken ? n : after(str.end, false);
        }
        if (c == '{' || c == '[') {
          return json(start, key, keyQuoted, v);
        }
      }
      int i = v;
      while (i < n && !isBlank(s.charAt(i))) {
        i++;
      }
      int end = i > v && s.charAt(i - 1) == ',' ? i - 1 : i;
      String raw = keyQuoted ? null : s.substring(start, end);
      tokens.add(token(Kind.WORD, key, keyQuoted, s.substring(v, end), raw, start, end, v, false));
      return i;
    }

    private int json(int start, String key, boolean keyQuoted, int v) {
      int end = jsonEnd(s, v);
      if (end < 0) {
        diagnostics.add(
            Diagnostic.error(
                    "dsl.unclosed",
                    "unclosed JSON value: `"
                        + s.charAt(v)
                        + "` has no matching bracket on this line",
                    SourceRange.of(file, number, v + 1, number, v + 2))
                .withHint(
                    "a JSON value must end on the line it starts; use a text block for more"));
        tokens.add(token(Kind.JSON, key, keyQuoted, s.substring(v), null, start, n, v, true));
        return n;
      }
      tokens.add(token(Kind.JSON, key, keyQuoted, s.substring(v, end), null, start, end, v, false));
      return after(end, false);
    }

    /** After a quoted string or JSON value: a comma is dropped, a colon is its own token. */
    private int after(int i, boolean colon) {
      if (i < n && s.charAt(i) == ',') {
        i++;
      }
      if (colon && i < n && s.charAt(i) == ':') {
        tokens.add(token(Kind.WORD, null, false, ":", ":", i, i + 1, i, false));
        i++;
      }
      if (i < n && !isBlank(s.charAt(i))) {
        int j = i;
        while (j < n && !isBlank(s.charAt(j))) {
          j++;
        }
        diagnostics.add(
            Diagnostic.error(
                "dsl.syntax",
                "expected a space before `" + shorten(s.substring(i, j)) + "`",
                SourceRange.of(file, number, i + 1, number, j + 1)));
        return j;
      }
      return i;
    }

    private boolean isOpener(int at) {
      if (!s.startsWith(TRIPLE, at)) {
        return false;
      }
      int i = at + TRIPLE.length();
      while (i < n && isBlank(s.charAt(i))) {
        i++;
      }
      return i == n || s.charAt(i) == '#';
    }

    /** A quoted string starting at {@code start}; end is -1 when the line ends first. */
    private Str string(int start) {
      StringBuilder value = new StringBuilder();
      int i = start + 1;
      while (i < n) {
        char c = s.charAt(i);
        if (c == '"') {
          return new Str(value.toString(), i + 1);
        }
        if (c == '\\' && i + 1 < n) {
          char e = s.charAt(i + 1);
          i += 2;
          switch (e) {
            case '"' -> value.append('"');
            case '\\' -> value.append('\\');
            case '/' -> value.append('/');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'u' -> {
              int code = hex(i);
              if (code < 0) {
                value.append("\\u");
              } else {
                value.append((char) code);
                i += 4;
              }
            }
            default -> value.append('\\').append(e);
          }
          continue;
        }
        value.append(c);
        i++;
      }
      diagnostics.add(
          Diagnostic.error(
                  "dsl.unclosed",
                  "unclosed string: the line ends before the closing `\"`",
                  SourceRange.of(file, number, start + 1, number, n + 1))
              .withHint("a quoted string must end on its line; use a text block for more lines"));
      return new Str(value.toString(), -1);
    }

    private int hex(int at) {
      if (at + 4 > n) {
        return -1;
      }
      int code = 0;
      for (int i = at; i < at + 4; i++) {
        int digit = Character.digit(s.charAt(i), 16);
        if (digit < 0) {
          return -1;
        }
        code = code * 16 + digit;
      }
      return code;
    }

    private Token token(
        Kind kind,
        String key,
        boolean keyQuoted,
        String text,
        String raw,
        int start,
        int end,
        int valueStart,
        boolean broken) {
      return new Token(
          kind,
          key,
          keyQuoted,
          text,
          raw,
          number,
          start + 1,
          number,
          end + 1,
          valueStart + 1,
          broken,
          0,
          0);
    }
  }

  private record Str(String value, int end) {}

  static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }
}
