package io.apigw.openapi;

import io.apigw.model.Api;
import io.apigw.model.Diagnostic;
import io.apigw.model.Parsed;
import io.apigw.model.SourceDocument;
import io.apigw.model.SourceRange;
import io.apigw.model.dsl.Dsl;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way in for every command: reads a definition file and picks the reader by what the file
 * says, not only by its name, so a DSL file called {@code api.txt} or an OpenAPI file without an
 * extension still reads.
 */
public final class ApiFiles {
  /** What kind of definition a text is. */
  public enum Kind {
    DSL,
    OPENAPI,
    /** A SAM or CloudFormation template. */
    TEMPLATE,
    UNKNOWN
  }

  private static final Pattern DSL_START = Pattern.compile("^api\\s+\\S");
  private static final Pattern OPENAPI_KEY =
      Pattern.compile("^[\"']?(openapi|swagger)[\"']?\\s*:", Pattern.MULTILINE);
  private static final Pattern TEMPLATE_KEY =
      Pattern.compile(
          "^[\"']?(AWSTemplateFormatVersion|Resources|Transform)[\"']?\\s*:", Pattern.MULTILINE);
  private static final Pattern JSON_OPENAPI_KEY = Pattern.compile("\"(openapi|swagger)\"\\s*:");
  private static final Pattern JSON_TEMPLATE_KEY =
      Pattern.compile("\"(AWSTemplateFormatVersion|Resources|Transform)\"\\s*:");

  private ApiFiles() {}

  /**
   * A definition file as read: its name, its text (for printing source lines under diagnostics),
   * what kind it is and what the reader made of it.
   */
  public record Loaded(
      String fileName, String text, Kind kind, Parsed<Api> parsed, SourceDocument document) {
    public Loaded(String fileName, String text, Kind kind, Parsed<Api> parsed) {
      this(fileName, text, kind, parsed, null);
    }
  }

  /**
   * Reads a file as UTF-8 (malformed bytes are replaced and reported as a warning) with the reader
   * its content asks for.
   *
   * @throws IOException when the file cannot be read at all
   */
  public static Loaded load(Path file) throws IOException {
    return load(file, OpenApi.ReaderOptions.defaults());
  }

  /** As {@link #load(Path)}, reading OpenAPI with the given options. */
  public static Loaded load(Path file, OpenApi.ReaderOptions openApiOptions) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String name = file.toString();
    Decoded decoded = decode(bytes);
    Loaded loaded = of(name, decoded.text(), openApiOptions);
    Parsed<Api> parsed = loaded.parsed();
    if (decoded.malformed()) {
      List<Diagnostic> diagnostics = new ArrayList<>();
      diagnostics.add(
          Diagnostic.warning(
              "input.encoding",
              "the file is not valid UTF-8; malformed bytes were replaced",
              SourceRange.of(name, 1, 1)));
      diagnostics.addAll(parsed.diagnostics());
      parsed = Parsed.of(parsed.value(), diagnostics);
    }
    return new Loaded(name, decoded.text(), loaded.kind(), parsed, loaded.document());
  }

  /**
   * Reads a definition's text with the reader its content asks for, keeping the OpenAPI document
   * tree for lint.
   */
  public static Loaded of(String fileName, String text, OpenApi.ReaderOptions openApiOptions) {
    Kind kind = detect(fileName, text);
    if (kind == Kind.OPENAPI) {
      OpenApi.Read read = OpenApi.readWithDocument(openApiOptions, fileName, text);
      return new Loaded(fileName, text, kind, read.parsed(), read.document());
    }
    if (kind == Kind.TEMPLATE) {
      OpenApi.Read read = new TemplateReader(openApiOptions).readWithDocument(fileName, text);
      return new Loaded(fileName, text, kind, read.parsed(), read.document());
    }
    return new Loaded(fileName, text, kind, read(fileName, text, openApiOptions), null);
  }

  /** Reads {@code text} with the reader its content asks for. */
  public static Parsed<Api> read(String fileName, String text) {
    return read(fileName, text, OpenApi.ReaderOptions.defaults());
  }

  /** As {@link #read(String, String)}, reading OpenAPI with the given options. */
  public static Parsed<Api> read(
      String fileName, String text, OpenApi.ReaderOptions openApiOptions) {
    Kind kind = detect(fileName, text);
    return switch (kind) {
      case DSL -> Dsl.reader().read(fileName, text);
      case OPENAPI -> OpenApi.reader(openApiOptions).read(fileName, text);
      case TEMPLATE -> new TemplateReader(openApiOptions).read(fileName, text);
      case UNKNOWN ->
          Parsed.failed(
              List.of(
                  Diagnostic.error(
                      "input.unknown-kind",
                      "cannot tell what this file is: expected the apigw DSL (starting with `api"
                          + " NAME: rest|http|websocket`), or OpenAPI / Swagger (with an `openapi`"
                          + " or `swagger` key)",
                      SourceRange.of(fileName, 1, 1))));
    };
  }

  /** The reader a text needs, from its content first and its file name second. */
  public static Kind detect(String fileName, String text) {
    String head = text.length() > 65_536 ? text.substring(0, 65_536) : text;
    String first = firstSignificantLine(head);
    if (first != null) {
      if (DSL_START.matcher(first).find()) {
        return Kind.DSL;
      }
      if (first.startsWith("{")) {
        // A template's DefinitionBody holds "swagger" too: the key written first tells.
        Matcher openApi = JSON_OPENAPI_KEY.matcher(head);
        Matcher template = JSON_TEMPLATE_KEY.matcher(head);
        boolean isOpenApi = openApi.find();
        boolean isTemplate = template.find();
        if (isOpenApi && (!isTemplate || openApi.start() < template.start())) {
          return Kind.OPENAPI;
        }
        if (isTemplate) {
          return Kind.TEMPLATE;
        }
      } else {
        if (OPENAPI_KEY.matcher(head).find()) {
          return Kind.OPENAPI;
        }
        if (TEMPLATE_KEY.matcher(head).find()) {
          return Kind.TEMPLATE;
        }
      }
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".apigw")) {
      return Kind.DSL;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
      return Kind.OPENAPI;
    }
    return Kind.UNKNOWN;
  }

  /** The first line that is neither blank nor a comment, trimmed; null when there is none. */
  private static String firstSignificantLine(String text) {
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end).strip();
      if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("---")) {
        return line;
      }
      start = end + 1;
    }
    return null;
  }

  private record Decoded(String text, boolean malformed) {}

  private static Decoded decode(byte[] bytes) {
    int offset = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(buffer)
              .toString();
      return new Decoded(text, false);
    } catch (CharacterCodingException e) {
      return new Decoded(
          new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8), true);
    }
  }
}
