package io.apigw.model;

/**
 * What a route is wired to. API Gateway's own integration type follows from the kind and the API's
 * protocol (see {@link #awsType(Protocol)}).
 */
public enum IntegrationKind {
  /** A Lambda function that receives the whole request (AWS_PROXY). */
  LAMBDA_PROXY,
  /** A Lambda function called through mapping templates (AWS). */
  LAMBDA,
  /** An HTTP backend that receives the request as it came (HTTP_PROXY). */
  HTTP_PROXY,
  /** An HTTP backend called through mapping templates (HTTP). */
  HTTP,
  /** An answer made by API Gateway itself (MOCK). */
  MOCK,
  /**
   * Another AWS service action, e.g. Step Functions StartExecution (AWS, or AWS_PROXY with a
   * subtype).
   */
  AWS_SERVICE;

  /** The integration type API Gateway calls this kind. */
  public String awsType(Protocol protocol) {
    return switch (this) {
      case LAMBDA_PROXY -> "AWS_PROXY";
      case LAMBDA -> "AWS";
      case HTTP_PROXY -> "HTTP_PROXY";
      case HTTP -> "HTTP";
      case MOCK -> "MOCK";
      case AWS_SERVICE -> protocol == Protocol.HTTP ? "AWS_PROXY" : "AWS";
    };
  }

  public boolean isLambda() {
    return this == LAMBDA_PROXY || this == LAMBDA;
  }

  public boolean isProxy() {
    return this == LAMBDA_PROXY || this == HTTP_PROXY;
  }
}
