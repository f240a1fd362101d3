package io.apigw.local.templates;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * {@code $util} (api-gateway-mapping-template-reference.md, "$util Variables"). Text is UTF-8. A
 * null argument gives the empty string. Public only because templates call it by reflection.
 */
public final class UtilVariable {
  static final UtilVariable INSTANCE = new UtilVariable();

  private UtilVariable() {}

  /**
   * Escapes with JavaScript string rules: {@code '} becomes {@code \'} (the reference warns that
   * this is not valid JSON), {@code "}, {@code \} and {@code /} are backslash-escaped, control
   * characters become {@code \n}, {@code \t}, ... or {@code \}{@code u00XX}, and every character
   * beyond ASCII becomes {@code \}{@code uXXXX} (upper-case hex), as commons-lang's {@code
   * StringEscapeUtils.escapeJavaScript} has it.
   */
  public String escapeJavaScript(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7f) {
        out.append("\\u").append(hex4(c));
      } else if (c < 32) {
        switch (c) {
          case '\b' -> out.append("\\b");
          case '\n' -> out.append("\\n");
          case '\t' -> out.append("\\t");
          case '\f' -> out.append("\\f");
          case '\r' -> out.append("\\r");
          default -> out.append("\\u").append(hex4(c));
        }
      } else {
        switch (c) {
          case '\'' -> out.append("\\'");
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '/' -> out.append("\\/");
          default -> out.append(c);
        }
      }
    }
    return out.toString();
  }

  private static String hex4(char c) {
    String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
    return "0000".substring(hex.length()) + hex;
  }

  /**
   * Takes stringified JSON and returns the object it stands for ({@link JsonObject}, {@link
   * JsonArray}, string, number, boolean, or null). Text that is not JSON fails the template.
   */
  public Object parseJson(Object json) {
    if (json == null) {
      return null;
    }
    Object value = Json.parse(json.toString());
    if (value == Json.MISSING) {
      throw new IllegalArgumentException("$util.parseJson: the argument is not JSON");
    }
    return value;
  }

  /** Converts a string into {@code application/x-www-form-urlencoded} format. */
  public String urlEncode(Object value) {
    return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
  }

  /**
   * Decodes an {@code application/x-www-form-urlencoded} string; a bad escape fails the template.
   */
  public String urlDecode(Object value) {
    return value == null ? "" : URLDecoder.decode(value.toString(), StandardCharsets.UTF_8);
  }

  /** Encodes the data (its UTF-8 bytes) into a base64-encoded string. */
  public String base64Encode(Object value) {
    return value == null
        ? ""
        : Base64.getEncoder().encodeToString(value.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Decodes the data from a base64-encoded string, read as UTF-8; bad base64 fails the template.
   */
  public String base64Decode(Object value) {
    return value == null
        ? ""
        : new String(Base64.getDecoder().decode(value.toString().trim()), StandardCharsets.UTF_8);
  }
}
