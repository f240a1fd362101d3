package io.apigw.model;

import java.util.List;
import java.util.Objects;

/**
 * A custom domain name for the API.
 *
 * @param securityPolicy {@code TLS_1_0} or {@code TLS_1_2}; null for API Gateway's default
 * @param truststoreUri an S3 URI of a truststore for mutual TLS, or null
 */
public record CustomDomain(
    SourceRange source,
    String domainName,
    String certificateArn,
    EndpointType endpointType,
    String securityPolicy,
    String truststoreUri,
    List<BasePathMapping> mappings) {
  public CustomDomain {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(domainName, "domainName");
    mappings = Copy.list(mappings);
  }
}
