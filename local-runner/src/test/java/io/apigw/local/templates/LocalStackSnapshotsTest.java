package io.apigw.local.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.local.http.Headers;
import io.apigw.local.http.Request;
import io.apigw.local.http.Response;
import io.apigw.local.lambda.InvokeResult;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.IntegrationResponse;
import io.apigw.model.PassthroughBehavior;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LocalStack's recordings of AWS API Gateway, replayed through the request and response mapping the
 * way a gateway calls it. Each test names its snapshot key in
 * shared/reference/localstack-aws-snapshots; the inputs are those of the LocalStack test of that
 * name (tests/aws/services/apigateway/*.py).
 */
class LocalStackSnapshotsTest {
  private final MappingTemplates templates = MappingTemplates.create();

  private static IntegrationResponse response(
      String pattern, String status, Map<String, String> templates) {
    return new IntegrationResponse(null, pattern, status, Map.of(), templates, null);
  }

  /** What a gateway does for a MOCK integration. */
  private Response mock(Integration integration, TemplateInput input) {
    IntegrationRequests.Outcome request = IntegrationRequests.map(integration, input, templates);
    assertThat(request).isInstanceOf(IntegrationRequests.Mapped.class);
    IntegrationRequests.Mapped mapped = (IntegrationRequests.Mapped) request;
    IntegrationResponses.Outcome outcome =
        IntegrationResponses.respond(
            integration.responses(),
            List.of(),
            IntegrationResult.mock(MockStatus.of(mapped.bodyText())),
            false,
            input.withOverrides(mapped.overrides()),
            templates);
    assertThat(outcome).isInstanceOf(IntegrationResponses.Mapped.class);
    return ((IntegrationResponses.Mapped) outcome).response();
  }

  /** What a gateway does for an HTTP (or Lambda) custom integration, the backend a function. */
  private Response call(
      Integration integration,
      TemplateInput input,
      boolean lambda,
      java.util.function.Function<byte[], IntegrationResult> backend) {
    IntegrationRequests.Mapped mapped =
        (IntegrationRequests.Mapped) IntegrationRequests.map(integration, input, templates);
    IntegrationResponses.Outcome outcome =
        IntegrationResponses.respond(
            integration.responses(),
            List.of(),
            backend.apply(mapped.body()),
            lambda,
            input.withOverrides(mapped.overrides()),
            templates);
    assertThat(outcome).isInstanceOf(IntegrationResponses.Mapped.class);
    return ((IntegrationResponses.Mapped) outcome).response();
  }

  private static TemplateInput get(String path, Map<String, String> pathParameters) {
    return TemplateInput.of(
        Requests.request("GET", path, "", Headers.empty(), null), Requests.context(pathParameters));
  }

  @ParameterizedTest
  @CsvSource({
    "path1, path was path one",
    "path2, path was path two",
    "whatever, this is the else clause"
  })
  void requestOverridesAreReadByTheResponseTemplate(String message, String expected) {
    // given test_integration_mock_with_request_overrides_in_response_template
    Integration integration =
        Integration.builder(IntegrationKind.MOCK)
            .requestTemplate(
                "application/json",
                """
                #set($body = $util.base64Decode($input.params('testPath')))
                #set($context.requestOverride.path.body = $body)
                {
                  "statusCode": 200
                }
                """)
            .response(
                response(
                    "2\\d{2}",
                    "200",
                    Map.of(
                        "application/json",
                        """
                        #set($body = $util.parseJson($context.requestOverride.path.body))
                        #set($inputBody = $body.message)
                        #if($inputBody == "path1")
                        {
                           "response": "path was path one"
                        }
                        #elseif($inputBody == "path2")
                        {
                           "response": "path was path two"
                        }
                        #else
                        {
                          "response": "this is the else clause"
                        }
                        #end
                        """)))
            .build();
    String path =
        Base64.getEncoder()
            .encodeToString(
                ("{\"message\": \"" + message + "\"}").getBytes(StandardCharsets.UTF_8));

    // when
    Response response = mock(integration, get("/dev/" + path, Map.of("testPath", path)));

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(Json.parse(response.bodyText())).isEqualTo(Map.of("response", expected));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void responseOverridesOfTheRequestTemplateApply(boolean withResponseTemplate) {
    // given test_integration_mock_with_response_override_in_request_template[True] and [False]
    Integration integration =
        Integration.builder(IntegrationKind.MOCK)
            .requestTemplate(
                "application/json",
                """
                #set($context.responseOverride.status = 444)
                #set($context.responseOverride.header.foo = "bar")
                #set($context.responseOverride.custom = "is also passed around")
                {
                  "statusCode": 200
                }
                """)
            .response(
                response(
                    "2\\d{2}",
                    "200",
                    withResponseTemplate
                        ? Map.of(
                            "application/json",
                            """
                            #set($statusOverride = $context.responseOverride.status)
                            #set($fooHeader = $context.responseOverride.header.foo)
                            #set($custom = $context.responseOverride.custom)
                            {
                                "statusOverride": "$statusOverride",
                                "fooHeader": "$fooHeader",
                                "custom": "$custom"
                            }
                            """)
                        : Map.of()))
            .build();

    // when
    Response response = mock(integration, get("/dev/", Map.of()));

    // then
    assertThat(response.status()).isEqualTo(444);
    assertThat(response.headers().first("foo")).isEqualTo("bar");
    if (withResponseTemplate) {
      assertThat(Json.parse(response.bodyText()))
          .isEqualTo(
              Map.of(
                  "custom", "is also passed around", "fooHeader", "bar", "statusOverride", "444"));
    } else {
      assertThat(response.body()).isEmpty();
    }
  }

  @Test
  void mapAssignmentsInTheRequestTemplateAreReadInTheResponseTemplate() {
    // given test_integration_mock_with_vtl_map_assignation
    Integration integration =
        Integration.builder(IntegrationKind.MOCK)
            .requestTemplate(
                "application/json",
                """
                #set($paramName = "foo")
                #set($context.requestOverride.querystring[$paramName] = "bar")
                #set($paramPutName = "putfoo")
                $context.requestOverride.querystring.put($paramPutName, "putBar")
                #set($context["requestOverride"].querystring["nestedfoo"] = "nestedFoo")
                {
                  "statusCode": 200
                }
                """)
            .response(
                response(
                    "2\\d{2}",
                    "200",
                    Map.of(
                        "application/json",
                        """
                        #set($value = $context.requestOverride.querystring["foo"])
                        #set($value2 = $context.requestOverride.querystring["putfoo"])
                        #set($value3 = $context.requestOverride.querystring["nestedfoo"])
                        {
                            "value": "$value",
                            "value2": "$value2",
                            "value3": "$value3"
                        }
                        """)))
            .build();

    // when
    Response response = mock(integration, get("/dev/", Map.of()));

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(Json.parse(response.bodyText()))
        .isEqualTo(Map.of("value", "bar", "value2", "putBar", "value3", "nestedFoo"));
  }

  @Test
  void aLenientMockTemplateAndNoResponseTemplateAnswerAnEmpty200() {
    // given test_integration_mock_with_path_param: `{statusCode: 200}` is no JSON, AWS takes it
    Integration integration =
        Integration.builder(IntegrationKind.MOCK)
            .passthroughBehavior(PassthroughBehavior.WHEN_NO_MATCH)
            .requestParameter(
                "integration.request.path.integrationPath", "method.request.path.testPath")
            .requestTemplate("application/json", "{statusCode: 200}")
            .response(response("2\\d{2}", "200", Map.of()))
            .build();

    // when
    Response response = mock(integration, get("/dev/test-path", Map.of("testPath", "test-path")));

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(PassthroughBehavior.class)
  void mockResponseTemplateReadsThePathParameter(PassthroughBehavior behavior) {
    // given TestIntegrations.test_mock_integration_response[*]: Content-Type application/json
    Integration integration =
        Integration.builder(IntegrationKind.MOCK)
            .passthroughBehavior(behavior)
            .requestTemplate("application/json", "{\"statusCode\":200}")
            .response(
                response(
                    "default",
                    "200",
                    Map.of(
                        "application/json",
                        "{\"statusCode\": 200, \"id\": $input.params().path.id}")))
            .build();
    TemplateInput input =
        TemplateInput.of(
            Requests.request(
                "POST", "/test/42", "", Headers.of("Content-Type", "application/json"), null),
            Requests.context(Map.of("id", "42")));

    // when
    Response response = mock(integration, input);

    // then
    assertThat(Json.parse(response.bodyText())).isEqualTo(Map.of("id", 42, "statusCode", 200));
  }

  @Test
  void mockEchoesAPathParameter() {
    // given TestAPIGateway.test_api_gateway_mock_integration (files/openapi-mock.json)
    Integration integration =
        Integration.builder(IntegrationKind.MOCK)
            .passthroughBehavior(PassthroughBehavior.WHEN_NO_TEMPLATES)
            .requestTemplate("application/json", "{\"statusCode\": 200}")
            .response(
                response(
                    "default",
                    "200",
                    Map.of(
                        "application/json",
                        "{\"echo\": \"$input.params('data')\", \"response\": \"mocked\"}")))
            .build();

    // when
    Response response = mock(integration, get("/test/echo/foobar", Map.of("data", "foobar")));

    // then
    assertThat(Json.parse(response.bodyText()))
        .isEqualTo(Map.of("echo", "foobar", "response", "mocked"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "dict-response|#set($result = $input.path(\"$.json\"))$result|{\"foo\": \"bar\"}|{foo=bar}",
        "json-list|#set($result = $input.path(\"$.json\"))$result|[{\"foo\": \"bar\"}]|[{\"foo\":\"bar\"}]",
        "nested-dict|#set($result = $input.path(\"$.json\"))$result.nested|{\"nested\": {\"foo\": \"bar\"}}|{foo=bar}",
        "nested-list|#set($result = $input.path(\"$.json\"))$result.nested|{\"nested\": [{\"foo\": \"bar\"}]}|[{\"foo\":\"bar\"}]",
        "dict-in-list|#set($result = $input.path(\"$.json\"))$result[0]|[{\"foo\": \"bar\"}]|{foo=bar}",
        "list-with-nested-list|#set($result = $input.path(\"$.json\"))$result[0]|[[{\"foo\": \"bar\"}]]|[{\"foo\":\"bar\"}]",
        "dict-with-nested-list|#set($result = $input.path(\"$.json\"))$result|{\"foo\": [{\"nested\": \"bar\"}]}|{foo=[{\"nested\":\"bar\"}]}",
        "bigger-dict|#set($result = $input.path(\"$.json\"))$result|{\"bigger\": \"dict\", \"to\": \"test\", \"with\": \"separators\"}|{bigger=dict, to=test, with=separators}",
        "to-string|#set($result = $input.path(\"$.json\"))$result.toString()|{\"foo\": \"bar\"}|{foo=bar}",
        "list-to-string|#set($result = $input.path(\"$.json\"))$result.toString()|{\"list\": [{\"foo\": \"bar\"}]}|{list=[{\"foo\":\"bar\"}]}",
      })
  void inputPathPrintsObjectsAsJavaMapsAndArraysAsJson(
      String key, String template, String requestBody, String expected) {
    // given TestApiGatewayCommon.test_input_path_template_formatting: the backend echoes the
    // request body under "json"
    Integration integration =
        Integration.builder(IntegrationKind.HTTP)
            .response(response("", "200", Map.of("application/json", template)))
            .build();

    // when
    Response response =
        call(integration, Requests.json(requestBody), false, body -> echoUnderJson(body));

    // then
    assertThat(response.bodyText()).as(key).isEqualTo(expected);
  }

  private static final String NULL_CHECKS =
      "{\"body\": $result, \"nested\": $result.nested, \"isNull\": #if( $result == $null )\"true\"#else\"false\"#end, \"isEmptyString\": #if( $result == \"\" )\"true\"#else\"false\"#end}";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "empty-body|$.nonExisting||{\"body\": , \"nested\": , \"isNull\": \"true\", \"isEmptyString\": \"true\"}",
        "nested-empty-list|$.json.listValue|{\"listValue\": []}|{\"body\": [], \"nested\": , \"isNull\": \"false\", \"isEmptyString\": \"false\"}",
        "nested-null-list|$.json.listValue|{\"listValue\": null}|{\"body\": , \"nested\": , \"isNull\": \"true\", \"isEmptyString\": \"true\"}",
      })
  void aMissingPathIsBothNullAndEmpty(
      String key, String path, String requestBody, String expected) {
    // given TestApiGatewayCommon.test_input_path_template_formatting, invalid-path and nested-list
    Integration integration =
        Integration.builder(IntegrationKind.HTTP)
            .response(
                response(
                    "",
                    "200",
                    Map.of(
                        "application/json",
                        "#set($result = $input.path(\"" + path + "\"))" + NULL_CHECKS)))
            .build();
    TemplateInput input =
        requestBody == null
            ? TemplateInput.of(
                Requests.request("POST", "/dev/invalid-path", "", Headers.empty(), null),
                Requests.context(Map.of()))
            : Requests.json(requestBody);

    // when
    Response response = call(integration, input, false, body -> echoUnderJson(body));

    // then
    assertThat(response.bodyText()).as(key).isEqualTo(expected);
  }

  /** An echo backend of the kind LocalStack's tests use: the request body comes back as "json". */
  private static IntegrationResult echoUnderJson(byte[] body) {
    Object json = Json.parse(new String(body, StandardCharsets.UTF_8));
    String text =
        "{\"json\": " + (json == Json.MISSING ? "null" : Json.write(json)) + ", \"headers\": {}}";
    return IntegrationResult.http(Response.of(200, Headers.empty(), text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "raw-body|#set($result = $input.body)$result|#set($result = $input.body)$result|{}|{\"some\": \"value\"}|some raw data",
        "str-body-input|Action=SendMessage&MessageBody=$input.body|#set($result = $input.body)$result|Action=SendMessage&MessageBody={}|Action=SendMessage&MessageBody={\"some\": \"value\"}|Action=SendMessage&MessageBody=some raw data",
        "str-body-output|#set($result = $input.body)$result|Action=SendMessage&MessageBody=$input.body|Action=SendMessage&MessageBody={}|Action=SendMessage&MessageBody={\"some\": \"value\"}|Action=SendMessage&MessageBody=some raw data",
        "str-body-all|Action=SendMessage&MessageBody=$input.body|Action=SendMessage&MessageBody=$input.body|Action=SendMessage&MessageBody=Action=SendMessage&MessageBody={}|Action=SendMessage&MessageBody=Action=SendMessage&MessageBody={\"some\": \"value\"}|Action=SendMessage&MessageBody=Action=SendMessage&MessageBody=some raw data",
        "body-attr-access|#set($result = $input.body.testAccess)$result|#set($result = $input.body)$result|{}|{}|{}",
        "url-encode|EncodedBody=$util.urlEncode($input.body)&EncodedBodyAccess=$util.urlEncode($input.body.testAccess)|#set($result = $input.body)$result|EncodedBody=%7B%7D&EncodedBodyAccess=|EncodedBody=%7B%22some%22%3A+%22value%22%7D&EncodedBodyAccess=|EncodedBody=some+raw+data&EncodedBodyAccess=",
      })
  void inputBodyIsTheRawPayloadAndEmptyReadsAsBraces(
      String key,
      String requestTemplate,
      String responseTemplate,
      String emptyBody,
      String jsonBody,
      String strBody) {
    // given TestApiGatewayCommon.test_input_body_formatting: an echo backend returns the body
    Integration integration =
        Integration.builder(IntegrationKind.HTTP)
            .requestTemplate("application/json", requestTemplate)
            .response(response("", "200", Map.of("application/json", responseTemplate)))
            .build();
    UnaryOperator<String> invoke =
        body ->
            call(
                    integration,
                    Requests.json(body),
                    false,
                    echoed -> IntegrationResult.http(new Response(200, Headers.empty(), echoed)))
                .bodyText();

    // when / then
    assertThat(invoke.apply(null)).as(key + " empty-body").isEqualTo(emptyBody);
    assertThat(invoke.apply("{\"some\": \"value\"}")).as(key + " json-body").isEqualTo(jsonBody);
    assertThat(invoke.apply("some raw data")).as(key + " str-body").isEqualTo(strBody);
  }

  @ParameterizedTest
  @CsvSource({"200, 200, \"Pass\"", "400, 405, four", "500, 502, five"})
  void lambdaErrorsSelectTheirResponseByErrorMessage(
      String statusParameter, int expectedStatus, String expectedBody) {
    // given test_apigateway_lambda.py::test_lambda_selection_patterns (lambda_select_pattern.py)
    Integration integration =
        Integration.builder(IntegrationKind.LAMBDA)
            .requestTemplate(
                "application/json", "{\"statusCode\": \"$input.params('statusCode')\"}")
            .response(response("", "200", Map.of()))
            .response(response(".*four hundred.*", "405", Map.of()))
            .response(response(".+", "502", Map.of()))
            .response(response("200", "504", Map.of()))
            .build();
    TemplateInput input = get("/dev/" + statusParameter, Map.of("statusCode", statusParameter));

    // when
    Response response =
        call(
            integration,
            input,
            true,
            payload -> {
              String status =
                  ((JsonObject) Json.parse(new String(payload, StandardCharsets.UTF_8)))
                      .get("statusCode")
                      .toString();
              return IntegrationResult.lambda(
                  switch (status) {
                    case "200" ->
                        new InvokeResult(
                            InvokeResult.Outcome.OK,
                            "\"Pass\"".getBytes(StandardCharsets.UTF_8),
                            null,
                            null,
                            1);
                    case "400" ->
                        error("Error: Raising four hundred from within the Lambda function");
                    default -> error("Error: Raising five hundred from within the Lambda function");
                  });
            });

    // then
    assertThat(response.status()).isEqualTo(expectedStatus);
    assertThat(response.bodyText()).contains(expectedBody);
  }

  private static InvokeResult error(String message) {
    String document =
        "{\"errorMessage\": \"" + message + "\", \"errorType\": \"Exception\", \"stackTrace\": []}";
    return new InvokeResult(
        InvokeResult.Outcome.FUNCTION_ERROR,
        document.getBytes(StandardCharsets.UTF_8),
        "Exception",
        message,
        1);
  }

  @ParameterizedTest
  @CsvSource({"200, 202, noerror", "400, 400, customerror"})
  void responseTemplateOverridesTheStatusFromTheBody(
      String httpStatus, int expectedStatus, String expectedBody) {
    // given test_lambda_aws_integration_response_with_mapping_templates (response-template.vm,
    // lambda_mapping_responses.py)
    Integration integration =
        Integration.builder(IntegrationKind.LAMBDA)
            .requestTemplate("application/json", "{\"body\": $input.json('$')}")
            .response(
                response(
                    "",
                    "200",
                    Map.of(
                        "application/json",
                        """
                        #set($inputRoot = $input.path('$'))
                        $input.json("$")
                        #if($inputRoot.toString().contains("customerror"))
                            #set($context.responseOverride.status = 400)
                        #else
                            #set($context.responseOverride.status = 202)
                        #end
                        """)))
            .build();
    Request request =
        Requests.request(
            "POST",
            "/api/test",
            "",
            Headers.of("Content-Type", "application/json"),
            "{\"httpStatus\": \"" + httpStatus + "\"}");

    // when
    Response response =
        call(
            integration,
            TemplateInput.of(request, Requests.context(Map.of())),
            true,
            payload -> {
              JsonObject event =
                  (JsonObject) Json.parse(new String(payload, StandardCharsets.UTF_8));
              int status =
                  Integer.parseInt(((Map<?, ?>) event.get("body")).get("httpStatus").toString());
              String result =
                  "{\"statusCode\": 200, \"body\": \""
                      + (status >= 400 ? "customerror" : "noerror")
                      + "\"}";
              return IntegrationResult.lambda(
                  new InvokeResult(
                      InvokeResult.Outcome.OK,
                      result.getBytes(StandardCharsets.UTF_8),
                      null,
                      null,
                      1));
            });

    // then
    assertThat(response.status()).isEqualTo(expectedStatus);
    assertThat(Json.parse(response.bodyText()))
        .isEqualTo(Map.of("statusCode", 200, "body", expectedBody));
  }
}
