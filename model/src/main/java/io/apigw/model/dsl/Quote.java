package io.apigw.model.dsl;

import java.util.Collection;
import java.util.List;

/** How the writer spells text so that the lexer reads back exactly that text. */
final class Quote {
  private Quote() {}

  /** Text the lexer reads back as one word, unchanged. */
  static boolean plain(String s) {
    return s != null && !s.isEmpty() && s.charAt(0) != '#' && plainValue(s);
  }

  /** Text the lexer reads back unchanged after {@code key=}, where {@code #} starts no comment. */
  private static boolean plainValue(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    if (first == '"' || first == '{' || first == '[') {
      return false;
    }
    if (s.charAt(s.length() - 1) == ',') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** A JSON-looking value that the lexer reads back as one JSON token with this exact text. */
  static boolean rawJson(String s) {
    if (s == null || s.isEmpty() || (s.charAt(0) != '{' && s.charAt(0) != '[')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        return false;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return DslLexer.jsonEnd(s, 0) == s.length();
  }

  /** A quoted string with JSON escapes. */
  static String quote(String s) {
    if (s == null) {
      return "\"\"";
    }
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean pair =
              Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1));
          if (pair) {
            out.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** An option value, after {@code key=}. */
  static String value(String s) {
    if (plainValue(s) || rawJson(s)) {
      return s;
    }
    return quote(s);
  }

  /**
   * Free text in a place where the reader also looks for the given keywords and options: quoted
   * when it has {@code =} or is one of them (or {@code ->} or {@code :}).
   */
  static String free(String s, Collection<String> keywords) {
    if (plain(s)
        && s.indexOf('=') < 0
        && !s.equals(Words.ARROW)
        && !s.equals(":")
        && !keywords.contains(s)) {
      return s;
    }
    return quote(s);
  }

  static String free(String s) {
    return free(s, List.of());
  }

  /** A name in a definition; followed by {@code :} there, so it may not hold one. */
  static String name(String s) {
    String free = free(s);
    return free.equals(s) && s.indexOf(':') >= 0 ? quote(s) : free;
  }

  /** The key of a {@code key=value} pair, among options named {@code keywords}. */
  static String key(String s, Collection<String> keywords) {
    if (plain(s) && s.indexOf('=') < 0 && !keywords.contains(s)) {
      return s;
    }
    return quote(s);
  }

  /** One whole value (a template, a description) that needs no keyword check. */
  static String text(String s) {
    if ((plain(s) && s.indexOf('=') < 0 && !s.equals(Words.ARROW)) || rawJson(s)) {
      return s;
    }
    return quote(s);
  }

  /** Whether a multi-line text can be a text block and read back the same. */
  static boolean textBlock(String s) {
    if (s == null || s.indexOf('\n') < 0 || s.indexOf('\r') >= 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    for (String line : s.split("\n", -1)) {
      if (DslLexer.isClosing(line)) {
        return false;
      }
    }
    return true;
  }
}
