package io.apigw.local.templates;

import io.apigw.model.Integration;
import java.nio.charset.StandardCharsets;

/**
 * Turns a method request into the integration request of a REST non-proxy integration (HTTP, Lambda
 * custom, AWS service, mock): selects the request template by {@code Content-Type} and the
 * passthrough behavior ({@link TemplateSelection#forRequest}), renders it, and maps {@code
 * integration.request.*} parameters with the template's {@code $context.requestOverride} on top.
 */
public final class IntegrationRequests {
  private IntegrationRequests() {}

  /** What becomes of the method request. */
  public sealed interface Outcome {}

  /**
   * The integration request.
   *
   * @param body the rendered template, or the method request's body passed through
   * @param transformed whether a template made the body
   * @param parameters the integration request's headers, query string and path parameters
   * @param overrides what the request template set in {@code $context.requestOverride} and {@code
   *     $context.responseOverride}: hand them on with {@link TemplateInput#withOverrides} to {@link
   *     IntegrationResponses#respond}
   */
  public record Mapped(
      byte[] body, boolean transformed, RequestParameterValues parameters, Overrides overrides)
      implements Outcome {
    /** The body as text: what a mock reads its {@code statusCode} from ({@link MockStatus}). */
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** API Gateway refuses the request: 415 Unsupported Media Type. */
  public record Unsupported(String contentType) implements Outcome {}

  /** The request template failed: API Gateway answers 500. */
  public record Failed(String reason) implements Outcome {}

  /** Maps the method request in {@code input} for {@code integration}. */
  public static Outcome map(
      Integration integration, TemplateInput input, MappingTemplates templates) {
    TemplateSelection.RequestChoice choice =
        TemplateSelection.forRequest(integration, input.request().headers().first("Content-Type"));
    byte[] body = input.request().body();
    boolean transformed = false;
    Overrides overrides = input.overrides();
    if (choice instanceof TemplateSelection.Unsupported unsupported) {
      return new Unsupported(unsupported.contentType());
    }
    if (choice instanceof TemplateSelection.UseTemplate use) {
      RenderResult rendered = templates.render(use.template(), input);
      if (rendered instanceof TemplateFailure failure) {
        return new Failed("the request template failed: " + failure.message());
      }
      Rendered done = (Rendered) rendered;
      body = done.body().getBytes(StandardCharsets.UTF_8);
      transformed = true;
      overrides = done.overrides();
    }
    RequestParameterValues parameters =
        ParameterMappings.request(integration.requestParameters(), input, overrides);
    return new Mapped(body, transformed, parameters, overrides);
  }
}
