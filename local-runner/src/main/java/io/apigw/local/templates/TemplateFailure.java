package io.apigw.local.templates;

/**
 * A template that could not be parsed or failed while rendering (a method that threw, an override
 * set twice, a bad status override). API Gateway answers such a request with a 500 ("Internal
 * server error"); the message is for the console and {@code $context.integrationErrorMessage}.
 *
 * @param message what went wrong, with the line and column when Velocity knows them
 */
public record TemplateFailure(String message) implements RenderResult {}
