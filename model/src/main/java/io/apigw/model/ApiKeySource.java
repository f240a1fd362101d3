package io.apigw.model;

/** Where a REST API reads the API key from: the {@code x-api-key} header or a Lambda authorizer. */
public enum ApiKeySource {
  HEADER,
  AUTHORIZER
}
