package io.apigw.local.lambda.events;

import static io.apigw.local.lambda.events.Fixtures.bytes;
import static io.apigw.local.lambda.events.Fixtures.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.local.http.Request;
import io.apigw.local.http.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * REST API: a Lambda function's output to the response. Sources:
 * set-up-lambda-proxy-integrations.md ("Output format"), and LocalStack's recording of AWS {@value
 * #SNAPSHOT} in test_apigateway_lambda.snapshot.json, whose function returns the JSON the test
 * posts.
 */
class ProxyResponsesRestTest {
  static final String SNAPSHOT =
      "test_apigateway_lambda.py::test_aws_proxy_response_payload_format_validation";

  /** The snapshot's client: python requests, which sends {@code Accept: *}{@code /*}. */
  private static final Request CLIENT = get("/test/p", "", "Accept", "*/*");

  static ProxyOutcome rest(String output) {
    return ProxyResponses.restV1(bytes(output), CLIENT, List.of());
  }

  static Response ok(ProxyOutcome outcome) {
    assertThat(outcome).isInstanceOf(ProxyOutcome.Ok.class);
    return ((ProxyOutcome.Ok) outcome).response();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          invoke-api-no-body            | {"statusCode": 200}                                | 200 | ''
          invoke-api-with-headers-null  | {"statusCode": 200, "headers": null}               | 200 | ''
          invoke-api-b64-encoded-true   | {"statusCode": 200, "body": "dGVzdC1kYXRh", "isBase64Encoded": true} | 200 | dGVzdC1kYXRh
          invoke-api-b64-encoded-false  | {"statusCode": 200, "body": "dGVzdC1kYXRh"}        | 200 | dGVzdC1kYXRh
          invoke-api-status-code-str    | {"statusCode": "201"}                              | 201 | ''
          invoke-api-only-headers       | {"headers": {"test-header": "value"}}              | 200 | ''
          """)
  void snapshot_cases_that_make_a_response(String key, String output, int status, String body) {
    // SNAPSHOT: each key's recorded status and content. Without binary media types a base64 body
    // reaches the client as the base64 text, isBase64Encoded or not.
    Response response = ok(rest(output));

    assertThat(response.status()).as(key).isEqualTo(status);
    assertThat(response.bodyText()).as(key).isEqualTo(body);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          invoke-api-wrong-format          | {"statusCode": 200, "wrongValue": "value"}
          invoke-api-multi-headers-invalid | {"statusCode": 200, "multiValueHeaders": {"test-multi-invalid": "value1"}}
          invoke-api-invalid-status-code   | {"statusCode": "test"}
          invoke-api-just-string           | "justAString"
          """)
  void snapshot_cases_that_are_malformed(String key, String output) {
    // SNAPSHOT: each key recorded 502 {"message": "Internal server error"}.
    assertThat(rest(output)).as(key).isInstanceOf(ProxyOutcome.Malformed.class);
  }

