package io.apigw.model;

import java.util.List;

/**
 * CORS settings. For an HTTP API this is its CORS configuration, which API Gateway answers
 * preflight requests from; for a REST API, generators and the local gateway realise it as OPTIONS
 * methods, as SAM's {@code Cors} property does.
 */
public record Cors(
    SourceRange source,
    List<String> allowOrigins,
    List<String> allowMethods,
    List<String> allowHeaders,
    List<String> exposeHeaders,
    Boolean allowCredentials,
    Integer maxAgeSeconds) {
  public Cors {
    source = SourceRange.orNone(source);
    allowOrigins = Copy.list(allowOrigins);
    allowMethods = Copy.list(allowMethods);
    allowHeaders = Copy.list(allowHeaders);
    exposeHeaders = Copy.list(exposeHeaders);
  }
}
