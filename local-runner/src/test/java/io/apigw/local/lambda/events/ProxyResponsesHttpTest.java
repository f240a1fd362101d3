package io.apigw.local.lambda.events;

import static io.apigw.local.lambda.events.Fixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.local.http.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HTTP API: a Lambda function's output to the response, payload formats 1.0 and 2.0. Source unless
 * a test says otherwise: http-api-develop-integrations-lambda.md ("Lambda function response
 * format").
 */
class ProxyResponsesHttpTest {
  static Response ok(ProxyOutcome outcome) {
    assertThat(outcome).isInstanceOf(ProxyOutcome.Ok.class);
    return ((ProxyOutcome.Ok) outcome).response();
  }

  // ---- payload format 1.0: the REST output format, validated the same way

  @Test
  void v1_status_headers_multi_value_headers_and_body() {
    Response response =
        ok(
            ProxyResponses.httpV1(
                bytes(
                    "{\"statusCode\": \"201\", \"headers\": {\"x-a\": \"solo\"},"
                        + " \"multiValueHeaders\": {\"X-A\": [\"multi\"]}, \"body\": \"hi\"}")));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.headers().all("x-a")).containsExactly("multi", "solo");
    assertThat(response.bodyText()).isEqualTo("hi");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unexpected field           | {"statusCode": 200, "wrongValue": "value"}
          multi value not a list     | {"statusCode": 200, "multiValueHeaders": {"a": "b"}}
          status not a number        | {"statusCode": "test"}
          a bare string              | "justAString"
          not JSON                   | oops
          """)
  void v1_outputs_outside_the_format_are_malformed(String what, String output) {
    // The 1.0 response is the REST output format; the REST cases of
    // test_apigateway_lambda.py::test_aws_proxy_response_payload_format_validation.
    // http-api-troubleshooting-lambda.md: the API answers {"message":"Internal Server Error"}.
    assertThat(ProxyResponses.httpV1(bytes(output)))
        .as(what)
        .isInstanceOf(ProxyOutcome.Malformed.class);
  }

  @Test
  void v1_a_base64_body_is_decoded() {
    // HTTP APIs have no binary media types: isBase64Encoded alone decides
    // (ministackorg/ministack#766, verified against AWS).
    Response response =
        ok(ProxyResponses.httpV1(bytes("{\"body\": \"iVBORw==\", \"isBase64Encoded\": true}")));

    assertThat(response.body()).containsExactly(0x89, 'P', 'N', 'G');
  }

  // ---- payload format 2.0

  @Test
  void v2_a_string_is_the_body_of_a_200_json_response() {
    // The inference table: "Hello from Lambda!" -> statusCode 200, body "Hello from Lambda!",
    // content-type application/json, isBase64Encoded false.
    Response response = ok(ProxyResponses.httpV2(bytes("\"Hello from Lambda!\"")));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyText()).isEqualTo("Hello from Lambda!");
    assertThat(response.headers().entries())
        .containsExactly(java.util.Map.entry("content-type", "application/json"));
  }

  @Test
  void v2_an_object_without_status_code_is_the_body_as_returned() {
    // The inference table: { "message": "Hello from Lambda!" } -> body
    // "{ \"message\": \"Hello from Lambda!\" }".
    String output = "{ \"message\": \"Hello from Lambda!\" }";

    Response response = ok(ProxyResponses.httpV2(bytes(output)));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyText()).isEqualTo(output);
    assertThat(response.headers().all("content-type")).containsExactly("application/json");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a number                        | 42
          a list                          | [1, 2]
          true                            | true
          body and headers but no status  | {"body": "x", "headers": {"a": "b"}}
          """)
  void v2_any_valid_json_without_status_code_is_inferred(String what, String output) {
    // "if your Lambda function returns valid JSON and doesn't return a statusCode": the output is
    // the body of a 200 application/json response.
    Response response = ok(ProxyResponses.httpV2(bytes(output)));

    assertThat(response.status()).as(what).isEqualTo(200);
    assertThat(response.bodyText()).as(what).isEqualTo(output);
    assertThat(response.headers().all("content-type")).containsExactly("application/json");
  }

  @Test
  void v2_a_customized_response_with_cookies_becomes_set_cookie_headers() {
    // The customized 2.0 format; "In the response to the client, each cookie becomes a set-cookie
    // header."
    Response response =
        ok(
            ProxyResponses.httpV2(
                bytes(
                    """
                    {"cookies": ["cookie1=a; Path=/", "cookie2=b"], "isBase64Encoded": false,
                     "statusCode": 201, "headers": {"headername": "headervalue"},
                     "body": "Hello from Lambda!"}
                    """)));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.headers().all("set-cookie"))
        .containsExactly("cookie1=a; Path=/", "cookie2=b");
    assertThat(response.headers().all("headername")).containsExactly("headervalue");
    assertThat(response.headers().has("content-type")).isFalse();
    assertThat(response.bodyText()).isEqualTo("Hello from Lambda!");
  }

  @Test
  void v2_a_base64_body_is_decoded() {
    // ministackorg/ministack#766 (verified against AWS): HTTP APIs honour isBase64Encoded
    // unconditionally.
    Response response =
        ok(
            ProxyResponses.httpV2(
                bytes("{\"statusCode\": 200, \"body\": \"iVBORw==\", \"isBase64Encoded\": true}")));

    assertThat(response.body()).containsExactly(0x89, 'P', 'N', 'G');
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          not JSON                 | Hello from Lambda!
          empty                    | ''
          status not a number      | {"statusCode": "test"}
          cookies not a list       | {"statusCode": 200, "cookies": "a=1"}
          body an object           | {"statusCode": 200, "body": {"a": 1}}
          """)
  void v2_outputs_that_are_neither_json_nor_a_response_are_malformed(String what, String output) {
    // Inference needs "valid JSON"; with a statusCode the output must be the customized format.
    // http-api-troubleshooting-lambda.md: the API answers {"message":"Internal Server Error"}.
    assertThat(ProxyResponses.httpV2(bytes(output)))
        .as(what)
        .isInstanceOf(ProxyOutcome.Malformed.class);
  }
}
