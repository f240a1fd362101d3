/**
 * Mapping templates and parameter mapping of REST non-proxy integrations (HTTP, Lambda custom, AWS
 * service, mock), as API Gateway runs them. Pure and thread-safe: share one {@link
 * io.apigw.local.templates.MappingTemplates} per gateway; it compiles each template text once.
 *
 * <p>How a gateway uses it for one request, given the route's {@code Integration} and method
 * responses:
 *
 * <pre>{@code
 * TemplateInput input = TemplateInput.of(request, context);      // .withApiKey(key, id) if any
 * switch (IntegrationRequests.map(integration, input, templates)) {
 *   case IntegrationRequests.Unsupported u -> answer 415 Unsupported Media Type
 *   case IntegrationRequests.Failed f      -> answer 500 Internal server error
 *   case IntegrationRequests.Mapped m      -> {
 *     IntegrationResult result = switch (kind) {
 *       // HTTP / AWS service: call the backend with m.body(), m.parameters().headers(),
 *       // .querystrings() and the URI's {name}s from .paths(); selection matches its status
 *       case HTTP -> IntegrationResult.http(backendResponse);
 *       // Lambda custom: invoke with m.body() as the payload; selection matches errorMessage
 *       // (answer NOT_FOUND yourself, as for proxy integrations)
 *       case LAMBDA -> IntegrationResult.lambda(invokeResult);
 *       // Mock: the status is what the rendered request template names
 *       case MOCK -> IntegrationResult.mock(MockStatus.of(m.bodyText()));
 *     };
 *     switch (IntegrationResponses.respond(integration.responses(), route.responses(), result,
 *         kind == LAMBDA, input.withOverrides(m.overrides()), templates)) {
 *       case IntegrationResponses.Mapped r -> send r.response()
 *       case IntegrationResponses.Failed f -> answer 500 Internal server error
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Sources, cited in the tests that pin each behaviour: the Amazon API Gateway Developer Guide
 * (api-gateway-mapping-template-reference.md, request-response-data-mappings.md,
 * integration-passthrough-behaviors.md, apigateway-override-request-response-parameters.md,
 * handle-errors-in-lambda-integration.md, api-gateway-swagger-extensions-integration-responses.md,
 * how-to-mock-integration.md, limits.md) and LocalStack's recordings of AWS.
 */
package io.apigw.local.templates;
