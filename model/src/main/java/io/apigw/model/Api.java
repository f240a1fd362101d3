package io.apigw.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One API: the root of the model that every reader builds and every consumer (lint, generators,
 * deployers, the local gateway) reads. Immutable; derive changed copies with {@link #toBuilder()}.
 *
 * <p>Names tie the parts together: a route's {@link Authorization.Custom} names an {@link
 * Authorizer}, an integration names a {@link Function}, a usage plan names {@link ApiKey}s and
 * {@link Stage}s. Readers report names that lead nowhere as diagnostics.
 *
 * @param name the API's name (OpenAPI {@code info.title})
 * @param protocol REST, HTTP or WEBSOCKET
 * @param version the definition's version (OpenAPI {@code info.version}), or null
 * @param endpoint endpoint type, VPC endpoints and whether the execute-api endpoint is disabled
 * @param apiKeySource REST: where API keys are read from, or null for the default (HEADER)
 * @param minimumCompressionSize REST: smallest body in bytes that is compressed, or null (off)
 * @param cors CORS configuration, or null
 * @param defaultValidator REST: the validator applied to routes that name none, or null
 * @param resourcePolicy REST: the resource policy document, or null
 * @param routeSelectionExpression WebSocket: e.g. {@code $request.body.action}
 * @param apiKeySelectionExpression WebSocket: e.g. {@code $request.header.x-api-key}
 * @param documentation REST: the {@code x-amazon-apigateway-documentation} object, or null
 * @param importExportVersion HTTP: {@code x-amazon-apigateway-importexport-version}, or null
 */
