package io.apigw.local.gateway;

import io.apigw.local.http.Headers;
import io.apigw.local.http.Response;
import io.apigw.model.Protocol;

/**
 * The one place where the gateway's own errors become HTTP responses, so that customised gateway
 * responses can later replace them in one place too.
 */
public final class GatewayErrors {
  private final Protocol protocol;

  public GatewayErrors(Protocol protocol) {
    this.protocol = protocol;
  }

  public Response render(GatewayError error) {
    Headers.Builder headers = Headers.builder().add("Content-Type", "application/json");
    String message = error.message(protocol);
    String body;
    if (protocol == Protocol.REST) {
      if (error.errorType() != null) {
        headers.add("x-amzn-ErrorType", error.errorType());
      }
      body = "{\"message\": \"" + message + "\"}";
    } else {
      body = "{\"message\":\"" + message + "\"}";
    }
    return Response.of(error.status(protocol), headers.build(), body);
  }
}
