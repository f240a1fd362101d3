package io.apigw.openapi;

import com.fasterxml.jackson.core.JsonPointer;
import io.apigw.model.SourceRange;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * swagger-parser's structural validation, as warnings. Opt-in ({@link
 * OpenApi.ReaderOptions#validate()}): it parses the whole document a second time into its own
 * object model.
 */
final class SpecValidation {
  private static final Pattern ATTRIBUTE = Pattern.compile("^(?:attribute )?(\\S+)");

  private SpecValidation() {}

  static void validate(Reading r, String text) {
    SwaggerParseResult result;
    try {
      ParseOptions options = new ParseOptions();
      options.setResolve(false);
      result = new OpenAPIParser().readContents(text, null, options);
    } catch (RuntimeException | StackOverflowError e) {
      r.info(
          "openapi.validation",
          "swagger-parser could not validate this definition ("
              + e.getClass().getSimpleName()
              + ")",
          SourceRange.of(r.mainFile, 1, 1));
      return;
    }
    if (result == null || result.getMessages() == null) {
      return;
    }
    for (String message : result.getMessages()) {
      if (message == null) {
        continue;
      }
      r.warning("openapi.validation", message, position(r, message));
    }
  }

  /** The position of the attribute a message names ({@code paths.'/pets'(get).responses}). */
  static SourceRange position(Reading r, String message) {
    Matcher matcher = ATTRIBUTE.matcher(message);
    if (r.root == null || !matcher.find()) {
      return SourceRange.of(r.mainFile, 1, 1);
    }
    StringBuilder pointer = new StringBuilder();
    for (String segment : segments(matcher.group(1))) {
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    try {
      return r.positions.pointer(r.root, JsonPointer.compile(pointer.toString()));
    } catch (IllegalArgumentException e) {
      return SourceRange.of(r.mainFile, 1, 1);
    }
  }

  /** {@code paths.'/pets'(get).responses} to {@code [paths, /pets, get, responses]}. */
  static List<String> segments(String attribute) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < attribute.length(); i++) {
      char c = attribute.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && (c == '.' || c == '(' || c == ')')) {
        if (current.length() > 0) {
          out.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(c);
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }
}
