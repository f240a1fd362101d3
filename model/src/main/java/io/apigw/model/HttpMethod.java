package io.apigw.model;

import java.util.Locale;
import java.util.Optional;

/** The methods a route can have; {@link #ANY} matches every method. */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  PATCH,
  DELETE,
  HEAD,
  OPTIONS,
  ANY;

  /**
   * The method named by {@code text}, case-insensitively ({@code x-amazon-apigateway-any-method}
   * too).
   */
  public static Optional<HttpMethod> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String upper = text.trim().toUpperCase(Locale.ROOT);
    if (upper.equals("X-AMAZON-APIGATEWAY-ANY-METHOD") || upper.equals("*")) {
      return Optional.of(ANY);
    }
    for (HttpMethod method : values()) {
      if (method.name().equals(upper)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }
}
