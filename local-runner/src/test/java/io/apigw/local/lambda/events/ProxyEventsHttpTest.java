package io.apigw.local.lambda.events;

import static io.apigw.local.lambda.events.Fixtures.TIME;
import static io.apigw.local.lambda.events.Fixtures.assertGolden;
import static io.apigw.local.lambda.events.Fixtures.get;
import static io.apigw.local.lambda.events.Fixtures.http;
import static io.apigw.local.lambda.events.Fixtures.json;
import static io.apigw.local.lambda.events.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.local.http.Headers;
import io.apigw.local.http.Request;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HTTP API Lambda proxy events, payload formats 1.0 and 2.0. Source unless a test says otherwise:
 * http-api-develop-integrations-lambda.md ("Payload format version").
 */
class ProxyEventsHttpTest {
  private static Request representative() {
    return Fixtures.request(
        "POST",
        "/pets/42",
        "color=red&color=blue&q=a+b",
        Headers.of(
            "Host", "abc123defg.execute-api.us-east-1.amazonaws.com",
            "User-Agent", "curl/8.4.0",
            "Accept", "*/*",
            "Content-Type", "application/json",
            "Content-Length", "12",
            "X-Multi", "1",
            "X-Multi", "2",
            "Cookie", "a=1; b=2",
            "Cookie", "c=3"),
        "{\"name\":\"x\"}");
  }

  @Test
  void golden_v1_event() {
    JsonNode event =
        ProxyEvents.httpV1(representative(), http(Map.of("id", "42"), Map.of("env", "dev")));

    assertGolden("http-v1.json", event);
  }

  @Test
  void golden_v2_event() {
    JsonNode event =
        ProxyEvents.httpV2(representative(), http(Map.of("id", "42"), Map.of("env", "dev")));

    assertGolden("http-v2.json", event);
  }

  @Test
  void v1_carries_version_resource_and_an_identity_with_cognitoAmr() {
    // A recorded HTTP API 1.0 event (spring-cloud-function, CustomRuntimeEventLoopTest API_EVENT):
    // "version": "1.0", identity with "cognitoAmr": null, no "authorizer" without an authorizer,
    // null query string parameters, path and stage variables.
    JsonNode event = ProxyEvents.httpV1(get("/question", ""), http());

    assertThat(event.get("version").asText()).isEqualTo("1.0");
    assertThat(event.at("/requestContext/identity").has("cognitoAmr")).isTrue();
    assertThat(event.get("requestContext").has("authorizer")).isFalse();
    assertThat(event.get("queryStringParameters").isNull()).isTrue();
    assertThat(event.get("multiValueQueryStringParameters").isNull()).isTrue();
    assertThat(event.get("pathParameters").isNull()).isTrue();
    assertThat(event.get("stageVariables").isNull()).isTrue();
    assertThat(event.get("body").isNull()).isTrue();
  }

  @Test
  void v1_headers_and_query_have_single_and_multi_value_forms() {
    // The 1.0 example: "header2": "value2" beside "header2": ["value1", "value2"].
    JsonNode event =
        ProxyEvents.httpV1(
            get(
                "/p",
                "parameter1=value1&parameter1=value2",
                "header2",
                "value1",
                "header2",
                "value2"),
            http());

    assertThat(event.at("/headers/header2").asText()).isEqualTo("value2");
    assertThat(event.at("/multiValueHeaders/header2")).isEqualTo(json("[\"value1\", \"value2\"]"));
    assertThat(event.at("/multiValueQueryStringParameters/parameter1"))
        .isEqualTo(json("[\"value1\", \"value2\"]"));
  }

  @Test
  void v2_lower_cases_header_names_and_joins_repeated_headers_with_commas() {
    // "Header names are lowercased." "Duplicate headers are combined with commas".
    JsonNode event =
        ProxyEvents.httpV2(
            get("/p", "", "Header1", "value1", "Header2", "value1", "header2", "value2"), http());

    assertThat(event.get("headers"))
        .isEqualTo(json("{\"header1\": \"value1\", \"header2\": \"value1,value2\"}"));
  }

  @Test
  void v2_joins_repeated_query_parameters_with_commas_and_keeps_the_raw_query() {
    // "Duplicate query strings are combined with commas"; the example's rawQueryString.
    String raw = "parameter1=value1&parameter1=value2&parameter2=value";
    JsonNode event = ProxyEvents.httpV2(get("/my/path", raw), http());

    assertThat(event.get("rawQueryString").asText()).isEqualTo(raw);
    assertThat(event.get("queryStringParameters"))
        .isEqualTo(json("{\"parameter1\": \"value1,value2\", \"parameter2\": \"value\"}"));
  }

