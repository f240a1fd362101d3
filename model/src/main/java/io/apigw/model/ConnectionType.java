package io.apigw.model;

/** How API Gateway reaches an integration: over the internet or through a VPC link. */
public enum ConnectionType {
  INTERNET,
  VPC_LINK
}
