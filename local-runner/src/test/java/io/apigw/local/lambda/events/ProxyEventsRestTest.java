package io.apigw.local.lambda.events;

import static io.apigw.local.lambda.events.Fixtures.TIME;
import static io.apigw.local.lambda.events.Fixtures.assertGolden;
import static io.apigw.local.lambda.events.Fixtures.get;
import static io.apigw.local.lambda.events.Fixtures.json;
import static io.apigw.local.lambda.events.Fixtures.post;
import static io.apigw.local.lambda.events.Fixtures.rest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.local.gateway.RequestContext;
import io.apigw.local.http.Headers;
import io.apigw.local.http.Request;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * REST API Lambda proxy events. Sources: set-up-lambda-proxy-integrations.md ("Input format"),
 * LocalStack's recordings of AWS in test_apigateway_lambda.snapshot.json and
 * test_apigateway_integrations.snapshot.json (keys named in each test).
 */
class ProxyEventsRestTest {
  private static final String SNAPSHOT =
      "test_apigateway_lambda.py::test_lambda_aws_proxy_integration";

  @Test
  void golden_event_for_a_post_with_headers_query_path_parameters_and_stage_variables() {
    Request request =
        Fixtures.request(
            "POST",
            "/test/pets/42",
            "color=red&color=blue&q=a+b",
            Headers.of(
                "Host", "abc123defg.execute-api.us-east-1.amazonaws.com",
                "User-Agent", "curl/8.4.0",
                "Accept", "*/*",
                "Content-Type", "application/json",
                "Content-Length", "13",
                "X-Multi", "1",
                "X-Multi", "2",
                "authorization", "Bearer abc"),
            "{\"name\":\"x\"}");
    RequestContext context = rest(Map.of("id", "42"), Map.of("env", "dev"));

    ObjectNode event = ProxyEvents.restV1(request, context, List.of());

    assertGolden("rest-v1.json", event);
  }

  @Test
  void path_drops_the_stage_and_leading_slashes_but_requestContext_path_keeps_the_stage() {
    // SNAPSHOT invocation-payload-with-prepended-slash: GET /stage//proxy-value
    JsonNode prepended = ProxyEvents.restV1(get("/test//proxy-value", ""), rest(), List.of());
    assertThat(prepended.get("path").asText()).isEqualTo("/proxy-value");
    assertThat(prepended.at("/requestContext/path").asText()).isEqualTo("/test//proxy-value");

    // SNAPSHOT invocation-payload-with-prepended-slash-to-stage: GET //stage/proxy-value
    JsonNode toStage = ProxyEvents.restV1(get("//test/proxy-value", ""), rest(), List.of());
    assertThat(toStage.get("path").asText()).isEqualTo("/proxy-value");
    assertThat(toStage.at("/requestContext/path").asText()).isEqualTo("/test/proxy-value");
  }

  @Test
  void path_keeps_trailing_and_inner_double_slashes_and_percent_encoding() {
    // SNAPSHOT invocation-payload-with-trailing-slash, -with-double-slash, -with-path-encoded-email
    assertThat(ProxyEvents.restV1(get("/test/proxy-value/", ""), rest(), List.of()).get("path"))
        .isEqualTo(json("\"/proxy-value/\""));
    assertThat(ProxyEvents.restV1(get("/test/a//b", ""), rest(), List.of()).get("path"))
        .isEqualTo(json("\"/a//b\""));
    assertThat(
            ProxyEvents.restV1(get("/test/u/test%2Balias@x.com/test+alias", ""), rest(), List.of())
                .get("path"))
        .isEqualTo(json("\"/u/test%2Balias@x.com/test+alias\""));
  }

  @Test
  void the_stage_root_is_slash() {
    assertThat(ProxyEvents.restV1(get("/test", ""), rest(), List.of()).get("path").asText())
        .isEqualTo("/");
  }

  @Test
  void headers_keep_their_case_and_multi_value_headers_hold_every_value_headers_the_last() {
    // SNAPSHOT invocation-payload-without-trailing-slash: "tEsT-HEADeR": "aValUE" kept as sent;
    // set-up-lambda-proxy-integrations.md example: header2 "value2", multi ["value1", "value2"].
    JsonNode event =
        ProxyEvents.restV1(
            get("/test/p", "", "tEsT-HEADeR", "aValUE", "header2", "value1", "header2", "value2"),
            rest(),
            List.of());

    assertThat(event.get("headers"))
        .isEqualTo(json("{\"tEsT-HEADeR\": \"aValUE\", \"header2\": \"value2\"}"));
    assertThat(event.get("multiValueHeaders"))
        .isEqualTo(json("{\"tEsT-HEADeR\": [\"aValUE\"], \"header2\": [\"value1\", \"value2\"]}"));
  }

