package io.apigw.local.templates;

import io.apigw.model.Integration;
import io.apigw.model.PassthroughBehavior;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which mapping template applies (request-response-data-mappings.md, "Select a VTL mapping
 * template", and integration-passthrough-behaviors.md). Only the MIME type of {@code Content-Type}
 * and {@code Accept} counts: {@code application/json; charset=UTF-8} selects {@code
 * application/json}; types compare ignoring case.
 */
public final class TemplateSelection {
  /**
   * The content type API Gateway assumes when a request has no {@code Content-Type} or {@code
   * Accept}.
   */
  public static final String DEFAULT_CONTENT_TYPE = "application/json";

  private TemplateSelection() {}

  /** What to do with a method request's body. */
  public sealed interface RequestChoice {}

  /** Transform the body with this template (keyed by {@code contentType}). */
  public record UseTemplate(String contentType, String template) implements RequestChoice {}

  /** Send the body to the integration as it came. */
  public record PassThrough() implements RequestChoice {}

  /** Refuse the request with 415 Unsupported Media Type. */
  public record Unsupported(String contentType) implements RequestChoice {}

  /**
   * The request template for a {@code Content-Type} header value (null when the request has none:
   * then {@code application/json}). Without a template for it, {@code WHEN_NO_MATCH} (the default)
   * passes the body through, {@code WHEN_NO_TEMPLATES} passes it through only when the integration
   * has no template at all, and {@code NEVER} refuses it with 415 (integration-passthrough-
   * behaviors.md, examples 1 and 2).
   */
  public static RequestChoice forRequest(Integration integration, String contentTypeHeader) {
    String type = mimeType(contentTypeHeader);
    if (type == null) {
      type = DEFAULT_CONTENT_TYPE;
    }
    Map<String, String> templates = integration.requestTemplates();
    Optional<Map.Entry<String, String>> match = find(templates, type);
    if (match.isPresent()) {
      return new UseTemplate(match.get().getKey(), match.get().getValue());
    }
    PassthroughBehavior behavior =
        integration.passthroughBehavior() == null
            ? PassthroughBehavior.WHEN_NO_MATCH
            : integration.passthroughBehavior();
    return switch (behavior) {
      case WHEN_NO_MATCH -> new PassThrough();
      case WHEN_NO_TEMPLATES -> templates.isEmpty() ? new PassThrough() : new Unsupported(type);
      case NEVER -> new Unsupported(type);
    };
  }

  /**
   * The response template for the method request's {@code Accept} header value, as the key (content
   * type) and the template; empty when there are no templates (the payload then passes through
   * unmapped). The {@code Accept} value is taken as one MIME type when it names one, else each of
   * its types is tried in order. Without {@code Accept} the {@code application/json} template is
   * used; when nothing matches, the first template.
   */
  public static Optional<Map.Entry<String, String>> forResponse(
      Map<String, String> templates, String acceptHeader) {
    if (templates.isEmpty()) {
      return Optional.empty();
    }
    String accept = acceptHeader == null || acceptHeader.isBlank() ? null : acceptHeader;
    if (accept == null) {
      accept = DEFAULT_CONTENT_TYPE;
    }
    for (String range : accept.split(",")) {
      String type = mimeType(range);
      if (type != null) {
        Optional<Map.Entry<String, String>> match = find(templates, type);
        if (match.isPresent()) {
          return match;
        }
      }
    }
    return Optional.of(templates.entrySet().iterator().next());
  }

  /** The MIME type of a header value, lower-case, without parameters; null when there is none. */
  static String mimeType(String headerValue) {
    if (headerValue == null) {
      return null;
    }
    int semicolon = headerValue.indexOf(';');
    String type = (semicolon < 0 ? headerValue : headerValue.substring(0, semicolon)).trim();
    return type.isEmpty() ? null : type.toLowerCase(Locale.ROOT);
  }

  private static Optional<Map.Entry<String, String>> find(
      Map<String, String> templates, String type) {
    for (Map.Entry<String, String> entry : templates.entrySet()) {
      if (entry.getKey().trim().equalsIgnoreCase(type)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }
}
