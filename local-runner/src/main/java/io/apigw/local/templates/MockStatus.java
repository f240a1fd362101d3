package io.apigw.local.templates;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The status a MOCK integration answers with: the {@code statusCode} its request template renders,
 * {@code {"statusCode": 200}} (api-gateway-mock-integration.md, how-to-mock-integration.md). API
 * Gateway reads it leniently: {@code {statusCode: 200}} is accepted (LocalStack snapshot
 * test_apigateway_integrations {@code test_integration_mock_with_path_param}).
 */
public final class MockStatus {
  private static final Pattern STATUS =
      Pattern.compile("[\"']?statusCode[\"']?\\s*:\\s*[\"']?\\s*(\\d{3})\\b");

  private MockStatus() {}

  /**
   * The status named by a mock's rendered request template (or its passed-through body); 200 when
   * it names none, so that a mock without a request template answers with its default integration
   * response (how-to-mock-integration.md).
   */
  public static int of(String renderedRequest) {
    if (renderedRequest == null) {
      return 200;
    }
    Object document = Json.parseLenient(renderedRequest);
    if (document instanceof Map<?, ?> map) {
      Integer status = Overrides.status(map.get("statusCode"));
      if (status != null) {
        return status;
      }
    }
    Matcher matcher = STATUS.matcher(renderedRequest);
    if (matcher.find()) {
      Integer status = Overrides.status(matcher.group(1));
      if (status != null) {
        return status;
      }
    }
    return 200;
  }
}
