package io.apigw.local.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.local.http.Headers;
import io.apigw.local.http.Response;
import io.apigw.local.lambda.InvokeResult;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * request-response-data-mappings.md, "Map method request data to integration request parameters".
 */
class ParameterMappingsTest {
  private static TemplateInput input() {
    return TemplateInput.of(
        Requests.request(
            "POST",
            "/dev/pets/42",
            "methodRequestQueryParam=a&methodRequestQueryParam=b&q=1",
            Headers.of(
                "methodRequestHeaderParam", "from-header",
                "Content-Type", "application/json",
                "X-Multi", "m1",
                "X-Multi", "m2"),
            "{\"petstore\": {\"pets\": [{\"name\": \"rex\", \"tags\": [\"a\"]}]}}"),
        Requests.context(Map.of("petId", "42")));
  }

  @Test
  void requestParametersMapFromEverySource() {
    // given the guide's two OpenAPI examples and one mapping of each other source
    Map<String, String> mappings = new LinkedHashMap<>();
    mappings.put(
        "integration.request.path.integrationPathParam",
        "method.request.header.methodRequestHeaderParam");
    mappings.put(
        "integration.request.querystring.integrationQueryParam",
        "method.request.multivaluequerystring.methodRequestQueryParam");
    mappings.put("integration.request.header.body-header", "method.request.body");
    mappings.put("integration.request.path.pet-name", "method.request.body.petstore.pets[0].name");
    mappings.put("integration.request.header.x-tags", "method.request.body.petstore.pets[0].tags");
    mappings.put("integration.request.path.id", "method.request.path.petId");
    mappings.put(
        "integration.request.querystring.last",
        "method.request.querystring.methodRequestQueryParam");
    mappings.put("integration.request.header.x-multi", "method.request.multivalueheader.X-Multi");
    mappings.put("integration.request.header.x-one", "method.request.header.x-multi");
    mappings.put("integration.request.header.x-static", "'static value'");
    mappings.put("integration.request.header.x-stage", "stageVariables.env");
    mappings.put("integration.request.header.x-request", "context.requestId");
    mappings.put("integration.request.header.x-ip", "context.identity.sourceIp");
    mappings.put("integration.request.header.x-missing", "method.request.header.nope");
    mappings.put("integration.request.header.x-missing-path", "method.request.body.nope.deeper");

    // when
    RequestParameterValues values = ParameterMappings.request(mappings, input(), Overrides.NONE);

    // then
    assertThat(values.paths())
        .containsExactly(
            Map.entry("integrationPathParam", "from-header"),
            Map.entry("pet-name", "rex"),
            Map.entry("id", "42"));
    assertThat(values.querystrings())
        .containsExactly(
            Map.entry("integrationQueryParam", List.of("a", "b")), Map.entry("last", List.of("b")));
    assertThat(values.headers())
        .containsEntry(
            "body-header",
            List.of("{\"petstore\": {\"pets\": [{\"name\": \"rex\", \"tags\": [\"a\"]}]}}"))
        .containsEntry("x-tags", List.of("[\"a\"]"))
        .containsEntry("x-multi", List.of("m1", "m2"))
        .containsEntry("x-one", List.of("m2"))
        .containsEntry("x-static", List.of("static value"))
        .containsEntry("x-stage", List.of("dev"))
        .containsEntry("x-request", List.of("req-1"))
        .containsEntry("x-ip", List.of("203.0.113.7"))
        .doesNotContainKeys("x-missing", "x-missing-path");
  }

  @Test
  void requestOverridesWinOverMappings() {
    // given apigateway-override-request-response-parameters.md: overrides apply "after standard
    // API Gateway mappings have been applied"
    Map<String, String> mappings =
        Map.of(
            "integration.request.header.Header1", "'mapped'",
            "integration.request.querystring.q", "method.request.querystring.q",
            "integration.request.path.id", "method.request.path.petId");
    Overrides overrides =
        new Overrides(
            Map.of(
                "header", Map.of("header1", "foo", "multivalueheader", List.of("foo", "bar")),
                "querystring", Map.of("q", "over"),
                "path", Map.of("id", "7")),
            Map.of());

    // when
    RequestParameterValues values = ParameterMappings.request(mappings, input(), overrides);

    // then
    assertThat(values.headers())
        .containsOnly(
            Map.entry("header1", List.of("foo")),
            Map.entry("multivalueheader", List.of("foo", "bar")));
    assertThat(values.querystrings()).containsOnly(Map.entry("q", List.of("over")));
    assertThat(values.paths()).containsOnly(Map.entry("id", "7"));
  }

