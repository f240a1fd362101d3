package io.apigw.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One route (a REST method, an HTTP API route or a WebSocket route) and everything API Gateway does
 * before and after calling its integration.
 *
 * @param key what the route answers
 * @param operationId the OpenAPI operation id, or null
 * @param authorization who may call it; never null ({@link Authorization.None} when open)
 * @param apiKeyRequired whether callers must send an API key of a usage plan
 * @param parameters declared method request parameters
 * @param validator the name of the request validator applied, or null
 * @param requestModels content type to the name of the model the body must match
 * @param integration what it calls, or null when nothing is configured yet
 * @param responses declared method responses (REST)
 * @param routeResponseSelectionExpression WebSocket: enables a two-way route, or null
 */
public record Route(
    SourceRange source,
    RouteKey key,
    String operationId,
    Authorization authorization,
    boolean apiKeyRequired,
    List<RequestParameter> parameters,
    String validator,
    Map<String, String> requestModels,
    Integration integration,
    List<MethodResponse> responses,
    String routeResponseSelectionExpression) {

  public Route {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(key, "key");
    authorization = authorization == null ? Authorization.none() : authorization;
    parameters = Copy.list(parameters);
    requestModels = Copy.map(requestModels);
    responses = Copy.list(responses);
  }

  /** The HTTP method, or null for {@code $default} and WebSocket routes. */
  public HttpMethod method() {
    return key instanceof RouteKey.Http http ? http.method() : null;
  }

  /** The path template, or null for {@code $default} and WebSocket routes. */
  public PathTemplate path() {
    return key instanceof RouteKey.Http http ? http.path() : null;
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder(RouteKey key) {
    return new Builder(key);
  }

  /** Builds a {@link Route}; unset fields are null, empty, or open access. */
  public static final class Builder {
    private SourceRange source = SourceRange.NONE;
    private RouteKey key;
    private String operationId;
    private Authorization authorization;
    private boolean apiKeyRequired;
    private List<RequestParameter> parameters = new ArrayList<>();
    private String validator;
    private Map<String, String> requestModels = new LinkedHashMap<>();
    private Integration integration;
    private List<MethodResponse> responses = new ArrayList<>();
    private String routeResponseSelectionExpression;

    private Builder(RouteKey key) {
      this.key = key;
    }

    private Builder(Route from) {
      source = from.source;
      key = from.key;
      operationId = from.operationId;
      authorization = from.authorization;
      apiKeyRequired = from.apiKeyRequired;
      parameters = new ArrayList<>(from.parameters);
      validator = from.validator;
      requestModels = new LinkedHashMap<>(from.requestModels);
      integration = from.integration;
      responses = new ArrayList<>(from.responses);
      routeResponseSelectionExpression = from.routeResponseSelectionExpression;
    }

    public Builder source(SourceRange value) {
      source = value;
      return this;
    }

    public Builder key(RouteKey value) {
      key = value;
      return this;
    }

    public Builder operationId(String value) {
      operationId = value;
      return this;
    }

    public Builder authorization(Authorization value) {
      authorization = value;
      return this;
    }

    public Builder apiKeyRequired(boolean value) {
      apiKeyRequired = value;
      return this;
    }

    public Builder parameters(List<RequestParameter> value) {
      parameters = new ArrayList<>(value);
      return this;
    }

    public Builder parameter(RequestParameter value) {
      parameters.add(value);
      return this;
    }

    public Builder validator(String value) {
      validator = value;
      return this;
    }

    public Builder requestModels(Map<String, String> value) {
      requestModels = new LinkedHashMap<>(value);
      return this;
    }

    public Builder requestModel(String contentType, String model) {
      requestModels.put(contentType, model);
      return this;
    }

    public Builder integration(Integration value) {
      integration = value;
      return this;
    }

    public Builder responses(List<MethodResponse> value) {
      responses = new ArrayList<>(value);
      return this;
    }

    public Builder response(MethodResponse value) {
      responses.add(value);
      return this;
    }

    public Builder routeResponseSelectionExpression(String value) {
      routeResponseSelectionExpression = value;
      return this;
    }

    public Route build() {
      return new Route(
          source,
          key,
          operationId,
          authorization,
          apiKeyRequired,
          parameters,
          validator,
          requestModels,
          integration,
          responses,
          routeResponseSelectionExpression);
    }
  }
}