  @Test
  void header_names_are_case_sensitive() {
    // api-gateway-known-issues.md: "Header names and query parameters are processed in a
    // case-sensitive way".
    JsonNode event =
        ProxyEvents.restV1(get("/test/p", "", "X-A", "1", "x-a", "2"), rest(), List.of());

    assertThat(event.get("multiValueHeaders"))
        .isEqualTo(json("{\"X-A\": [\"1\"], \"x-a\": [\"2\"]}"));
  }

  @Test
  void the_authorization_header_is_spelled_Authorization() {
    // SNAPSHOT: sent "authorization" and "aUThorization", the events show "Authorization".
    JsonNode event =
        ProxyEvents.restV1(get("/test/p", "", "aUThorization", "Bearer t"), rest(), List.of());

    assertThat(event.get("headers")).isEqualTo(json("{\"Authorization\": \"Bearer t\"}"));
  }

  @Test
  void hop_by_hop_and_some_other_request_headers_are_dropped() {
    // test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::
    // test_apigateway_header_remapping_aws[AWS_PROXY] no-param-integration: of the headers sent,
    // these never reach the function; Content-Length is missing from every recorded POST event
    // (SNAPSHOT invocation-payload-with-params-encoding-multi).
    String[] dropped = {
      "Connection", "close",
      "Content-Length", "27",
      "Content-MD5", "request_Content-MD5",
      "Expect", "100-continue",
      "Max-Forwards", "2",
      "Proxy-Authenticate", "Basic",
      "Server", "https://example.com/",
      "TE", "deflate",
      "Trailer", "Expires",
      "Transfer-Encoding", "chunked",
      "Upgrade", "HTTP/2.0",
      "WWW-Authenticate", "Basic YWxhZGRpbjpvcGVuc2VzYW1l",
      "Accept-Charset", "UTF-8",
      "Age", "request_Age",
      "Pragma", "cache",
      "Range", "bytes=500-999",
      "Warn", "299 localStack/0.0",
    };
    JsonNode event = ProxyEvents.restV1(get("/test/p", "", dropped), rest(), List.of());

    assertThat(event.get("headers"))
        .isEqualTo(
            json(
                "{\"Accept-Charset\": \"UTF-8\", \"Age\": \"request_Age\", \"Pragma\": \"cache\","
                    + " \"Range\": \"bytes=500-999\", \"Warn\": \"299 localStack/0.0\"}"));
  }

  @Test
  void query_parameters_are_decoded_and_the_last_value_wins_in_queryStringParameters() {
    // SNAPSHOT invocation-payload-with-params-encoding: "+" is a space, %2B a plus;
    // invocation-payload-with-params-encoding-multi: category=electronics&category=books gives
    // "books".
    JsonNode event =
        ProxyEvents.restV1(
            get(
                "/test/p",
                "email=test%2Balias@gmail.com&plus=test+alias@gmail.com&url=https://www.google.com/"
                    + "&category=electronics&category=books"),
            rest(),
            List.of());

    assertThat(event.get("queryStringParameters"))
        .isEqualTo(
            json(
                "{\"email\": \"test+alias@gmail.com\", \"plus\": \"test alias@gmail.com\","
                    + " \"url\": \"https://www.google.com/\", \"category\": \"books\"}"));
    assertThat(event.get("multiValueQueryStringParameters").get("category"))
        .isEqualTo(json("[\"electronics\", \"books\"]"));
  }

  @Test
  void a_semicolon_splits_the_query_string() {
    // api-gateway-known-issues.md: ";" "is not supported for any request URL query string and
    // results in the data being split".
    JsonNode event = ProxyEvents.restV1(get("/test/p", "a=1;b=2"), rest(), List.of());

    assertThat(event.get("queryStringParameters")).isEqualTo(json("{\"a\": \"1\", \"b\": \"2\"}"));
  }

  @Test
  void absent_query_path_parameters_stage_variables_and_body_are_null() {
    // SNAPSHOT invocation-hardcoded: pathParameters, queryStringParameters,
    // multiValueQueryStringParameters, stageVariables and body are null.
    JsonNode event = ProxyEvents.restV1(get("/test/hardcoded", ""), rest(), List.of());

    for (String field :
        List.of(
            "queryStringParameters",
            "multiValueQueryStringParameters",
            "pathParameters",
            "stageVariables",
            "body")) {
      assertThat(event.get(field)).as(field).isNotNull();
      assertThat(event.get(field).isNull()).as(field).isTrue();
    }
    assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();
  }

