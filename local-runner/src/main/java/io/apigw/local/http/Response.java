package io.apigw.local.http;

import java.nio.charset.StandardCharsets;

/** An HTTP response to send: status, header fields and body (never null). */
public record Response(int status, Headers headers, byte[] body) {
  public Response {
    headers = headers == null ? Headers.empty() : headers;
    body = body == null ? new byte[0] : body;
  }

  public static Response of(int status, Headers headers, String body) {
    return new Response(status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  public Response withHeaders(Headers replacement) {
    return new Response(status, replacement, body);
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
