package io.apigw.local.gateway;

import io.apigw.model.Protocol;

/**
 * Every error the local gateway answers itself, with what API Gateway answers for it. REST APIs
 * answer {@code {"message": "..."}} with an {@code x-amzn-ErrorType} header and let gateway
 * responses customise it; HTTP APIs answer {@code {"message":"..."}} and cannot be customised.
 *
 * <p>Sources: the REST bodies and error types of routing misses and Lambda/HTTP integration
 * failures are LocalStack's recordings of AWS (test_apigateway_common {@code
 * test_routing_not_found}, test_apigateway_lambda {@code
 * test_aws_proxy_response_payload_format_validation}, test_apigateway_integrations {@code
 * test_apigateway_header_remapping_http}); the HTTP API's {@code Not Found} and {@code Internal
 * Server Error} are in http-api-develop-routes.md and http-api-troubleshooting-lambda.md; the
 * status codes of the types are in supported-gateway-response-types.md. The timeout and too-large
 * bodies are what API Gateway is widely reported to send; the developer guide does not spell them
 * out.
 */
public enum GatewayError {
  /** No route (REST: no resource, or no method on it). */
  NO_ROUTE(
      GatewayResponseType.MISSING_AUTHENTICATION_TOKEN,
      403,
      "Missing Authentication Token",
      "MissingAuthenticationTokenException",
      404,
      "Not Found"),
  /** The body is over API Gateway's payload limit (10 MB). */
  PAYLOAD_TOO_LARGE(
      GatewayResponseType.REQUEST_TOO_LARGE,
      413,
      "Request Too Long",
      "RequestTooLongException",
      413,
      "Request Entity Too Large"),
  /** The integration did not answer within its timeout. */
  INTEGRATION_TIMEOUT(
      GatewayResponseType.INTEGRATION_TIMEOUT,
      504,
      "Endpoint request timed out",
      null,
      503,
      "Service Unavailable"),
  /** The integration could not be reached or failed before answering. */
  INTEGRATION_FAILURE(
      GatewayResponseType.DEFAULT_5XX,
      500,
      "Internal server error",
      "InternalServerErrorException",
      500,
      "Internal Server Error"),
  /** A Lambda proxy integration's function failed, or answered in a shape API Gateway rejects. */
  LAMBDA_PROXY_FAILURE(
      GatewayResponseType.DEFAULT_5XX,
      502,
      "Internal server error",
      "InternalServerErrorException",
      500,
      "Internal Server Error"),
  /**
   * No request template fits the request's content type and the passthrough behaviour refuses it
   * (integration-passthrough-behaviors.md).
   */
  UNSUPPORTED_MEDIA_TYPE(
      GatewayResponseType.UNSUPPORTED_MEDIA_TYPE,
      415,
      "Unsupported Media Type",
      "UnsupportedMediaTypeException",
      415,
      "Unsupported Media Type"),
  /**
   * A route that requires an API key got none, or one that no enabled key of a usage plan of the
   * stage has. API Gateway answers 403 {@code {"message":"Forbidden"}}.
   */
  INVALID_API_KEY(
      GatewayResponseType.INVALID_API_KEY,
      403,
      "Forbidden",
      "ForbiddenException",
      403,
      "Forbidden"),
  /**
   * The route's authorizer (Lambda, Cognito, JWT) or IAM authorization cannot be run locally yet:
   * the route fails closed, as API Gateway does when it cannot reach an authorizer.
   */
  AUTHORIZER_NOT_RUN(
      GatewayResponseType.AUTHORIZER_CONFIGURATION_ERROR,
      500,
      "Internal server error",
      "AuthorizerConfigurationException",
      500,
      "Internal Server Error"),
  /** The route's configuration cannot work (no integration, a function that is not there). */
  CONFIGURATION_ERROR(
      GatewayResponseType.API_CONFIGURATION_ERROR,
      500,
      "Internal server error",
      "InternalServerErrorException",
      500,
      "Internal Server Error");

  private final GatewayResponseType type;
  private final int restStatus;
  private final String restMessage;
  private final String restErrorType;
  private final int httpStatus;
  private final String httpMessage;

  GatewayError(
      GatewayResponseType type,
      int restStatus,
      String restMessage,
      String restErrorType,
      int httpStatus,
      String httpMessage) {
    this.type = type;
    this.restStatus = restStatus;
    this.restMessage = restMessage;
    this.restErrorType = restErrorType;
    this.httpStatus = httpStatus;
    this.httpMessage = httpMessage;
  }

  public GatewayResponseType type() {
    return type;
  }

  public int status(Protocol protocol) {
    return protocol == Protocol.REST ? restStatus : httpStatus;
  }

  public String message(Protocol protocol) {
    return protocol == Protocol.REST ? restMessage : httpMessage;
  }

  /** The {@code x-amzn-ErrorType} of REST APIs, or null when API Gateway sends none. */
  public String errorType() {
    return restErrorType;
  }
}
