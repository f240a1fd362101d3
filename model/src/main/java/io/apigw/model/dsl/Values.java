package io.apigw.model.dsl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.apigw.model.Diagnostic;
import io.apigw.model.SourceRange;
import io.apigw.model.Suggest;
import io.apigw.model.dsl.Token.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns token text into typed values (numbers, durations, rates, lists, JSON), reporting what is
 * wrong with it where it was written. Every method returns null after reporting a problem.
 */
final class Values {
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern DURATION = Pattern.compile("(-?\\d+)(ms|s|m|h)?");
  private static final Pattern NUMBER =
      Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|NaN|-?Infinity");
  private static final Pattern QUOTA = Pattern.compile("(-?\\d+)/(.*)");
  // Suggestions cost time proportional to the word's length; long junk gets none.
  private static final int SUGGEST_MAX = 64;

  enum Unit {
    MILLIS(1),
    SECONDS(1000);

    final long millis;

    Unit(long millis) {
      this.millis = millis;
    }
  }

  final String file;
  final List<Diagnostic> diagnostics;

  Values(String file, List<Diagnostic> diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  void error(String code, String message, SourceRange at) {
    diagnostics.add(Diagnostic.error(code, message, at));
  }

  void error(String code, String message, SourceRange at, String hint) {
    diagnostics.add(Diagnostic.error(code, message, at).withHint(hint));
  }

  void warning(String code, String message, SourceRange at) {
    diagnostics.add(Diagnostic.warning(code, message, at));
  }

  /** "unknown WHAT `word`", with the nearest candidate as a hint. */
  void unknown(
      String code, String what, String word, Collection<String> candidates, SourceRange at) {
    Diagnostic diagnostic =
        Diagnostic.error(code, "unknown " + what + " `" + DslLexer.shorten(word) + "`", at);
    String near = suggest(word, candidates);
    if (near != null) {
      diagnostic = diagnostic.withHint("did you mean `" + near + "`?");
    } else if (candidates.size() <= 8) {
      diagnostic = diagnostic.withHint("expected one of " + String.join(", ", candidates));
    }
    diagnostics.add(diagnostic);
  }

  static String suggest(String word, Collection<String> candidates) {
    if (word == null || word.length() > SUGGEST_MAX) {
      return null;
    }
    return Suggest.nearest(word, candidates);
  }

  Integer integer(String text, SourceRange at, String what) {
    if (text != null && INTEGER.matcher(text).matches()) {
      try {
        return Integer.valueOf(text);
      } catch (NumberFormatException e) {
        error("dsl.value", what + " `" + DslLexer.shorten(text) + "` is too large", at);
        return null;
      }
    }
    error("dsl.value", "expected " + what + " (a whole number), found `" + shown(text) + "`", at);
    return null;
  }

  /** A duration like {@code 300s}, {@code 5m}, {@code 500ms}; a bare number is in {@code bare}. */
  Integer duration(String text, SourceRange at, Unit bare, Unit target, String what) {
    Matcher m = text == null ? null : DURATION.matcher(text);
    if (m == null || !m.matches()) {
      error(
          "dsl.value",
          "bad duration `" + shown(text) + "` for " + what,
          at,
          "write a number with ms, s, m or h, like `300s` or `500ms`");
      return null;
    }
    long millis;
    try {
      long number = Long.parseLong(m.group(1));
      long unit =
          m.group(2) == null
              ? bare.millis
              : switch (m.group(2)) {
                case "ms" -> 1;
                case "s" -> 1000;
                case "m" -> 60_000;
                default -> 3_600_000;
              };
      millis = Math.multiplyExact(number, unit);
    } catch (ArithmeticException | NumberFormatException e) {
      error("dsl.value", "duration `" + shown(text) + "` is too large", at);
      return null;
    }
    if (millis % target.millis != 0) {
      error(
          "dsl.value",
          "duration `" + shown(text) + "` is not a whole number of seconds for " + what,
          at);
      return null;
    }
    long value = millis / target.millis;
    if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
      error("dsl.value", "duration `" + shown(text) + "` is too large", at);
      return null;
    }
    return (int) value;
  }

  /** Requests per second: {@code 100/s} or a bare number. */
  Double rate(String text, SourceRange at) {
    String number =
        text != null && text.endsWith("/s") ? text.substring(0, text.length() - 2) : text;
    Double value = number(number);
    if (value == null) {
      error(
          "dsl.value",
          "bad rate `" + shown(text) + "`",
          at,
          "write requests per second, like `100/s`");
    }
    return value;
  }

  /** A percentage: {@code 10%}, {@code 12.5%} or a bare number. */
  Double percent(String text, SourceRange at) {
    String number =
        text != null && text.endsWith("%") ? text.substring(0, text.length() - 1) : text;
    Double value = number(number);
    if (value == null) {
      error("dsl.value", "bad percentage `" + shown(text) + "`", at, "write it like `10%`");
    }
    return value;
  }

