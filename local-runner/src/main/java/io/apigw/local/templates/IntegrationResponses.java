package io.apigw.local.templates;

import io.apigw.local.http.Headers;
import io.apigw.local.http.Response;
import io.apigw.model.IntegrationResponse;
import io.apigw.model.MethodResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a REST non-proxy integration's answer into the method response: selects the integration
 * response, maps its headers, renders its template and applies {@code $context.responseOverride}.
 */
public final class IntegrationResponses {
  private IntegrationResponses() {}

  /** The method response, or why API Gateway would answer 500 instead. */
  public sealed interface Outcome {}

  /** The method response, and the integration response that made it. */
  public record Mapped(Response response, IntegrationResponse selected) implements Outcome {}

  /** API Gateway answers 500 Internal server error; {@code reason} is for the console. */
  public record Failed(String reason) implements Outcome {}

  /**
   * The integration response for {@code selector} (see {@link IntegrationResult#selector}): the
   * first, in order, whose {@code selectionPattern} matches the whole selector as a Java regular
   * expression (handle-errors-in-lambda-integration.md: "API Gateway uses Java pattern-style
   * regexes"; api-gateway-swagger-extensions-integration-responses.md: for HTTP integrations the
   * status code, for Lambda the {@code errorMessage}), else the {@code default} one (pattern {@code
   * default} or empty). A pattern that is no regular expression matches nothing.
   */
  public static Optional<IntegrationResponse> select(
      List<IntegrationResponse> responses, String selector) {
    IntegrationResponse fallback = null;
    for (IntegrationResponse response : responses) {
      if (isDefault(response)) {
        fallback = fallback == null ? response : fallback;
        continue;
      }
      try {
        if (Pattern.compile(response.selectionPattern()).matcher(selector).matches()) {
          return Optional.of(response);
        }
      } catch (PatternSyntaxException e) {
        // API Gateway refuses such a pattern when it is put; here it matches nothing.
      }
    }
    return Optional.ofNullable(fallback);
  }

  static boolean isDefault(IntegrationResponse response) {
    return response.isDefault() || response.selectionPattern().isEmpty();
  }

  /**
   * The method response for an integration's answer.
   *
   * <ol>
   *   <li>Select the integration response ({@link #select}); none: 500, as "API Gateway returns the
   *       error as a default response or throws an invalid configuration exception if no default
   *       response is configured" (handle-errors-in-lambda-integration.md).
   *   <li>Its status must be a declared method response when {@code methodResponses} lists any ("If
   *       no method response is defined for the returned status code, API Gateway returns a 500
   *       error", api-gateway-integration-settings-integration-response.md).
   *   <li>Map {@code method.response.header.*} ({@link ParameterMappings#responseHeaders}).
   *   <li>Render the response template chosen by the method request's {@code Accept} ({@link
   *       TemplateSelection#forResponse}) over the integration's body, with the overrides of the
   *       request template; without a template, or with an empty one, the body passes through
   *       unmapped (request-response-data-mappings.md). The {@code Content-Type} is the template's
   *       content type, {@code application/json} without one, unless a mapping sets it.
   *   <li>Apply {@code $context.responseOverride.status} and {@code .header.*}, set by either
   *       template (LocalStack snapshot test_apigateway_integrations {@code
   *       test_integration_mock_with_response_override_in_request_template[False]}: the request
   *       template's override applies with no response template).
   * </ol>
   *
   * @param requestInput the method request's input, with the request template's overrides
   * @param lambdaIntegration whether selection patterns match the Lambda error message
   */
  public static Outcome respond(
      List<IntegrationResponse> responses,
      List<MethodResponse> methodResponses,
      IntegrationResult result,
      boolean lambdaIntegration,
      TemplateInput requestInput,
      MappingTemplates templates) {
    String selector = result.selector(lambdaIntegration);
    Optional<IntegrationResponse> chosen = select(responses, selector);
    if (chosen.isEmpty()) {
      return new Failed(
          (lambdaIntegration
                  ? "no integration response matches the Lambda error `"
                  : "no integration response matches status `")
              + selector
              + "` and there is no default");
    }
    IntegrationResponse selected = chosen.get();
    String status = selected.statusCode().trim();
    if (!methodResponses.isEmpty()
        && methodResponses.stream().noneMatch(m -> m.statusCode().trim().equals(status))) {
      return new Failed("the integration response's status " + status + " is no method response");
    }
    Integer code = Overrides.status(status);
    if (code == null) {
      return new Failed("the integration response's status `" + status + "` is no status code");
    }
    Headers.Builder headers =
        ParameterMappings.responseHeaders(selected.parameters(), result, requestInput).toBuilder();
    Optional<Map.Entry<String, String>> template =
        TemplateSelection.forResponse(
            selected.templates(), requestInput.request().headers().first("Accept"));
    byte[] body = result.body();
    String contentType = TemplateSelection.DEFAULT_CONTENT_TYPE;
    Overrides overrides = requestInput.overrides();
    if (template.isPresent()) {
      contentType = template.get().getKey();
      if (!template.get().getValue().isEmpty()) {
        RenderResult rendered =
            templates.render(template.get().getValue(), requestInput.withBody(result.body()));
        if (rendered instanceof TemplateFailure failure) {
          return new Failed("the response template failed: " + failure.message());
        }
        Rendered done = (Rendered) rendered;
        body = done.body().getBytes(StandardCharsets.UTF_8);
        overrides = done.overrides();
      }
    }
    OptionalInt override = overrides.responseStatus();
    if (override.isPresent()) {
      code = override.getAsInt();
    }
    overrides
        .responseHeaders()
        .forEach((name, values) -> headers.set(name, String.join(",", values)));
    if (!headers.has("Content-Type")) {
      headers.add("Content-Type", contentType);
    }
    return new Mapped(new Response(code, headers.build(), body), selected);
  }
}