  @Test
  void request_context_without_authorizer_has_no_authorizer_and_a_null_identity() {
    // SNAPSHOT invocation-payload-without-trailing-slash: requestContext has no "authorizer";
    // identity holds nulls except sourceIp and userAgent.
    JsonNode context =
        ProxyEvents.restV1(get("/test/p", ""), rest(), List.of()).get("requestContext");

    assertThat(context.has("authorizer")).isFalse();
    assertThat(context.get("identity"))
        .isEqualTo(
            json(
                """
                {"accessKey": null, "accountId": null, "caller": null,
                 "cognitoAuthenticationProvider": null, "cognitoAuthenticationType": null,
                 "cognitoIdentityId": null, "cognitoIdentityPoolId": null, "principalOrgId": null,
                 "sourceIp": "192.0.2.1", "user": null, "userAgent": "curl/8.4.0", "userArn": null}
                """));
  }

  @Test
  void an_authorizer_and_an_api_key_appear_in_the_request_context() {
    // set-up-lambda-proxy-integrations.md: a Lambda authorizer adds $context.authorizer.principalId
    // and the other $context.authorizer.* properties; api-gateway-mapping-template-reference.md:
    // $context.identity.apiKey and apiKeyId for methods that require an API key.
    RequestContext base = rest();
    RequestContext context =
        new RequestContext(
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
            Map.of("principalId", "user-1", "tenant", "t1"),
            base.deploymentId(),
            "key-value",
            "key-id");

    JsonNode rc = ProxyEvents.restV1(get("/test/p", ""), context, List.of()).get("requestContext");

    assertThat(rc.get("authorizer"))
        .isEqualTo(json("{\"principalId\": \"user-1\", \"tenant\": \"t1\"}"));
    assertThat(rc.at("/identity/apiKey").asText()).isEqualTo("key-value");
    assertThat(rc.at("/identity/apiKeyId").asText()).isEqualTo("key-id");
  }

  @Test
  void request_time_is_formatted_as_aws_does() {
    // set-up-lambda-proxy-integrations.md: "requestTime": "04/Mar/2020:19:15:17 +0000",
    // "requestTimeEpoch": 1583349317135
    JsonNode rc = ProxyEvents.restV1(get("/test/p", ""), rest(), List.of()).get("requestContext");

    assertThat(rc.get("requestTime").asText()).isEqualTo("04/Mar/2020:19:15:17 +0000");
    assertThat(rc.get("requestTimeEpoch").asLong()).isEqualTo(TIME);
  }

  @ParameterizedTest(name = "{0} with binaryMediaTypes [{1}] -> base64 {2}")
  @CsvSource({
    "image/png, image/png, true",
    "image/png, image/*, true",
    "image/png, */*, true",
    "application/json, */*, true",
    "application/json;charset=utf-8, application/json, true",
    "IMAGE/PNG, image/png, true",
    "image/png, image~1png, true",
    "image/png, image/jpeg, false",
    "image/png, '', false",
    "text/plain, image/*, false",
  })
  void a_body_whose_content_type_is_a_binary_media_type_is_base64_encoded(
      String contentType, String binaryMediaTypes, boolean base64) {
    // api-gateway-payload-encodings.md: binaryMediaTypes with "*" wildcards, "*/*" includes all;
    // api-gateway-payload-encodings-workflow.md: a Content-Type matching binaryMediaTypes passes
    // the body as binary, which a proxy event carries base64-encoded with isBase64Encoded.
    byte[] body = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
    List<String> types = binaryMediaTypes.isEmpty() ? List.of() : List.of(binaryMediaTypes);

    JsonNode event =
        ProxyEvents.restV1(post("/test/p", body, "Content-Type", contentType), rest(), types);

    assertThat(event.get("isBase64Encoded").asBoolean()).isEqualTo(base64);
    if (base64) {
      assertThat(event.get("body").asText()).isEqualTo("iVBORwD/");
    } else {
      assertThat(event.get("body").asText()).isEqualTo(new String(body, StandardCharsets.UTF_8));
    }
  }

  @Test
  void a_text_body_is_passed_as_text() {
    // SNAPSHOT invocation-payload-with-params-encoding-multi: a JSON body, isBase64Encoded false.
    JsonNode event =
        ProxyEvents.restV1(
            post(
                "/test/p",
                Fixtures.bytes("{\"message\": \"hello world\"}"),
                "Content-Type",
                "application/json;charset=utf-8"),
            rest(),
            List.of("image/png"));

    assertThat(event.get("body").asText()).isEqualTo("{\"message\": \"hello world\"}");
    assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();
  }
}