  static Double number(String text) {
    if (text == null || !NUMBER.matcher(text).matches()) {
      return null;
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A quota like {@code 1000/day}: returns the limit and the period word, or null. */
  String[] quota(String text, SourceRange at) {
    Matcher m = text == null ? null : QUOTA.matcher(text);
    if (m == null || !m.matches()) {
      error(
          "dsl.value",
          "bad quota `" + shown(text) + "`",
          at,
          "write requests per period, like `1000/day`, `5000/week` or `100000/month`");
      return null;
    }
    return new String[] {m.group(1), m.group(2)};
  }

  /** A word of a fixed set, case-sensitive, with a suggestion when it is not one. */
  <E> E choice(String word, Map<String, E> choices, SourceRange at, String what) {
    E value = word == null ? null : choices.get(word);
    if (value == null) {
      unknown("dsl.unknown-value", what, word == null ? "" : word, choices.keySet(), at);
    }
    return value;
  }

  /** A keyword of a fixed set; quoted text is never one. */
  <E> E choice(Token t, Map<String, E> choices, String what) {
    String word = t.word();
    E value = word == null ? null : choices.get(word);
    if (value == null) {
      unknown("dsl.unknown-value", what, t.shown(), choices.keySet(), t.range(file));
    }
    return value;
  }

  /** A flag: bare means true; {@code flag=true} and {@code flag=false} say it explicitly. */
  Boolean flag(Token t) {
    if (t.key() == null) {
      return Boolean.TRUE;
    }
    if (t.kind() == Kind.WORD && t.text().equals("true")) {
      return Boolean.TRUE;
    }
    if (t.kind() == Kind.WORD && t.text().equals("false")) {
      return Boolean.FALSE;
    }
    error(
        "dsl.value",
        "`" + t.key() + "` is a flag: write `" + t.key() + "` or `" + t.key() + "=false`",
        t.valueRange(file));
    return null;
  }

  /**
   * A list value: {@code a,b,c}, or a JSON array of strings for items with commas or spaces; a
   * quoted string is one item.
   */
  List<String> list(Token t) {
    switch (t.kind()) {
      case WORD -> {
        if (t.text().isEmpty()) {
          return List.of();
        }
        return List.of(t.text().split(",", -1));
      }
      case STRING, TEXT -> {
        return List.of(t.text());
      }
      default -> {
        JsonNode node = json(t);
        List<String> out = new ArrayList<>();
        if (node == null) {
          return out;
        }
        if (!node.isArray()) {
          error(
              "dsl.value", "expected a list: `a,b` or a JSON array of strings", t.valueRange(file));
          return out;
        }
        for (JsonNode item : node) {
          if (!item.isTextual()) {
            error("dsl.value", "expected a JSON array of strings", t.valueRange(file));
            return out;
          }
          out.add(item.textValue());
        }
        return out;
      }
    }
  }

  /**
   * A JSON value: {@code {...}} or {@code [...]}, a text block holding JSON, a quoted string (a
   * JSON string) or a word that is a JSON number, {@code true}, {@code false} or {@code null}.
   */
  JsonNode json(Token t) {
    if (t.kind() == Kind.STRING) {
      return TextNode.valueOf(t.text());
    }
    if (t.broken()) {
      return null;
    }
    try {
      JsonNode node = Json.parse(t.text());
      if (node == null || node.isMissingNode()) {
        error("dsl.json", "expected a JSON value, found nothing", t.valueRange(file));
        return null;
      }
      return node;
    } catch (JsonProcessingException e) {
      if (t.kind() == Kind.WORD) {
        error(
            "dsl.json",
            "expected a JSON value, found `" + shown(t.text()) + "`",
            t.valueRange(file),
            "write an object `{...}`, an array `[...]`, a quoted string or a text block `\"\"\"`");
        return null;
      }
      error("dsl.json", "bad JSON: " + message(e), jsonPosition(t, e.getLocation()));
      return null;
    } catch (RuntimeException e) {
      error("dsl.json", "bad JSON: " + e.getMessage(), t.valueRange(file));
      return null;
    }
  }

  private SourceRange jsonPosition(Token t, JsonLocation location) {
    if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
      return t.valueRange(file);
    }
    if (t.kind() == Kind.TEXT) {
      int line = t.textLine() + location.getLineNr() - 1;
      int column = t.textIndent() + location.getColumnNr();
      return SourceRange.of(file, line, column, line, column + 1);
    }
    int column = t.valueColumn() + location.getColumnNr() - 1;
    return SourceRange.of(file, t.line(), column, t.line(), column + 1);
  }

  private static String message(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline);
    return message.length() > 160 ? message.substring(0, 157) + "..." : message;
  }

  static String shown(String text) {
    return text == null ? "" : DslLexer.shorten(text);
  }
}
