package io.apigw.model;

/**
 * TLS settings of an HTTP integration.
 *
 * @param insecureSkipVerification REST only: accept certificates from CAs API Gateway does not
 *     trust
 * @param serverNameToVerify HTTP API private integrations: the host name the certificate must have
 */
public record TlsConfig(
    SourceRange source, boolean insecureSkipVerification, String serverNameToVerify) {
  public TlsConfig {
    source = SourceRange.orNone(source);
  }
}
