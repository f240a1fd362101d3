package io.apigw.local.templates;

import io.apigw.local.http.Headers;
import io.apigw.local.http.Response;
import io.apigw.local.lambda.InvokeResult;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a non-proxy integration answered, before API Gateway maps it to a method response
 * (api-gateway-integration-settings-integration-response.md).
 *
 * @param status the integration response's status: the backend's for HTTP and AWS service
 *     integrations, the one the request template named for mocks, 200 for Lambda
 * @param headers the backend's headers ({@code integration.response.header.X})
 * @param body the payload ({@code $input.body} of response templates)
 * @param lambdaError for a Lambda custom integration whose function failed: its {@code
 *     errorMessage} ("" when it has none); null otherwise
 */
public record IntegrationResult(int status, Headers headers, byte[] body, String lambdaError) {
  public IntegrationResult {
    headers = headers == null ? Headers.empty() : headers;
    body = body == null ? new byte[0] : body;
  }

  /** An HTTP (or AWS service) backend's answer: selection patterns match its status code. */
  public static IntegrationResult http(Response response) {
    return new IntegrationResult(response.status(), response.headers(), response.body(), null);
  }

  /** A mock's answer: the status its request template named, no headers, no body. */
  public static IntegrationResult mock(int status) {
    return new IntegrationResult(status, Headers.empty(), new byte[0], null);
  }

  /**
   * A Lambda custom integration's answer (handle-errors-in-lambda-integration.md): the function's
   * result as a 200, or its error document ({@code {"errorMessage": ..., "errorType": ...}}) whose
   * {@code errorMessage} the selection patterns match. A timeout or a crash is an error of the
   * function, as Lambda reports them. {@link InvokeResult.Outcome#NOT_FOUND} is the gateway's own
   * error to answer, not an integration response.
   *
   * @throws IllegalArgumentException for {@link InvokeResult.Outcome#NOT_FOUND}
   */
  public static IntegrationResult lambda(InvokeResult result) {
    Objects.requireNonNull(result, "result");
    switch (result.outcome()) {
      case OK -> {
        return new IntegrationResult(200, Headers.empty(), result.payload(), null);
      }
      case FUNCTION_ERROR, TIMEOUT, CRASHED -> {
        byte[] body = result.payload();
        String message = result.errorMessage();
        if (body.length == 0) {
          Map<String, Object> error = new LinkedHashMap<>();
          error.put("errorMessage", message);
          error.put("errorType", result.errorType());
          body = Json.write(error).getBytes(StandardCharsets.UTF_8);
        }
        if (message == null) {
          Object document = Json.parse(new String(body, StandardCharsets.UTF_8));
          Object field = document instanceof Map<?, ?> map ? map.get("errorMessage") : null;
          message = field == null ? "" : field.toString();
        }
        return new IntegrationResult(200, Headers.empty(), body, message);
      }
      default -> throw new IllegalArgumentException("no integration response for " + result);
    }
  }

  /**
   * What selection patterns are matched against: the Lambda {@code errorMessage} (the empty string
   * for a successful invocation, which only patterns such as {@code .*} match), else the status
   * code.
   */
  public String selector(boolean lambdaIntegration) {
    if (lambdaIntegration) {
      return lambdaError == null ? "" : lambdaError;
    }
    return Integer.toString(status);
  }

  public boolean isLambdaError() {
    return lambdaError != null;
  }
}
