package io.apigw.model;

/**
 * The kinds of authorizer API Gateway runs before a route. IAM is an {@link Authorization}, not one
 * of these.
 */
public enum AuthorizerType {
  /** Lambda authorizer that receives one token from a header (REST). */
  TOKEN,
  /** Lambda authorizer that receives request parameters (REST, HTTP, WebSocket). */
  REQUEST,
  /** Amazon Cognito user pools (REST). */
  COGNITO_USER_POOLS,
  /** JWT authorizer with an issuer and audiences (HTTP). */
  JWT;

  public boolean isLambda() {
    return this == TOKEN || this == REQUEST;
  }
}