  @Test
  void snapshot_empty_response_is_a_function_error_and_an_empty_object_is_an_empty_200() {
    // SNAPSHOT invoke-api-empty-response: the test posts no body, so its function fails on
    // json.loads(None) and the 502 comes from the function error, not from the output's format.
    // test_apigateway_lambda.py::test_lambda_aws_proxy_response_format (validated against AWS):
    // a function returning {} gives 200 with an empty body.
    Response response = ok(rest("{}"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void snapshot_with_headers_stringifies_values_and_adds_content_type() {
    // SNAPSHOT invoke-api-with-headers: "header-bool": true arrives as "true", and the response
    // has Content-Type: application/json; api-gateway-known-issues.md: "API Gateway includes a
    // Content-Type header for all integration responses. By default, the content type is
    // application/json."
    Response response =
        ok(
            rest(
                "{\"statusCode\": 200, \"headers\": {\"test-header\": \"value\", \"header-bool\": true}}"));

    assertThat(response.headers().all("test-header")).containsExactly("value");
    assertThat(response.headers().all("header-bool")).containsExactly("true");
    assertThat(response.headers().all("Content-Type")).containsExactly("application/json");
  }

  @Test
  void the_functions_content_type_is_kept() {
    Response response =
        ok(rest("{\"statusCode\": 200, \"headers\": {\"content-type\": \"text/html\"}}"));

    assertThat(response.headers().all("Content-Type")).containsExactly("text/html");
  }

  @Test
  void snapshot_multi_value_headers_send_every_value() {
    // SNAPSHOT invoke-api-multi-headers-valid: the client reads "test-multi": "value1, value2"
    // (python requests joins repeated fields with ", ").
    Response response =
        ok(
            rest(
                "{\"statusCode\": 200, \"multiValueHeaders\": {\"test-multi\": [\"value1\", \"value2\"]}}"));

    assertThat(response.headers().all("test-multi")).containsExactly("value1", "value2");
  }

  @Test
  void snapshot_headers_and_multi_value_headers_merge_multi_first() {
    // SNAPSHOT invoke-api-multi-headers-overwrite: "test-multi": "value-multi, value-solo".
    Response response =
        ok(
            rest(
                "{\"statusCode\": 200, \"multiValueHeaders\": {\"test-multi\": [\"value-multi\"]},"
                    + " \"headers\": {\"test-multi\": \"value-solo\"}}"));

    assertThat(response.headers().all("test-multi")).containsExactly("value-multi", "value-solo");
  }

  @Test
  void snapshot_merge_ignores_case_and_keeps_the_multi_value_spelling() {
    // SNAPSHOT invoke-api-multi-headers-overwrite-casing: "tesT-Multi": "value-multi, value-solo".
    Response response =
        ok(
            rest(
                "{\"statusCode\": 200, \"multiValueHeaders\": {\"tesT-Multi\": [\"value-multi\"]},"
                    + " \"headers\": {\"test-multi\": \"value-solo\"}}"));

    assertThat(response.headers().entries())
        .filteredOn(e -> e.getKey().equalsIgnoreCase("test-multi"))
        .containsExactly(
            Map.entry("tesT-Multi", "value-multi"), Map.entry("tesT-Multi", "value-solo"));
  }

  @Test
  void a_pair_in_both_headers_and_multi_value_headers_is_sent_once() {
    // set-up-lambda-proxy-integrations.md: "If the same key-value pair is specified in both, only
    // the values from multiValueHeaders will appear in the merged list."
    Response response =
        ok(
            rest(
                "{\"multiValueHeaders\": {\"X-A\": [\"1\", \"2\"]}, \"headers\": {\"X-A\": \"1\"}}"));

    assertThat(response.headers().all("X-A")).containsExactly("1", "2");
  }

  @Test
  void reserved_response_headers_are_remapped_and_transfer_encoding_dropped() {
    // test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::
    // test_apigateway_header_remapping_aws[AWS] full-integration response-headers, and the
    // header table of api-gateway-known-issues.md ("Remapped": x-amzn-Remapped-<name>).
    String output =
        """
        {"statusCode": 200, "headers": {
          "Authorization": "a", "Connection": "b", "Content-Length": "c", "Content-MD5": "d",
          "Date": "e", "Expect": "f", "Host": "g", "Max-Forwards": "h", "Proxy-Authenticate": "i",
          "Server": "j", "Trailer": "k", "Upgrade": "l", "User-Agent": "m", "WWW-Authenticate": "n",
          "Transfer-Encoding": "chunked",
          "Accept": "o", "Age": "p", "Content-Encoding": "q", "Pragma": "r", "Range": "s",
          "Referer": "t", "TE": "u", "Via": "v", "Warn": "w", "Content-Type": "x"}}
        """;

    Response response = ok(rest(output));

    assertThat(response.headers().names())
        .containsExactly(
            "x-amzn-Remapped-Authorization",
            "x-amzn-Remapped-Connection",
            "x-amzn-Remapped-Content-Length",
            "x-amzn-Remapped-Content-MD5",
            "x-amzn-Remapped-Date",
            "x-amzn-Remapped-Expect",
            "x-amzn-Remapped-Host",
            "x-amzn-Remapped-Max-Forwards",
            "x-amzn-Remapped-Proxy-Authenticate",
            "x-amzn-Remapped-Server",
            "x-amzn-Remapped-Trailer",
            "x-amzn-Remapped-Upgrade",
            "x-amzn-Remapped-User-Agent",
            "x-amzn-Remapped-WWW-Authenticate",
            "Accept",
            "Age",
            "Content-Encoding",
            "Pragma",
            "Range",
            "Referer",
            "TE",
            "Via",
            "Warn",
            "Content-Type");
  }

  @Test
  void a_body_that_is_an_object_is_malformed() {
    // dherault/serverless-offline#469: a response "body attribute being an object ... is a server
    // error on aws (expects string)"; set-up-lambda-proxy-integrations.md: "body": "...".
    assertThat(rest("{\"statusCode\": 200, \"body\": {\"a\": 1}}"))
        .isInstanceOf(ProxyOutcome.Malformed.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          empty output     | ''
          not JSON         | <html>
          trailing garbage | {"statusCode": 200} x
          JSON null        | null
          a list           | [1]
          headers a list   | {"headers": ["a"]}
          header object    | {"headers": {"a": {"b": 1}}}
          status 99        | {"statusCode": 99}
          status 600       | {"statusCode": 600}
          status 200.5     | {"statusCode": 200.5}
          status boolean   | {"statusCode": true}
          base64 flag text | {"isBase64Encoded": "yes"}
          """)
  void other_outputs_that_are_not_a_response_are_malformed(String what, String output) {
    // set-up-lambda-proxy-integrations.md: "If the function output is of a different format, API
    // Gateway returns a 502 Bad Gateway error response." (The status range is this gateway's: an
    // HTTP status has three digits.)
    assertThat(rest(output)).as(what).isInstanceOf(ProxyOutcome.Malformed.class);
  }

  @ParameterizedTest(name = "Accept {0}, binaryMediaTypes [{1}] -> decoded {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          image/png                        | image/png | true
          image/png                        | image/*   | true
          image/webp,image/*,*/*;q=0.8     | image/*   | true
          text/html,image/png              | image/png | false
          */*                              | image/png | false
          */*                              | */*       | true
          image/png                        | ''        | false
          ''                               | image/png | false
          ''                               | */*       | true
          """)
  void a_base64_body_is_decoded_when_the_first_accepted_type_is_binary(
      String accept, String binaryMediaTypes, boolean decoded) {
    // api-gateway-payload-encodings.md and lambda-proxy-binary-media.md: base64-encode the
    // function's response and configure binaryMediaTypes; "API Gateway uses the first Accept
    // header from clients to determine if a response should return binary media"; "*/*" covers
    // all. api-gateway-payload-encodings-workflow.md: binary data to "A text type" (no match) is
    // a "Base64-encoded string".
    Request request = accept.isEmpty() ? get("/test/p", "") : get("/test/p", "", "Accept", accept);
    List<String> types = binaryMediaTypes.isEmpty() ? List.of() : List.of(binaryMediaTypes);

    Response response =
        ok(
            ProxyResponses.restV1(
                bytes(
                    "{\"statusCode\": 200, \"headers\": {\"Content-Type\": \"image/png\"},"
                        + " \"body\": \"iVBORw==\", \"isBase64Encoded\": true}"),
                request,
                types));

    if (decoded) {
      assertThat(response.body()).containsExactly(0x89, 'P', 'N', 'G');
    } else {
      assertThat(response.bodyText()).isEqualTo("iVBORw==");
    }
  }

  @Test
  void a_text_body_is_sent_as_text_even_when_binary_media_types_cover_everything() {
    // lambda-proxy-binary-media.md: the example's text branch (no isBase64Encoded) with binary
    // media types "*/*" returns "<h1>This is text</h1>" to browsers.
    Response response =
        ok(
            ProxyResponses.restV1(
                bytes(
                    "{\"statusCode\": 200, \"headers\": {\"Content-type\": \"text/html\"},"
                        + " \"body\": \"<h1>This is text</h1>\"}"),
                get("/test/p", "", "Accept", "text/html"),
                List.of("*/*")));

    assertThat(response.bodyText()).isEqualTo("<h1>This is text</h1>");
  }
}
