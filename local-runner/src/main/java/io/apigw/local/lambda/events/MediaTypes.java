package io.apigw.local.lambda.events;

import java.util.List;
import java.util.Locale;

/** Media-type tests API Gateway applies to bodies: binary media types and HTTP APIs' text types. */
final class MediaTypes {
  private MediaTypes() {}

  /** The media type without parameters, lower-cased; null when absent or blank. */
  static String essence(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    return type.isEmpty() ? null : type.toLowerCase(Locale.ROOT);
  }

  /** The first media type of an {@code Accept} header, the only one API Gateway honours. */
  static String firstAccepted(String accept) {
    if (accept == null) {
      return null;
    }
    int comma = accept.indexOf(',');
    return essence(comma < 0 ? accept : accept.substring(0, comma));
  }

  /**
   * Whether {@code mediaType} (as in a header) is one of {@code binaryMediaTypes}, whose entries
   * may use {@code *} as a wildcard ({@code image/*}, {@code *}{@code /*}). An absent media type
   * matches only {@code *}{@code /*}.
   */
  static boolean isBinary(String mediaType, List<String> binaryMediaTypes) {
    String type = essence(mediaType);
    for (String entry : binaryMediaTypes) {
      // The API Gateway API escapes '/' as '~1' (JSON Pointer); OpenAPI does not.
      String pattern = essence(entry.replace("~1", "/"));
      if (pattern == null) {
        continue;
      }
      if (type == null ? pattern.equals("*/*") : glob(pattern, type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * HTTP APIs have no binary media types: they pass a request body as text only for {@code text/*},
   * {@code application/json}, {@code application/xml} and {@code application/javascript}, and
   * base64-encode every other body, one without a {@code Content-Type} included.
   */
  static boolean isHttpApiText(String contentType) {
    String type = essence(contentType);
    return type != null
        && (type.startsWith("text/")
            || type.equals("application/json")
            || type.equals("application/xml")
            || type.equals("application/javascript"));
  }

  private static boolean glob(String pattern, String text) {
    int star = pattern.indexOf('*');
    if (star < 0) {
      return pattern.equals(text);
    }
    String head = pattern.substring(0, star);
    if (!text.startsWith(head)) {
      return false;
    }
    String rest = pattern.substring(star + 1);
    for (int from = head.length(); from <= text.length(); from++) {
      if (glob(rest, text.substring(from))) {
        return true;
      }
    }
    return false;
  }
}
