package io.apigw.local.gateway;

/**
 * API Gateway's gateway response types with their default status codes
 * (supported-gateway-response-types.md). A type with no status of its own falls back to DEFAULT_4XX
 * or DEFAULT_5XX when the API customises those.
 */
public enum GatewayResponseType {
  ACCESS_DENIED(403),
  API_CONFIGURATION_ERROR(500),
  AUTHORIZER_CONFIGURATION_ERROR(500),
  AUTHORIZER_FAILURE(500),
  BAD_REQUEST_PARAMETERS(400),
  BAD_REQUEST_BODY(400),
  DEFAULT_4XX(0),
  DEFAULT_5XX(0),
  EXPIRED_TOKEN(403),
  INTEGRATION_FAILURE(504),
  INTEGRATION_TIMEOUT(504),
  INVALID_API_KEY(403),
  INVALID_SIGNATURE(403),
  MISSING_AUTHENTICATION_TOKEN(403),
  QUOTA_EXCEEDED(429),
  REQUEST_TOO_LARGE(413),
  RESOURCE_NOT_FOUND(404),
  THROTTLED(429),
  UNAUTHORIZED(401),
  UNSUPPORTED_MEDIA_TYPE(415),
  WAF_FILTERED(403);

  private final int defaultStatus;

  GatewayResponseType(int defaultStatus) {
    this.defaultStatus = defaultStatus;
  }

  /** The default status, or 0 for DEFAULT_4XX and DEFAULT_5XX, which have none. */
  public int defaultStatus() {
    return defaultStatus;
  }
}
