package io.apigw.local.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MockStatusTest {
  @Test
  void aTemplateOverSeveralLinesNamesItsStatus() {
    assertThat(MockStatus.of("\n  {\n    \"statusCode\": 404\n  }\n")).isEqualTo(404);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      nullValues = "none",
      value = {
        // how-to-mock-integration.md
        "{\"statusCode\": 200}|200",
        "{\"statusCode\": 500}|500",
        // LocalStack snapshot test_apigateway_integrations test_integration_mock_with_path_param
        "{statusCode: 200}|200",
        "{\"statusCode\": \"201\"}|201",
        "{'statusCode': 418, }|418",
        // none named: the default response is used (how-to-mock-integration.md)
        "{}|200",
        "|200",
        "none|200",
      })
  void statusComesFromTheRenderedRequestTemplate(String rendered, int expected) {
    assertThat(MockStatus.of(rendered)).isEqualTo(expected);
  }
}