public record Api(
    SourceRange source,
    String name,
    Protocol protocol,
    String description,
    String version,
    Endpoint endpoint,
    ApiKeySource apiKeySource,
    List<String> binaryMediaTypes,
    Integer minimumCompressionSize,
    Cors cors,
    List<GatewayResponse> gatewayResponses,
    List<SchemaModel> models,
    List<RequestValidator> validators,
    String defaultValidator,
    JsonNode resourcePolicy,
    Map<String, String> tags,
    List<CustomDomain> domains,
    String routeSelectionExpression,
    String apiKeySelectionExpression,
    List<Route> routes,
    List<Authorizer> authorizers,
    List<Function> functions,
    List<ApiKey> apiKeys,
    List<UsagePlan> usagePlans,
    List<Stage> stages,
    JsonNode documentation,
    String importExportVersion) {

  public Api {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(protocol, "protocol");
    endpoint = endpoint == null ? Endpoint.defaultFor(protocol) : endpoint;
    binaryMediaTypes = Copy.list(binaryMediaTypes);
    gatewayResponses = Copy.list(gatewayResponses);
    models = Copy.list(models);
    validators = Copy.list(validators);
    resourcePolicy = Copy.json(resourcePolicy);
    tags = Copy.map(tags);
    domains = Copy.list(domains);
    routes = Copy.list(routes);
    authorizers = Copy.list(authorizers);
    functions = Copy.list(functions);
    apiKeys = Copy.list(apiKeys);
    usagePlans = Copy.list(usagePlans);
    stages = Copy.list(stages);
    documentation = Copy.json(documentation);
  }

  /** The route with the given key text ({@code GET /pets}, {@code $default}, {@code $connect}). */
  public Optional<Route> route(String keyText) {
    return routes.stream().filter(r -> r.key().text().equals(keyText)).findFirst();
  }

  public Optional<Authorizer> authorizer(String authorizerName) {
    return authorizers.stream().filter(a -> a.name().equals(authorizerName)).findFirst();
  }

  public Optional<Function> function(String functionName) {
    return functions.stream().filter(f -> f.name().equals(functionName)).findFirst();
  }

  public Optional<Stage> stage(String stageName) {
    return stages.stream().filter(s -> s.name().equals(stageName)).findFirst();
  }

  public Optional<UsagePlan> usagePlan(String planName) {
    return usagePlans.stream().filter(p -> p.name().equals(planName)).findFirst();
  }

  public Optional<ApiKey> apiKey(String keyName) {
    return apiKeys.stream().filter(k -> k.name().equals(keyName)).findFirst();
  }

  public Optional<SchemaModel> model(String modelName) {
    return models.stream().filter(m -> m.name().equals(modelName)).findFirst();
  }

  public Optional<RequestValidator> validator(String validatorName) {
    return validators.stream().filter(v -> v.name().equals(validatorName)).findFirst();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder(String name, Protocol protocol) {
    return new Builder().name(name).protocol(protocol);
  }

  /** Builds an {@link Api}; unset fields are null or empty, the endpoint defaults per protocol. */
  public static final class Builder {
    private SourceRange source = SourceRange.NONE;
    private String name;
    private Protocol protocol;
    private String description;
    private String version;
    private Endpoint endpoint;
    private ApiKeySource apiKeySource;
    private List<String> binaryMediaTypes = new ArrayList<>();
    private Integer minimumCompressionSize;
    private Cors cors;
    private List<GatewayResponse> gatewayResponses = new ArrayList<>();
    private List<SchemaModel> models = new ArrayList<>();
    private List<RequestValidator> validators = new ArrayList<>();
    private String defaultValidator;
    private JsonNode resourcePolicy;
    private Map<String, String> tags = new LinkedHashMap<>();
    private List<CustomDomain> domains = new ArrayList<>();
    private String routeSelectionExpression;
    private String apiKeySelectionExpression;
    private List<Route> routes = new ArrayList<>();
    private List<Authorizer> authorizers = new ArrayList<>();
    private List<Function> functions = new ArrayList<>();
    private List<ApiKey> apiKeys = new ArrayList<>();
    private List<UsagePlan> usagePlans = new ArrayList<>();
    private List<Stage> stages = new ArrayList<>();
    private JsonNode documentation;
    private String importExportVersion;

    private Builder() {}

    private Builder(Api from) {
      source = from.source;
      name = from.name;
      protocol = from.protocol;
      description = from.description;
      version = from.version;
      endpoint = from.endpoint;
      apiKeySource = from.apiKeySource;
      binaryMediaTypes = new ArrayList<>(from.binaryMediaTypes);
      minimumCompressionSize = from.minimumCompressionSize;
      cors = from.cors;
      gatewayResponses = new ArrayList<>(from.gatewayResponses);
      models = new ArrayList<>(from.models);
      validators = new ArrayList<>(from.validators);
      defaultValidator = from.defaultValidator;
      resourcePolicy = from.resourcePolicy;
      tags = new LinkedHashMap<>(from.tags);
      domains = new ArrayList<>(from.domains);
      routeSelectionExpression = from.routeSelectionExpression;
      apiKeySelectionExpression = from.apiKeySelectionExpression;
      routes = new ArrayList<>(from.routes);
      authorizers = new ArrayList<>(from.authorizers);
      functions = new ArrayList<>(from.functions);
      apiKeys = new ArrayList<>(from.apiKeys);
      usagePlans = new ArrayList<>(from.usagePlans);
      stages = new ArrayList<>(from.stages);
      documentation = from.documentation;
      importExportVersion = from.importExportVersion;
    }

    public Builder source(SourceRange value) {
      source = value;
      return this;
    }

    public Builder name(String value) {
      name = value;
      return this;
    }

    public Builder protocol(Protocol value) {
      protocol = value;
      return this;
    }

    public Builder description(String value) {
      description = value;
      return this;
    }

    public Builder version(String value) {
      version = value;
      return this;
    }

    public Builder endpoint(Endpoint value) {
      endpoint = value;
      return this;
    }

    public Builder apiKeySource(ApiKeySource value) {
      apiKeySource = value;
      return this;
    }

    public Builder binaryMediaTypes(List<String> value) {
      binaryMediaTypes = new ArrayList<>(value);
      return this;
    }

    public Builder binaryMediaType(String value) {
      binaryMediaTypes.add(value);
      return this;
    }

    public Builder minimumCompressionSize(Integer value) {
      minimumCompressionSize = value;
      return this;
    }

    public Builder cors(Cors value) {
      cors = value;
      return this;
    }

    public Builder gatewayResponses(List<GatewayResponse> value) {
      gatewayResponses = new ArrayList<>(value);
      return this;
    }

    public Builder gatewayResponse(GatewayResponse value) {
      gatewayResponses.add(value);
      return this;
    }

    public Builder models(List<SchemaModel> value) {
      models = new ArrayList<>(value);
      return this;
    }

    public Builder model(SchemaModel value) {
      models.add(value);
      return this;
    }

    public Builder validators(List<RequestValidator> value) {
      validators = new ArrayList<>(value);
      return this;
    }

    public Builder validator(RequestValidator value) {
      validators.add(value);
      return this;
    }

    public Builder defaultValidator(String value) {
      defaultValidator = value;
      return this;
    }

    public Builder resourcePolicy(JsonNode value) {
      resourcePolicy = value;
      return this;
    }

    public Builder tags(Map<String, String> value) {
      tags = new LinkedHashMap<>(value);
      return this;
    }

    public Builder domains(List<CustomDomain> value) {
      domains = new ArrayList<>(value);
      return this;
    }

    public Builder domain(CustomDomain value) {
      domains.add(value);
      return this;
    }

    public Builder routeSelectionExpression(String value) {
      routeSelectionExpression = value;
      return this;
    }

    public Builder apiKeySelectionExpression(String value) {
      apiKeySelectionExpression = value;
      return this;
    }

    public Builder routes(List<Route> value) {
      routes = new ArrayList<>(value);
      return this;
    }

    public Builder route(Route value) {
      routes.add(value);
      return this;
    }

    public Builder authorizers(List<Authorizer> value) {
      authorizers = new ArrayList<>(value);
      return this;
    }

    public Builder authorizer(Authorizer value) {
      authorizers.add(value);
      return this;
    }

    public Builder functions(List<Function> value) {
      functions = new ArrayList<>(value);
      return this;
    }

    public Builder function(Function value) {
      functions.add(value);
      return this;
    }

    public Builder apiKeys(List<ApiKey> value) {
      apiKeys = new ArrayList<>(value);
      return this;
    }

    public Builder apiKey(ApiKey value) {
      apiKeys.add(value);
      return this;
    }

    public Builder usagePlans(List<UsagePlan> value) {
      usagePlans = new ArrayList<>(value);
      return this;
    }

    public Builder usagePlan(UsagePlan value) {
      usagePlans.add(value);
      return this;
    }

    public Builder stages(List<Stage> value) {
      stages = new ArrayList<>(value);
      return this;
    }

    public Builder stage(Stage value) {
      stages.add(value);
      return this;
    }

    public Builder documentation(JsonNode value) {
      documentation = value;
      return this;
    }

    public Builder importExportVersion(String value) {
      importExportVersion = value;
      return this;
    }

    public Api build() {
      return new Api(
          source,
          name,
          protocol,
          description,
          version,
          endpoint,
          apiKeySource,
          binaryMediaTypes,
          minimumCompressionSize,
          cors,
          gatewayResponses,
          models,
          validators,
          defaultValidator,
          resourcePolicy,
          tags,
          domains,
          routeSelectionExpression,
          apiKeySelectionExpression,
          routes,
          authorizers,
          functions,
          apiKeys,
          usagePlans,
          stages,
          documentation,
          importExportVersion);
    }
  }
}
