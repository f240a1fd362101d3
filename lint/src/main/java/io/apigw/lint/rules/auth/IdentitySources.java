package io.apigw.lint.rules.auth;

import io.apigw.model.Protocol;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identity source expressions as each kind of API writes them: REST {@code
 * method.request.header.X}, HTTP {@code $request.header.X}, WebSocket {@code
 * route.request.header.X}; with query strings, stage variables and context variables alike.
 */
final class IdentitySources {
  /** What an identity source reads. */
  enum Part {
    HEADER,
    QUERY,
    STAGE_VARIABLE,
    CONTEXT
  }

  /** A parsed identity source: what it reads and the name it reads. */
  record Source(Part part, String name) {}

  private static final String NAME = "([^\\s,]+)";
  private static final Pattern REST =
      Pattern.compile(
          "^(?:method\\.request\\.(header|querystring)|(stageVariables)|(context))\\."
              + NAME
              + "$");
  private static final Pattern HTTP =
      Pattern.compile(
          "^(?:\\$request\\.(header|querystring)|\\$(stageVariables)|\\$(context))\\."
              + NAME
              + "$");
  private static final Pattern WEBSOCKET =
      Pattern.compile(
          "^(?:route\\.request\\.(header|querystring)|(stageVariables)|(context))\\." + NAME + "$");

  private IdentitySources() {}

  /** The source as {@code protocol} writes it, or null when it is not written that way. */
  static Source parse(String text, Protocol protocol) {
    if (text == null) {
      return null;
    }
    Matcher m = pattern(protocol).matcher(text.trim());
    if (!m.matches()) {
      return null;
    }
    Part part;
    if (m.group(1) != null) {
      part = m.group(1).equals("header") ? Part.HEADER : Part.QUERY;
    } else {
      part = m.group(2) != null ? Part.STAGE_VARIABLE : Part.CONTEXT;
    }
    return new Source(part, m.group(4));
  }

  /** The source as any kind of API writes it, or null. */
  static Source parseAny(String text) {
    for (Protocol protocol : Protocol.values()) {
      Source source = parse(text, protocol);
      if (source != null) {
        return source;
      }
    }
    return null;
  }

  /** How {@code protocol} writes {@code source}. */
  static String write(Source source, Protocol protocol) {
    String request =
        switch (protocol) {
          case REST -> "method.request.";
          case HTTP -> "$request.";
          case WEBSOCKET -> "route.request.";
        };
    String dollar = protocol == Protocol.HTTP ? "$" : "";
    return switch (source.part()) {
      case HEADER -> request + "header." + source.name();
      case QUERY -> request + "querystring." + source.name();
      case STAGE_VARIABLE -> dollar + "stageVariables." + source.name();
      case CONTEXT -> dollar + "context." + source.name();
    };
  }

  /** The forms {@code protocol} accepts, for messages. */
  static String forms(Protocol protocol) {
    return switch (protocol) {
      case REST ->
          "`method.request.header.NAME`, `method.request.querystring.NAME`,"
              + " `stageVariables.NAME` or `context.NAME`";
      case HTTP ->
          "`$request.header.NAME`, `$request.querystring.NAME`, `$stageVariables.NAME` or"
              + " `$context.NAME`";
      case WEBSOCKET ->
          "`route.request.header.NAME`, `route.request.querystring.NAME`,"
              + " `stageVariables.NAME` or `context.NAME`";
    };
  }

  private static Pattern pattern(Protocol protocol) {
    return switch (protocol) {
      case REST -> REST;
      case HTTP -> HTTP;
      case WEBSOCKET -> WEBSOCKET;
    };
  }
}
