package io.apigw.model.dsl;

import io.apigw.model.SourceRange;

/**
 * One token of a line: a word, a quoted string, a JSON value or a text block, possibly as the value
 * of a {@code key=value} option.
 *
 * @param kind the kind of the value part
 * @param key the option key before {@code =}, or null when the token is not an option
 * @param keyQuoted the key was written as a quoted string, so it names no option
 * @param text the value, decoded (escapes resolved, text block indentation removed)
 * @param raw a word exactly as written, {@code key=value} included; null for quoted parts
 * @param valueColumn where the value part starts
 * @param broken the lexer already reported this token as malformed (unclosed)
 * @param textLine for text blocks: the line of the first content line
 * @param textIndent for text blocks: the indentation removed from every content line
 */
record Token(
    Kind kind,
    String key,
    boolean keyQuoted,
    String text,
    String raw,
    int line,
    int column,
    int endLine,
    int endColumn,
    int valueColumn,
    boolean broken,
    int textLine,
    int textIndent) {

  enum Kind {
    WORD,
    STRING,
    JSON,
    TEXT
  }

  /** The word, when this is a plain unquoted word without {@code =}; otherwise null. */
  String word() {
    return kind == Kind.WORD && key == null ? text : null;
  }

  boolean isWord(String word) {
    return word.equals(word());
  }

  /** What names an option or keyword: the unquoted key, or the plain word. */
  String name() {
    if (key != null) {
      return keyQuoted ? null : key;
    }
    return word();
  }

  /** Quoted strings and text blocks are literal text, never keywords. */
  boolean quoted() {
    return key == null && (kind == Kind.STRING || kind == Kind.TEXT);
  }

  /**
   * The token read as one piece of free text (a name, a URL, a template), or null when it cannot
   * be: a word with {@code =} is taken whole, as written.
   */
  String free() {
    if (key == null) {
      return text;
    }
    return raw;
  }

  SourceRange range(String file) {
    return SourceRange.of(file, line, column, endLine, endColumn);
  }

  /** The value part only (after {@code key=}). */
  SourceRange valueRange(String file) {
    return SourceRange.of(file, line, valueColumn, endLine, endColumn);
  }

  /** How the token is shown in messages. */
  String shown() {
    String value =
        switch (kind) {
          case WORD, JSON -> text;
          case STRING -> "\"" + text + "\"";
          case TEXT -> "\"\"\"";
        };
    String shown = key == null ? value : (keyQuoted ? "\"" + key + "\"" : key) + "=" + value;
    return shown.length() > 40 ? shown.substring(0, 37) + "..." : shown;
  }
}
