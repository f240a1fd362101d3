package io.apigw.local.templates;

import io.apigw.local.gateway.RequestContext;
import io.apigw.local.http.Request;
import java.util.Objects;

/**
 * What a mapping template sees: the method request (its parameters are {@code $input.params()}, its
 * method and path are in {@code $context}), the request context ({@code $context}, {@code
 * $stageVariables}), the payload ({@code $input.body}: the method request's body for a request
 * template, the integration response's for a response template) and the overrides set so far.
 *
 * <p>Immutable; each {@code with...} returns a copy. One instance serves one request: it parses its
 * payload at most once, on first use.
 */
public final class TemplateInput {
  private final Request request;
  private final RequestContext context;
  private final Payload payload;
  private final RequestParameters parameters;
  private final Overrides overrides;
  private final String apiKey;
  private final String apiKeyId;

  private TemplateInput(
      Request request,
      RequestContext context,
      Payload payload,
      RequestParameters parameters,
      Overrides overrides,
      String apiKey,
      String apiKeyId) {
    this.request = request;
    this.context = context;
    this.payload = payload;
    this.parameters = parameters;
    this.overrides = overrides;
    this.apiKey = apiKey;
    this.apiKeyId = apiKeyId;
  }

  /** The input of a request template: the method request's body is the payload. */
  public static TemplateInput of(Request request, RequestContext context) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(context, "context");
    return new TemplateInput(
        request,
        context,
        new Payload(request.body()),
        new RequestParameters(request, context),
        Overrides.NONE,
        null,
        null);
  }

  /** The same request with another payload: the integration response's, for response templates. */
  public TemplateInput withBody(byte[] body) {
    return new TemplateInput(
        request, context, new Payload(body), parameters, overrides, apiKey, apiKeyId);
  }

  /** The same input with the overrides an earlier template set. */
  public TemplateInput withOverrides(Overrides carried) {
    return new TemplateInput(
        request,
        context,
        payload,
        parameters,
        carried == null ? Overrides.NONE : carried,
        apiKey,
        apiKeyId);
  }

  /**
   * The API key of a method that requires one ({@code $context.identity.apiKey}, {@code apiKeyId}).
   */
  public TemplateInput withApiKey(String value, String id) {
    return new TemplateInput(request, context, payload, parameters, overrides, value, id);
  }

  public Request request() {
    return request;
  }

  public RequestContext context() {
    return context;
  }

  public Overrides overrides() {
    return overrides;
  }

  Payload payload() {
    return payload;
  }

  RequestParameters parameters() {
    return parameters;
  }

  String apiKey() {
    return apiKey;
  }

  String apiKeyId() {
    return apiKeyId;
  }
}
