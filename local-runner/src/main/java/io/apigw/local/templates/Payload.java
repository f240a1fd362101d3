package io.apigw.local.templates;

import java.nio.charset.StandardCharsets;

/**
 * A body that templates and mapping expressions read: the method request's for request templates,
 * the integration response's for response templates. Parsed as JSON at most once, when first read.
 */
final class Payload {
  private final String text;
  private Object document;

  Payload(byte[] body) {
    // An empty body reads as {} (LocalStack snapshot test_apigateway_common
    // test_input_body_formatting: `$input.body` of an empty request is `{}`).
    this.text = body == null || body.length == 0 ? "{}" : new String(body, StandardCharsets.UTF_8);
  }

  String text() {
    return text;
  }

  /** The parsed body, or {@link Json#MISSING} when it is not JSON. */
  synchronized Object document() {
    if (document == null) {
      document = Json.parse(text);
    }
    return document;
  }

  /** The value at a JSONPath, or {@link Json#MISSING}. */
  Object read(String path) {
    return JsonPaths.read(document(), path);
  }
}
