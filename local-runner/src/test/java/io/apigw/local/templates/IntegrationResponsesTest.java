package io.apigw.local.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.local.http.Headers;
import io.apigw.local.http.Response;
import io.apigw.local.lambda.InvokeResult;
import io.apigw.model.IntegrationResponse;
import io.apigw.model.MethodResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntegrationResponsesTest {
  private final MappingTemplates templates = MappingTemplates.create();

  private static IntegrationResponse response(String pattern, String status) {
    return response(pattern, status, Map.of(), Map.of());
  }

  private static IntegrationResponse response(
      String pattern,
      String status,
      Map<String, String> parameters,
      Map<String, String> templates) {
    return new IntegrationResponse(null, pattern, status, parameters, templates, null);
  }

  private static Optional<String> selected(List<IntegrationResponse> responses, String selector) {
    return IntegrationResponses.select(responses, selector).map(IntegrationResponse::statusCode);
  }

  // HTTP: api-gateway-swagger-extensions-integration-responses.md, "For HTTP integrations, the
  // regex applies to the integration response status code"

  @ParameterizedTest(name = "backend {0} -> {1}")
  @CsvSource({"200, 200", "204, 200", "302, 302", "404, 400", "500, 500", "503, 500"})
  void httpStatusSelectsTheIntegrationResponse(String backend, String expected) {
    // given the example of api-gateway-swagger-extensions-integration-responses.md, plus 4xx
    List<IntegrationResponse> responses =
        List.of(
            response("2\\d{2}", "200"),
            response("302", "302"),
            response("4\\d{2}", "400"),
            response("default", "500"));

    assertThat(selected(responses, backend)).hasValue(expected);
  }

  @Test
  void aPatternMustMatchTheWholeSelector() {
    // given "2" and "20", which only a partial match would find in "200"
    List<IntegrationResponse> responses =
        List.of(response("2", "201"), response("20", "202"), response("", "200"));

    assertThat(selected(responses, "200")).hasValue("200");
  }

  @Test
  void theFirstMatchingResponseWinsAndTheDefaultIsTheLastResort() {
    List<IntegrationResponse> responses =
        List.of(response("default", "500"), response("4\\d{2}", "400"), response("40\\d", "401"));

    assertThat(selected(responses, "404")).hasValue("400");
    assertThat(selected(responses, "302")).hasValue("500");
  }

  @Test
  void withoutADefaultAnUnmatchedAnswerSelectsNothing() {
    assertThat(selected(List.of(response("2\\d{2}", "200")), "500")).isEmpty();
  }

  @Test
  void aPatternThatIsNoRegularExpressionMatchesNothing() {
    assertThat(selected(List.of(response("([", "400"), response("default", "200")), "(["))
        .hasValue("200");
  }

  // Lambda: handle-errors-in-lambda-integration.md

  @Test
  void aLambdaErrorIsMatchedByItsErrorMessage() {
    // given the guide's "Malformed input ..." error and a Java regex for it
    List<IntegrationResponse> responses =
        List.of(response("Malformed.*", "400"), response("default", "200"));
    IntegrationResult error =
        IntegrationResult.lambda(
            new InvokeResult(
                InvokeResult.Outcome.FUNCTION_ERROR,
                "{\"errorMessage\": \"Malformed input ...\", \"errorType\": \"Error\"}"
                    .getBytes(StandardCharsets.UTF_8),
                "Error",
                "Malformed input ...",
                1));

    assertThat(selected(responses, error.selector(true))).hasValue("400");
  }

  @Test
  void aSuccessfulInvocationUsesTheDefaultUnlessAPatternMatchesNothingAtAll() {
    // given "Setting the selectionPattern value to .* ... amounts to resetting this response as the
    // default response ... such a selection pattern will match all error messages, including null"
    IntegrationResult success =
        IntegrationResult.lambda(
            new InvokeResult(
                InvokeResult.Outcome.OK, "{}".getBytes(StandardCharsets.UTF_8), null, null, 1));

    assertThat(
            selected(List.of(response(".+", "502"), response("", "200")), success.selector(true)))
        .hasValue("200");
    assertThat(
            selected(List.of(response(".*", "201"), response("", "200")), success.selector(true)))
        .hasValue("201");
  }

  @Test
  void aLambdaTimeoutIsAnErrorMessageToo() {
    // given Lambda's own report of a timeout, which has no error document of the function
    IntegrationResult timeout =
        IntegrationResult.lambda(
            new InvokeResult(
                InvokeResult.Outcome.TIMEOUT,
                null,
                "Sandbox.Timedout",
                "Task timed out after 3.00 seconds",
                3000));

    assertThat(timeout.selector(true)).isEqualTo("Task timed out after 3.00 seconds");
    assertThat(new String(timeout.body(), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"errorMessage\":\"Task timed out after 3.00 seconds\",\"errorType\":\"Sandbox.Timedout\"}");
  }

  @Test
  void forLambdaTheStatusIsNoSelector() {
    // given LocalStack snapshot test_apigateway_lambda test_lambda_selection_patterns: pattern
    // "200"
    // never matches a Lambda answer
    IntegrationResult success =
        IntegrationResult.lambda(
            new InvokeResult(
                InvokeResult.Outcome.OK,
                "\"Pass\"".getBytes(StandardCharsets.UTF_8),
                null,
                null,
                1));

    assertThat(
            selected(List.of(response("200", "504"), response("", "200")), success.selector(true)))
        .hasValue("200");
  }

  // The method response

  private IntegrationResponses.Outcome respond(
      List<IntegrationResponse> responses,
      List<MethodResponse> methodResponses,
      IntegrationResult result,
      TemplateInput input) {
    return IntegrationResponses.respond(
        responses, methodResponses, result, false, input, templates);
  }

  private static IntegrationResult backend(int status, String body, String... headers) {
    return IntegrationResult.http(Response.of(status, Headers.of(headers), body));
  }

  @Test
  void theResponseTemplateShapesTheBodyAndNamesTheContentType() {
    // given api-gateway-swagger-extensions-integration-response.md's 2xx response with JSON and
    // XML templates, and a client asking for XML
    IntegrationResponse ok =
        response(
            "2\\d{2}",
            "200",
            Map.of(),
            Map.of(
                "application/json",
                "#set ($root=$input.path('$')) { \"stage\": \"$root.name\", \"user-id\": \"$root.key\" }",
                "application/xml",
                "#set ($root=$input.path('$')) <stage>$root.name</stage> "));
    TemplateInput input =
        TemplateInput.of(
            Requests.request("GET", "/dev/pets", "", Headers.of("Accept", "application/xml"), null),
            Requests.context(Map.of()));

    // when
    Response response =
        ((IntegrationResponses.Mapped)
                respond(
                    List.of(ok),
                    List.of(),
                    backend(201, "{\"name\": \"beta\", \"key\": \"k\"}"),
                    input))
            .response();

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyText()).isEqualTo(" <stage>beta</stage> ");
    assertThat(response.headers().first("Content-Type")).isEqualTo("application/xml");
  }

  @Test
  void withoutATemplateTheBodyPassesThroughAsJson() {
    // given request-response-data-mappings.md: "If no template is defined, API Gateway simply
    // passes the response payload through unmapped"; an empty template does the same
    TemplateInput input = Requests.json("{}");
    for (Map<String, String> templates :
        List.of(Map.<String, String>of(), Map.of("application/json", ""))) {
      Response response =
          ((IntegrationResponses.Mapped)
                  respond(
                      List.of(response("default", "200", Map.of(), templates)),
                      List.of(),
                      backend(500, "<oops/>", "Content-Type", "text/xml", "X-Backend", "b"),
                      input))
              .response();

      // then the backend's headers stay behind unless mapped
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.bodyText()).isEqualTo("<oops/>");
      assertThat(response.headers().first("Content-Type")).isEqualTo("application/json");
      assertThat(response.headers().has("X-Backend")).isFalse();
    }
  }

  @Test
  void mappedHeadersComeFirstAndOverridesOnTop() {
    // given a header mapping, and a response template overriding status and a header
    // (apigateway-override-request-response-parameters.md)
    IntegrationResponse ok =
        response(
            "default",
            "200",
            Map.of(
                "method.response.header.X-Id", "integration.response.header.x-app-id",
                "method.response.header.Content-Type", "'text/plain'",
                "method.response.header.X-Replaced", "'mapped'"),
            Map.of(
                "application/json",
                """
                #set($inputRoot = $input.path('$'))
                $input.json("$")
                #if($inputRoot.toString().contains("error"))
                #set($context.responseOverride.status = 400)
                #set($context.responseOverride.header.X-Replaced = "override")
                #end"""));

    // when
    Response response =
        ((IntegrationResponses.Mapped)
                respond(
                    List.of(ok),
                    List.of(),
                    backend(
                        200,
                        "{\"errors\": [{\"key\": \"GetPetRequest.petId\"}]}",
                        "x-app-id",
                        "app-7"),
                    Requests.json("{}")))
            .response();

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers().first("X-Id")).isEqualTo("app-7");
    assertThat(response.headers().first("Content-Type")).isEqualTo("text/plain");
    assertThat(response.headers().all("X-Replaced")).containsExactly("override");
    assertThat(response.bodyText()).isEqualTo("{\"errors\":[{\"key\":\"GetPetRequest.petId\"}]}\n");
  }

  @Test
  void noMatchingResponseAndNoDefaultIsA500() {
    IntegrationResponses.Outcome outcome =
        respond(
            List.of(response("2\\d{2}", "200")), List.of(), backend(503, ""), Requests.json("{}"));

    assertThat(outcome).isInstanceOf(IntegrationResponses.Failed.class);
    assertThat(((IntegrationResponses.Failed) outcome).reason()).contains("503");
  }

  @Test
  void aStatusWithoutAMethodResponseIsA500() {
    // given api-gateway-integration-settings-integration-response.md: "If no method response is
    // defined for the returned status code, API Gateway returns a 500 error"
    List<MethodResponse> declared = List.of(new MethodResponse(null, "200", List.of(), Map.of()));

    assertThat(
            respond(
                List.of(response("default", "400")),
                declared,
                backend(400, ""),
                Requests.json("{}")))
        .isInstanceOf(IntegrationResponses.Failed.class);
    assertThat(
            respond(
                List.of(response("default", "200")),
                declared,
                backend(400, ""),
                Requests.json("{}")))
        .isInstanceOf(IntegrationResponses.Mapped.class);
  }

  @Test
  void aFailingResponseTemplateIsA500() {
    IntegrationResponses.Outcome outcome =
        respond(
            List.of(
                response(
                    "default",
                    "200",
                    Map.of(),
                    Map.of("application/json", "$util.parseJson('{')"))),
            List.of(),
            backend(200, "{}"),
            Requests.json("{}"));

    assertThat(outcome).isInstanceOf(IntegrationResponses.Failed.class);
    assertThat(((IntegrationResponses.Failed) outcome).reason()).contains("parseJson");
  }
}