  @Test
  void responseHeadersMapFromTheIntegrationResponse() {
    // given the guide's "Data mapping from integration response in OpenAPI" example
    Map<String, String> mappings = new LinkedHashMap<>();
    mappings.put("method.response.header.location", "integration.response.body.redirect.url");
    mappings.put("method.response.header.id", "integration.response.header.x-app-id");
    mappings.put("method.response.header.items", "integration.response.multivalueheader.item");
    mappings.put("method.response.header.raw", "integration.response.body");
    mappings.put("method.response.header.static", "'s'");
    mappings.put("method.response.header.stage", "stageVariables.env");
    mappings.put("method.response.header.request", "context.requestId");
    mappings.put("method.response.header.missing", "integration.response.body.nope");
    IntegrationResult result =
        IntegrationResult.http(
            Response.of(
                302,
                Headers.of("X-App-Id", "app-1", "item", "i1", "item", "i2"),
                "{\"redirect\": {\"url\": \"https://example.com/next\"}}"));

    // when
    Headers headers = ParameterMappings.responseHeaders(mappings, result, input());

    // then
    assertThat(headers.first("location")).isEqualTo("https://example.com/next");
    assertThat(headers.first("id")).isEqualTo("app-1");
    assertThat(headers.first("items")).isEqualTo("i1,i2");
    assertThat(headers.first("raw"))
        .isEqualTo("{\"redirect\": {\"url\": \"https://example.com/next\"}}");
    assertThat(headers.first("static")).isEqualTo("s");
    assertThat(headers.first("stage")).isEqualTo("dev");
    assertThat(headers.first("request")).isEqualTo("req-1");
    assertThat(headers.has("missing")).isFalse();
  }

  @Test
  void aLambdaCustomErrorIsReadIntoForHeaderMappings() {
    // given handle-errors-in-lambda-integration.md, "Handle custom Lambda errors in API Gateway"
    String error =
        "{\"errorMessage\": \"{\\\"errorType\\\":\\\"InternalServerError\\\",\\\"httpStatus\\\":500,"
            + "\\\"requestId\\\":\\\"e5849002-39a0-11e7-a419-5bb5807c9fb2\\\",\\\"trace\\\":{\\\"function\\\":"
            + "\\\"abc()\\\",\\\"line\\\":123,\\\"file\\\":\\\"abc.js\\\"}}\"}";
    IntegrationResult result =
        IntegrationResult.lambda(
            new InvokeResult(
                InvokeResult.Outcome.FUNCTION_ERROR,
                error.getBytes(StandardCharsets.UTF_8),
                null,
                null,
                1));
    Map<String, String> mappings =
        Map.of(
            "method.response.header.error_trace_function",
                "integration.response.body.errorMessage.trace.function",
            "method.response.header.error_status",
                "integration.response.body.errorMessage.httpStatus",
            "method.response.header.error_type", "integration.response.body.errorMessage.errorType",
            "method.response.header.error_trace", "integration.response.body.errorMessage.trace");

    // when
    Headers headers = ParameterMappings.responseHeaders(mappings, result, input());

    // then
    assertThat(headers.first("error_status")).isEqualTo("500");
    assertThat(headers.first("error_trace"))
        .isEqualTo("{\"function\":\"abc()\",\"line\":123,\"file\":\"abc.js\"}");
    assertThat(headers.first("error_trace_function")).isEqualTo("abc()");
    assertThat(headers.first("error_type")).isEqualTo("InternalServerError");
    // and the body itself is not deserialized ("does not apply to body-to-body mappings")
    assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(error);
    assertThat(result.selector(true)).startsWith("{\"errorType\":\"InternalServerError\"");
  }
}
