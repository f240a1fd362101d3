package io.apigw.local.http;

import java.util.Objects;

/**
 * An HTTP request as the local gateway received it; the HTTP layer knows nothing of API Gateway.
 *
 * @param method the method, upper-case as sent
 * @param path the path as sent, still percent-encoded, without the query
 * @param rawQuery the query string as sent, without {@code ?}; empty when there is none
 * @param headers the header fields
 * @param body the body; empty, never null
 * @param remoteAddress the client's IP address
 * @param protocol {@code HTTP/1.1}, {@code HTTP/2.0} ...
 * @param receivedAtMillis when the request arrived, epoch milliseconds
 */
public record Request(
    String method,
    String path,
    String rawQuery,
    Headers headers,
    byte[] body,
    String remoteAddress,
    String protocol,
    long receivedAtMillis) {
  public Request {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    rawQuery = rawQuery == null ? "" : rawQuery;
    headers = headers == null ? Headers.empty() : headers;
    body = body == null ? new byte[0] : body;
  }
}
