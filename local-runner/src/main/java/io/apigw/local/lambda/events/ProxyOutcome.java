package io.apigw.local.lambda.events;

import io.apigw.local.http.Response;
import java.util.Objects;

/**
 * What API Gateway makes of a Lambda function's output behind a proxy integration: the response to
 * send, or a malformed output, which the gateway answers with its own error (REST: 502 {@code
 * {"message": "Internal server error"}}; HTTP APIs: 500 {@code {"message":"Internal Server
 * Error"}}).
 */
public sealed interface ProxyOutcome {
  /** The function's output made a response. */
  record Ok(Response response) implements ProxyOutcome {
    public Ok {
      Objects.requireNonNull(response, "response");
    }
  }

  /**
   * The output was not a response API Gateway accepts.
   *
   * @param reason why, for the log ({@code $context.integrationErrorMessage}), never for the client
   */
  record Malformed(String reason) implements ProxyOutcome {
    public Malformed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