  @Test
  void v2_moves_cookies_out_of_the_headers() {
    // "All cookie headers in the request are combined ... and added to the cookies field."
    JsonNode event =
        ProxyEvents.httpV2(
            get("/p", "", "Cookie", "cookie1=a; cookie2=b", "cookie", "c=3"), http());

    assertThat(event.get("cookies")).isEqualTo(json("[\"cookie1=a\", \"cookie2=b\", \"c=3\"]"));
    assertThat(event.get("headers").has("cookie")).isFalse();
  }

  @Test
  void v2_leaves_out_what_the_request_does_not_have() {
    // A recorded 2.0 event without query, body, cookies, path parameters or stage variables
    // (aws/aws-lambda-go events/testdata/apigw-v2-request-no-authorizer.json) has none of those
    // keys, an empty rawQueryString, isBase64Encoded false, and no "authorizer".
    JsonNode event = ProxyEvents.httpV2(get("/", "", "accept", "*/*"), http());

    for (String field :
        List.of("cookies", "queryStringParameters", "body", "pathParameters", "stageVariables")) {
      assertThat(event.has(field)).as(field).isFalse();
    }
    assertThat(event.get("rawQueryString").asText()).isEmpty();
    assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();
    assertThat(event.get("requestContext").has("authorizer")).isFalse();
  }

  @Test
  void v2_request_context_has_the_http_object_and_the_time() {
    JsonNode rc = ProxyEvents.httpV2(get("/my/path", ""), http()).get("requestContext");

    assertThat(rc.get("http"))
        .isEqualTo(
            json(
                """
                {"method": "GET", "path": "/my/path", "protocol": "HTTP/1.1",
                 "sourceIp": "192.0.2.1", "userAgent": "curl/8.4.0"}
                """));
    assertThat(rc.get("routeKey").asText()).isEqualTo("POST /pets/{id}");
    assertThat(rc.get("time").asText()).isEqualTo("04/Mar/2020:19:15:17 +0000");
    assertThat(rc.get("timeEpoch").asLong()).isEqualTo(TIME);
  }

  @Test
  void v2_passes_the_authorizer_through() {
    // The 2.0 example: "authorizer": {"jwt": {"claims": ..., "scopes": ...}}.
    var base = http();
    var context =
        new io.apigw.local.gateway.RequestContext(
            base.requestId(),
            base.extendedRequestId(),
            base.apiId(),
            base.accountId(),
            base.stage(),
            base.stageVariables(),
            base.resourcePath(),
            base.resourceId(),
            base.routeKey(),
            base.pathParameters(),
            base.domainName(),
            base.domainPrefix(),
            base.requestTimeEpochMillis(),
            base.protocol(),
            base.sourceIp(),
            base.userAgent(),
            Map.of("jwt", Map.of("claims", Map.of("sub", "u1"), "scopes", List.of("read"))));

    JsonNode rc = ProxyEvents.httpV2(get("/p", ""), context).get("requestContext");

    assertThat(rc.get("authorizer"))
        .isEqualTo(json("{\"jwt\": {\"claims\": {\"sub\": \"u1\"}, \"scopes\": [\"read\"]}}"));
  }

  @ParameterizedTest(name = "{0} -> base64 {1}")
  @CsvSource({
    "text/plain, false",
    "text/html; charset=utf-8, false",
    "application/json, false",
    "application/xml, false",
    "application/javascript, false",
    "application/octet-stream, true",
    "image/png, true",
    "application/x-www-form-urlencoded, true",
    "'', true",
  })
  void http_apis_base64_encode_every_body_but_text_ones(String contentType, boolean base64) {
    // The guide does not list the text types; ministackorg/ministack#766 records the split against
    // AWS (HTTP API, payload 2.0): text only for text/*, application/json, application/xml and
    // application/javascript; everything else, a missing Content-Type and form data included, is
    // base64-encoded. HTTP APIs have no binary media types, so 1.0 follows the same rule.
    byte[] body = "a=1&b=2".getBytes(StandardCharsets.UTF_8);
    Request request =
        contentType.isEmpty() ? post("/p", body) : post("/p", body, "Content-Type", contentType);

    for (JsonNode event :
        List.of(ProxyEvents.httpV2(request, http()), ProxyEvents.httpV1(request, http()))) {
      assertThat(event.get("isBase64Encoded").asBoolean()).isEqualTo(base64);
      assertThat(event.get("body").asText()).isEqualTo(base64 ? "YT0xJmI9Mg==" : "a=1&b=2");
    }
  }
}
