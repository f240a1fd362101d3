package io.apigw.deployers.direct.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigw.deployers.aws.SimulatedControlPlane;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.apigateway.model.AccessLogSettings;
import software.amazon.awssdk.services.apigateway.model.ApiKey;
import software.amazon.awssdk.services.apigateway.model.ApiStage;
import software.amazon.awssdk.services.apigateway.model.Authorizer;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.CanarySettings;
import software.amazon.awssdk.services.apigateway.model.ConflictException;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiRequest;
import software.amazon.awssdk.services.apigateway.model.CreateUsagePlanRequest;
import software.amazon.awssdk.services.apigateway.model.Deployment;
import software.amazon.awssdk.services.apigateway.model.DeploymentCanarySettings;
import software.amazon.awssdk.services.apigateway.model.EndpointConfiguration;
import software.amazon.awssdk.services.apigateway.model.Integration;
import software.amazon.awssdk.services.apigateway.model.Method;
import software.amazon.awssdk.services.apigateway.model.MethodSetting;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.PatchOperation;
import software.amazon.awssdk.services.apigateway.model.QuotaSettings;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigateway.model.Stage;
import software.amazon.awssdk.services.apigateway.model.ThrottleSettings;
import software.amazon.awssdk.services.apigateway.model.TooManyRequestsException;
import software.amazon.awssdk.services.apigateway.model.UsagePlan;
import software.amazon.awssdk.services.apigateway.model.UsagePlanKey;

/**
 * API Gateway (REST, v1) in memory, answering as AWS does where the deployer depends on it and
 * where moto 5.2 does not: PutRestApi (overwrite) turns the OpenAPI document into resources,
 * methods and integrations <em>and</em> authorizers, each method's authorization type, authorizer,
 * scopes and API key requirement (developer guide: api-gateway-import-api.md,
 * api-gateway-swagger-extensions-authorizer.md); UpdateStage and UpdateUsagePlan apply their patch
 * operations and refuse a path they do not know; CreateDeployment creates a stage it names; a
 * deleted API key leaves the usage plans that held it. Every call is logged with its arguments
 * (never a key's value), and with {@link #throttle} a call that comes sooner than API Gateway's
 * control-plane quotas allow (limits.md) is answered 429.
 */
final class FakeRestApis implements RestApis {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * limits.md, "API Gateway quotas for creating, deploying and managing an API": the operations
   * with a quota of their own, as the shortest time between two of them.
   */
  static final Map<String, Duration> INTERVALS =
      Map.of(
          "PutRestApi", Duration.ofSeconds(1),
          "CreateDeployment", Duration.ofSeconds(5),
          "CreateApiKey", Duration.ofMillis(200),
          "DeleteApiKey", Duration.ofMillis(200),
          "UpdateUsagePlan", Duration.ofSeconds(20),
          "DeleteRestApi", Duration.ofSeconds(30),
          "GetResources", Duration.ofMillis(400));

  private static final class Stored {
    RestApi api;
    final Map<String, Resource> resources = new LinkedHashMap<>();
    final Map<String, Authorizer> authorizers = new LinkedHashMap<>();
    final Map<String, Deployment> deployments = new LinkedHashMap<>();
    final Map<String, Stage> stages = new LinkedHashMap<>();
    String definition;
  }

  final Map<String, Stored> apis = new LinkedHashMap<>();
  final Map<String, ApiKey> keys = new LinkedHashMap<>();
  final Map<String, UsagePlan> plans = new LinkedHashMap<>();
  final Map<String, List<String>> planKeys = new LinkedHashMap<>();

  /** Every call answered, as "Operation arg, arg, ...". */
  final List<String> log = new ArrayList<>();

  private int nextId;
  private long createdSeconds = 1_700_000_000L;

  /** The quotas, when {@link #throttle} set them; null: every call is answered. */
  SimulatedControlPlane control;

  /**
   * Answers 429 beyond {@code rate} calls per second with a burst of {@code burst} (a token
   * bucket), and to an operation of {@link #INTERVALS} that comes sooner than its interval after
   * the last one accepted. Every call takes {@code latency} of the clock.
   */
  FakeRestApis throttle(
      SimulatedControlPlane.Clock clock, double rate, double burst, Duration latency) {
    this.control = new SimulatedControlPlane(clock, rate, burst, latency, INTERVALS);
    return this;
  }

  /** Calls that change something: every operation but the reads. */
  List<String> mutations() {
    return log.stream().filter(call -> !call.startsWith("Get")).toList();
  }

  /** The operation names of the calls that change something. */
  List<String> mutationNames() {
    return mutations().stream().map(FakeRestApis::operation).toList();
  }

  static String operation(String call) {
    int space = call.indexOf(' ');
    return space < 0 ? call : call.substring(0, space);
  }

  /** Puts a REST API there as someone else made it (or as apigw did, with its tag). */
  String existing(String name, Map<String, String> tags) {
    String id = createRestApi(CreateRestApiRequest.builder().name(name).tags(tags).build()).id();
    log.clear();
    return id;
  }

  RestApi api(String apiId) {
    return stored(apiId).api;
  }

  Stage stage(String apiId, String name) {
    return stored(apiId).stages.get(name);
  }

  Map<String, Stage> stagesOf(String apiId) {
    return stored(apiId).stages;
  }

  List<Deployment> deploymentsOf(String apiId) {
    return List.copyOf(stored(apiId).deployments.values());
  }

  /** The method at {@code "GET /pets"}, or null. */
  Method method(String apiId, String route) {
    int space = route.indexOf(' ');
    String method = route.substring(0, space);
    String path = route.substring(space + 1);
    for (Resource resource : stored(apiId).resources.values()) {
      if (resource.path().equals(path)) {
        return resource.resourceMethods().get(method);
      }
    }
    return null;
  }

  Authorizer authorizer(String apiId, String name) {
    return stored(apiId).authorizers.values().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  ApiKey key(String name) {
    return keys.values().stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
  }

  UsagePlan plan(String name) {
    return plans.values().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  /** The names of the keys in a usage plan. */
  List<String> keyNamesOf(String planName) {
    return planKeys.get(plan(planName).id()).stream().map(id -> keys.get(id).name()).toList();
  }

  // ------------------------------------------------------------------ plumbing

  private void call(String operation, Object... args) {
    if (control != null && !control.admit(operation)) {
      throw (TooManyRequestsException)
          TooManyRequestsException.builder().statusCode(429).message("Too Many Requests").build();
    }
    List<String> shown = new ArrayList<>();
    for (Object arg : args) {
      shown.add(String.valueOf(arg));
    }
    log.add(shown.isEmpty() ? operation : operation + " " + String.join(", ", shown));
  }

  static String ops(List<PatchOperation> operations) {
    return operations.stream()
        .map(
            o ->
                o.opAsString()
                    + " "
                    + o.path()
                    + (o.value() == null ? "" : "=" + o.value())
                    + (o.from() == null ? "" : " from " + o.from()))
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private String id() {
    return String.format("id%05d", ++nextId);
  }

  private Instant created() {
    return Instant.ofEpochSecond(createdSeconds += 60);
  }

  private static RuntimeException notFound(String what) {
    return NotFoundException.builder().statusCode(404).message("Invalid " + what).build();
  }

  private static RuntimeException badRequest(String message) {
    return BadRequestException.builder().statusCode(400).message(message).build();
  }

  private Stored stored(String apiId) {
    Stored s = apis.get(apiId);
    if (s == null) {
      throw notFound("API identifier specified " + apiId);
    }
    return s;
  }

  // ----------------------------------------------------------------- REST APIs

  @Override
  public List<RestApi> restApis() {
    call("GetRestApis");
    return apis.values().stream().map(s -> s.api).toList();
  }

  @Override
  public RestApi createRestApi(CreateRestApiRequest r) {
    call("CreateRestApi", r.name(), r.tags());
    String id = id();
    Stored s = new Stored();
    s.api =
        RestApi.builder()
            .id(id)
            .name(r.name())
            .description(r.description())
            .createdDate(created())
            .endpointConfiguration(
                r.endpointConfiguration() != null
                    ? r.endpointConfiguration()
                    : EndpointConfiguration.builder().typesWithStrings("EDGE").build())
            .tags(r.hasTags() ? r.tags() : Map.of())
            .build();
    // A new API has its root resource.
    s.resources.put(id + "r", Resource.builder().id(id + "r").path("/").build());
    apis.put(id, s);
    return s.api;
  }

  @Override
  public void putRestApi(String apiId, String openApiJson) {
    call("PutRestApi", apiId);
    Stored s = stored(apiId);
    JsonNode doc;
    try {
      doc = JSON.readTree(openApiJson);
    } catch (IOException e) {
      throw badRequest("Invalid OpenAPI input: " + e.getMessage());
    }
    // Overwrite: the document replaces resources, methods and authorizers.
    s.definition = openApiJson;
    s.resources.clear();
    s.authorizers.clear();
    JsonNode schemes = doc.path("components").path("securitySchemes");
    Map<String, String> authorizerIds = new HashMap<>();
    schemes
        .fields()
        .forEachRemaining(
            scheme -> {
              JsonNode a = scheme.getValue().path("x-amazon-apigateway-authorizer");
              if (!a.isObject()) {
                return;
              }
              String type = a.path("type").asText().toUpperCase(Locale.ROOT);
              String identity = text(a.path("identitySource"));
              // api-gateway-swagger-extensions-authorizer.md: a token authorizer's identity is the
              // header the security scheme names.
              if (identity == null && "header".equals(scheme.getValue().path("in").asText())) {
                identity = "method.request.header." + scheme.getValue().path("name").asText();
              }
              List<String> providers = new ArrayList<>();
              a.path("providerARNs").forEach(p -> providers.add(p.asText()));
              String authorizerId = id();
              authorizerIds.put(scheme.getKey(), authorizerId);
              s.authorizers.put(
                  authorizerId,
                  Authorizer.builder()
                      .id(authorizerId)
                      .name(scheme.getKey())
                      .type(type)
                      .identitySource(identity)
                      .identityValidationExpression(text(a.path("identityValidationExpression")))
                      .authorizerUri(text(a.path("authorizerUri")))
                      .authorizerCredentials(text(a.path("authorizerCredentials")))
                      .authorizerResultTtlInSeconds(
                          a.has("authorizerResultTtlInSeconds")
                              ? a.path("authorizerResultTtlInSeconds").asInt()
                              : 300)
                      .providerARNs(providers.isEmpty() ? null : providers)
                      .build());
            });
    Map<String, Map<String, Method>> methods = new TreeMap<>();
    methods.put("/", new LinkedHashMap<>());
    doc.path("paths")
        .fields()
        .forEachRemaining(
            path -> {
              String p = path.getKey();
              // Every ancestor of a path is a resource too.
              for (int i = p.indexOf('/', 1); i > 0; i = p.indexOf('/', i + 1)) {
                methods.computeIfAbsent(p.substring(0, i), k -> new LinkedHashMap<>());
              }
              Map<String, Method> here = methods.computeIfAbsent(p, k -> new LinkedHashMap<>());
              for (String verb : RestDefinition.METHODS) {
                JsonNode op = path.getValue().path(verb);
                if (op.isObject()) {
                  String name =
                      verb.equals(RestDefinition.ANY_METHOD)
                          ? "ANY"
                          : verb.toUpperCase(Locale.ROOT);
                  here.put(name, method(doc, schemes, authorizerIds, name, op));
                }
              }
            });
    methods.forEach(
        (path, byVerb) -> {
          String resourceId = id();
          s.resources.put(
              resourceId,
              Resource.builder()
                  .id(resourceId)
                  .path(path)
                  .pathPart(path.equals("/") ? null : path.substring(path.lastIndexOf('/') + 1))
                  .resourceMethods(byVerb.isEmpty() ? null : byVerb)
                  .build());
        });
    RestApi.Builder api = s.api.toBuilder();
    String description = text(doc.path("info").path("description"));
    if (description != null) {
      api.description(description);
    }
    String keySource = text(doc.path("x-amazon-apigateway-api-key-source"));
    if (keySource != null) {
      api.apiKeySource(keySource);
    }
    s.api = api.build();
  }

  /** A method as AWS imports it from an OpenAPI operation and its security requirement. */
  private static Method method(
      JsonNode doc, JsonNode schemes, Map<String, String> authorizerIds, String verb, JsonNode op) {
    Method.Builder m =
        Method.builder().httpMethod(verb).operationName(text(op.path("operationId")));
    JsonNode security = op.has("security") ? op.path("security") : doc.path("security");
    String authorization = "NONE";
    boolean apiKey = false;
    if (security.isArray() && security.size() > 0) {
      var requirement = security.get(0).fields();
      while (requirement.hasNext()) {
        var entry = requirement.next();
        JsonNode scheme = schemes.path(entry.getKey());
        JsonNode custom = scheme.path("x-amazon-apigateway-authorizer");
        if (custom.isObject()) {
          boolean cognito = "cognito_user_pools".equalsIgnoreCase(custom.path("type").asText());
          authorization = cognito ? "COGNITO_USER_POOLS" : "CUSTOM";
          m.authorizerId(authorizerIds.get(entry.getKey()));
          if (cognito && entry.getValue().size() > 0) {
            List<String> scopes = new ArrayList<>();
            entry.getValue().forEach(v -> scopes.add(v.asText()));
            m.authorizationScopes(scopes);
          }
        } else if ("awsSigv4"
            .equalsIgnoreCase(scheme.path("x-amazon-apigateway-authtype").asText())) {
          authorization = "AWS_IAM";
        } else if ("apiKey".equals(scheme.path("type").asText())
            && "x-api-key".equalsIgnoreCase(scheme.path("name").asText())) {
          apiKey = true;
        } else if (scheme.isMissingNode()) {
          throw badRequest("security scheme " + entry.getKey() + " is not defined");
        }
      }
    }
    m.authorizationType(authorization).apiKeyRequired(apiKey);
    JsonNode integration = op.path("x-amazon-apigateway-integration");
    if (integration.isObject()) {
      m.methodIntegration(
          Integration.builder()
              .type(integration.path("type").asText().toUpperCase(Locale.ROOT))
              .uri(text(integration.path("uri")))
              .httpMethod(text(integration.path("httpMethod")))
              // The default timeout of an imported integration (limits.md: 50 ms - 29 s).
              .timeoutInMillis(
                  integration.has("timeoutInMillis")
                      ? integration.path("timeoutInMillis").asInt()
                      : 29000)
              .build());
    }
    return m.build();
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }

  @Override
  public void updateRestApi(String apiId, List<PatchOperation> operations) {
    call("UpdateRestApi", apiId, ops(operations));
    Stored s = stored(apiId);
    RestApi.Builder b = s.api.toBuilder();
    for (PatchOperation o : operations) {
      if (o.path().equals("/description")) {
        b.description(o.value() == null || o.value().isEmpty() ? null : o.value());
      } else if (o.path().startsWith("/endpointConfiguration/types/")) {
        b.endpointConfiguration(
            EndpointConfiguration.builder().typesWithStrings(o.value()).build());
      } else {
        throw badRequest("Invalid patch path " + o.path());
      }
    }
    s.api = b.build();
  }

  @Override
  public void deleteRestApi(String apiId) {
    call("DeleteRestApi", apiId);
    stored(apiId);
    apis.remove(apiId);
  }

  @Override
  public List<Resource> resources(String apiId) {
    call("GetResources", apiId);
    return List.copyOf(stored(apiId).resources.values());
  }

  @Override
  public List<Authorizer> authorizers(String apiId) {
    call("GetAuthorizers", apiId);
    return List.copyOf(stored(apiId).authorizers.values());
  }

  // --------------------------------------------------------------------- stages

  @Override
  public List<Stage> stages(String apiId) {
    call("GetStages", apiId);
    return List.copyOf(stored(apiId).stages.values());
  }

  @Override
  public List<Deployment> deployments(String apiId) {
    call("GetDeployments", apiId);
    return List.copyOf(stored(apiId).deployments.values());
  }

  @Override
  public Deployment createDeployment(String apiId, String stage, String description) {
    call("CreateDeployment", apiId, stage, description);
    Stored s = stored(apiId);
    boolean anyMethod =
        s.resources.values().stream()
            .anyMatch(r -> r.resourceMethods() != null && !r.resourceMethods().isEmpty());
    if (!anyMethod) {
      throw badRequest("The REST API doesn't contain any methods");
    }
    String id = id();
    Deployment deployment =
        Deployment.builder().id(id).description(description).createdDate(created()).build();
    s.deployments.put(id, deployment);
    if (stage != null) {
      Stage existing = s.stages.get(stage);
      s.stages.put(
          stage,
          existing != null
              ? existing.toBuilder().deploymentId(id).build()
              : Stage.builder()
                  .stageName(stage)
                  .deploymentId(id)
                  .createdDate(created())
                  .cacheClusterEnabled(false)
                  .tracingEnabled(false)
                  .build());
    }
    return deployment;
  }

  @Override
  public void createStage(String apiId, String stage, String deploymentId) {
    call("CreateStage", apiId, stage, deploymentId);
    Stored s = stored(apiId);
    if (!s.deployments.containsKey(deploymentId)) {
      throw notFound("Invalid Deployment identifier specified");
    }
    if (s.stages.containsKey(stage)) {
      throw new IllegalStateException("ConflictException: Stage already exists");
    }
    s.stages.put(
        stage,
        Stage.builder()
            .stageName(stage)
            .deploymentId(deploymentId)
            .createdDate(created())
            .cacheClusterEnabled(false)
            .tracingEnabled(false)
            .build());
  }

  @Override
  public Deployment createCanaryDeployment(
      String apiId, String stage, String description, DeploymentCanarySettings canary) {
    Stored s = stored(apiId);
    Stage existing = s.stages.get(stage);
    if (existing == null) {
      // create-canary-deployment.md: "If the specified stage does not exist, the preceding
      // command returns an error."
      call("CreateDeployment", apiId, stage, description, "canary");
      throw notFound("Invalid stage identifier specified");
    }
    Deployment deployment = createDeployment(apiId, null, description);
    log.set(
        log.size() - 1,
        "CreateDeployment " + apiId + ", " + stage + ", " + description + ", canary");
    s.stages.put(
        stage,
        existing.toBuilder()
            .canarySettings(
                CanarySettings.builder()
                    .deploymentId(deployment.id())
                    .percentTraffic(canary.percentTraffic())
                    .stageVariableOverrides(canary.stageVariableOverrides())
                    .useStageCache(canary.useStageCache())
                    .build())
            .build());
    return deployment;
  }

  @Override
  public void updateStage(String apiId, String stage, List<PatchOperation> operations) {
    call("UpdateStage", apiId, stage, ops(operations));
    Stored s = stored(apiId);
    Stage current = s.stages.get(stage);
    if (current == null) {
      throw notFound("Stage identifier specified " + stage);
    }
    Stage.Builder b = current.toBuilder();
    Map<String, String> variables =
        new TreeMap<>(current.variables() == null ? Map.of() : current.variables());
    Map<String, MethodSetting> settings =
        new TreeMap<>(current.methodSettings() == null ? Map.of() : current.methodSettings());
    AccessLogSettings accessLog = current.accessLogSettings();
    CanarySettings canary = current.canarySettings();
    for (PatchOperation o : operations) {
      String path = o.path();
      boolean remove = o.opAsString().equals("remove");
      if (path.equals("/canarySettings") && remove) {
        // delete-canary-deployment.md
        canary = null;
      } else if (path.startsWith("/canarySettings/")) {
        // update-canary-deployment.md / create-canary-deployment.md: a canary made by UpdateStage
        // starts on the stage's own deployment.
        CanarySettings.Builder c =
            canary == null
                ? CanarySettings.builder().deploymentId(current.deploymentId()).percentTraffic(0.0)
                : canary.toBuilder();
        Map<String, String> overrides =
            new TreeMap<>(
                canary == null || canary.stageVariableOverrides() == null
                    ? Map.of()
                    : canary.stageVariableOverrides());
        String field = path.substring("/canarySettings/".length());
        if (field.equals("percentTraffic")) {
          c.percentTraffic(Double.parseDouble(o.value()));
        } else if (field.equals("useStageCache")) {
          c.useStageCache(Boolean.parseBoolean(o.value()));
        } else if (field.startsWith("stageVariableOverrides/")) {
          String name = field.substring("stageVariableOverrides/".length());
          if (remove) {
            overrides.remove(name);
          } else {
            overrides.put(name, o.value());
          }
        } else {
          throw badRequest("Invalid patch path " + path);
        }
        canary = c.stageVariableOverrides(overrides.isEmpty() ? null : overrides).build();
      } else if (path.equals("/deploymentId")) {
        if (!s.deployments.containsKey(o.value())) {
          throw badRequest("Invalid deployment identifier specified " + o.value());
        }
        b.deploymentId(o.value());
      } else if (path.equals("/description")) {
        b.description(o.value() == null || o.value().isEmpty() ? null : o.value());
      } else if (path.startsWith("/variables/")) {
        String name = path.substring("/variables/".length());
        if (remove) {
          variables.remove(name);
        } else {
          variables.put(name, o.value());
        }
      } else if (path.equals("/cacheClusterEnabled")) {
        b.cacheClusterEnabled(Boolean.parseBoolean(o.value()));
      } else if (path.equals("/cacheClusterSize")) {
        b.cacheClusterSize(o.value());
      } else if (path.equals("/tracingEnabled")) {
        b.tracingEnabled(Boolean.parseBoolean(o.value()));
      } else if (path.equals("/accessLogSettings") && remove) {
        accessLog = null;
      } else if (path.equals("/accessLogSettings/destinationArn")) {
        accessLog =
            (accessLog == null ? AccessLogSettings.builder() : accessLog.toBuilder())
                .destinationArn(o.value())
                .build();
      } else if (path.equals("/accessLogSettings/format")) {
        accessLog =
            (accessLog == null ? AccessLogSettings.builder() : accessLog.toBuilder())
                .format(o.value())
                .build();
      } else {
        methodSetting(settings, path, remove, o.value());
      }
    }
    s.stages.put(
        stage,
        b.variables(variables.isEmpty() ? null : variables)
            .methodSettings(settings)
            .accessLogSettings(accessLog)
            .canarySettings(canary)
            .build());
  }

  /**
   * stages.md / set-up-stages.md: method settings are patched at {@code
   * /{resourcePath}/{httpMethod}/{setting}}, the path's slashes written {@code ~1}; {@code remove}
   * of {@code /{resourcePath}/{httpMethod}} drops the method's settings.
   */
  private static void methodSetting(
      Map<String, MethodSetting> settings, String path, boolean remove, String value) {
    String[] parts = path.split("/", 4);
    if (parts.length < 3) {
      throw badRequest("Invalid patch path " + path);
    }
    String key = parts[1] + "/" + parts[2];
    if (parts.length == 3) {
      if (!remove) {
        throw badRequest("Invalid patch path " + path);
      }
      settings.remove(key);
      return;
    }
    MethodSetting.Builder b =
        settings.containsKey(key)
            ? settings.get(key).toBuilder()
            : MethodSetting.builder()
                .throttlingRateLimit(-1.0)
                .throttlingBurstLimit(-1)
                .cacheTtlInSeconds(300)
                .metricsEnabled(false)
                .dataTraceEnabled(false)
                .loggingLevel("OFF")
                .cachingEnabled(false)
                .requireAuthorizationForCacheControl(true);
    switch (parts[3]) {
      case "throttling/rateLimit" -> b.throttlingRateLimit(Double.parseDouble(value));
      case "throttling/burstLimit" -> b.throttlingBurstLimit(Integer.parseInt(value));
      case "logging/loglevel" -> b.loggingLevel(value);
      case "logging/dataTrace" -> b.dataTraceEnabled(Boolean.parseBoolean(value));
      case "metrics/enabled" -> b.metricsEnabled(Boolean.parseBoolean(value));
      case "caching/enabled" -> b.cachingEnabled(Boolean.parseBoolean(value));
      case "caching/ttlInSeconds" -> b.cacheTtlInSeconds(Integer.parseInt(value));
      case "caching/requireAuthorizationForCacheControl" ->
          b.requireAuthorizationForCacheControl(Boolean.parseBoolean(value));
      case "caching/dataEncrypted" -> b.cacheDataEncrypted(Boolean.parseBoolean(value));
      default -> throw badRequest("Invalid patch path " + path);
    }
    settings.put(key, b.build());
  }

  @Override
  public void deleteStage(String apiId, String stage) {
    call("DeleteStage", apiId, stage);
    Stored s = stored(apiId);
    if (s.stages.remove(stage) == null) {
      throw notFound("Stage identifier specified " + stage);
    }
  }

  // ------------------------------------------------------------------ API keys

  @Override
  public List<ApiKey> apiKeys() {
    call("GetApiKeys");
    return List.copyOf(keys.values());
  }

  @Override
  public ApiKey createApiKey(
      String name, String value, boolean enabled, String description, Map<String, String> tags) {
    call("CreateApiKey", name, enabled, description, tags);
    // api-gateway-api-usage-plans.md: a value is 20 to 128 characters; AWS makes one when none is
    // given.
    if (value != null && (value.length() < 20 || value.length() > 128)) {
      throw badRequest("API Key value should be at least 20 characters");
    }
    String id = id();
    ApiKey key =
        ApiKey.builder()
            .id(id)
            .name(name)
            .value(value != null ? value : "generated" + id + "0123456789abcdefghij")
            .enabled(enabled)
            .description(description)
            .createdDate(created())
            .tags(tags == null ? Map.of() : tags)
            .build();
    keys.put(id, key);
    return key;
  }

  @Override
  public void updateApiKey(String keyId, List<PatchOperation> operations) {
    call("UpdateApiKey", keyId, ops(operations));
    ApiKey key = keys.get(keyId);
    if (key == null) {
      throw notFound("API Key identifier specified");
    }
    ApiKey.Builder b = key.toBuilder();
    for (PatchOperation o : operations) {
      switch (o.path()) {
        case "/enabled" -> b.enabled(Boolean.parseBoolean(o.value()));
        case "/description" -> b.description(o.value().isEmpty() ? null : o.value());
        case "/name" -> b.name(o.value());
        default -> throw badRequest("Invalid patch path " + o.path());
      }
    }
    keys.put(keyId, b.build());
  }

  @Override
  public void deleteApiKey(String keyId) {
    call("DeleteApiKey", keyId);
    if (keys.remove(keyId) == null) {
      throw notFound("API Key identifier specified");
    }
    // A deleted key leaves every usage plan that held it.
    planKeys.values().forEach(ids -> ids.remove(keyId));
  }

  // ---------------------------------------------------------------- usage plans

  @Override
  public List<UsagePlan> usagePlans() {
    call("GetUsagePlans");
    return List.copyOf(plans.values());
  }

  @Override
  public UsagePlan createUsagePlan(CreateUsagePlanRequest r) {
    call(
        "CreateUsagePlan",
        r.name(),
        r.apiStages().stream().map(st -> st.apiId() + ":" + st.stage()).toList(),
        r.tags());
    for (ApiStage stage : r.apiStages()) {
      checkStage(stage.apiId(), stage.stage());
    }
    String id = id();
    UsagePlan plan =
        UsagePlan.builder()
            .id(id)
            .name(r.name())
            .description(r.description())
            .throttle(r.throttle())
            .quota(r.quota())
            .apiStages(r.apiStages())
            .tags(r.hasTags() ? r.tags() : Map.of())
            .build();
    plans.put(id, plan);
    planKeys.put(id, new ArrayList<>());
    return plan;
  }

  private void checkStage(String apiId, String stage) {
    Stored s = apis.get(apiId);
    if (s == null || !s.stages.containsKey(stage)) {
      throw badRequest("Invalid stage identifier specified " + apiId + ":" + stage);
    }
  }

  @Override
  public void updateUsagePlan(String planId, List<PatchOperation> operations) {
    call("UpdateUsagePlan", planId, ops(operations));
    UsagePlan plan = plans.get(planId);
    if (plan == null) {
      throw notFound("Usage Plan ID specified");
    }
    UsagePlan.Builder b = plan.toBuilder();
    List<ApiStage> stages = new ArrayList<>(plan.apiStages());
    ThrottleSettings throttle = plan.throttle();
    QuotaSettings quota = plan.quota();
    for (PatchOperation o : operations) {
      String op = o.opAsString();
      String path = o.path();
      if (path.equals("/description")) {
        b.description(o.value() == null || o.value().isEmpty() ? null : o.value());
      } else if (path.equals("/apiStages") && op.equals("add")) {
        String[] stage = o.value().split(":", 2);
        checkStage(stage[0], stage[1]);
        stages.add(ApiStage.builder().apiId(stage[0]).stage(stage[1]).build());
      } else if (path.equals("/apiStages") && op.equals("remove")) {
        boolean removed = stages.removeIf(st -> (st.apiId() + ":" + st.stage()).equals(o.value()));
        if (!removed) {
          throw notFound("API stage " + o.value() + " in usage plan");
        }
      } else if (path.startsWith("/apiStages/") && path.endsWith("/throttle")) {
        // api-gateway-create-usage-plans-with-rest-api.md: a stage's method throttles replaced as
        // one JSON map, or removed.
        String stageKey =
            path.substring("/apiStages/".length(), path.length() - "/throttle".length());
        int at = -1;
        for (int i = 0; i < stages.size(); i++) {
          if ((stages.get(i).apiId() + ":" + stages.get(i).stage()).equals(stageKey)) {
            at = i;
          }
        }
        if (at < 0) {
          throw notFound("API stage " + stageKey + " in usage plan");
        }
        Map<String, ThrottleSettings> methods = new java.util.TreeMap<>();
        if (op.equals("replace")) {
          try {
            JSON.readTree(o.value())
                .fields()
                .forEachRemaining(
                    e ->
                        methods.put(
                            e.getKey(),
                            ThrottleSettings.builder()
                                .rateLimit(
                                    e.getValue().has("rateLimit")
                                        ? e.getValue().get("rateLimit").asDouble()
                                        : null)
                                .burstLimit(
                                    e.getValue().has("burstLimit")
                                        ? e.getValue().get("burstLimit").asInt()
                                        : null)
                                .build()));
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw badRequest("Invalid throttle map " + o.value());
          }
        } else if (!op.equals("remove")) {
          throw badRequest("Invalid patch operation " + op + " " + path);
        }
        stages.set(
            at, stages.get(at).toBuilder().throttle(methods.isEmpty() ? null : methods).build());
      } else if (path.equals("/throttle") && op.equals("remove")) {
        throttle = null;
      } else if (path.equals("/quota") && op.equals("remove")) {
        quota = null;
      } else if (path.startsWith("/throttle/")) {
        ThrottleSettings.Builder t =
            throttle == null ? ThrottleSettings.builder() : throttle.toBuilder();
        switch (path) {
          case "/throttle/rateLimit" -> t.rateLimit(Double.parseDouble(o.value()));
          case "/throttle/burstLimit" -> t.burstLimit(Integer.parseInt(o.value()));
          default -> throw badRequest("Invalid patch path " + path);
        }
        throttle = t.build();
      } else if (path.startsWith("/quota/")) {
        QuotaSettings.Builder q = quota == null ? QuotaSettings.builder() : quota.toBuilder();
        switch (path) {
          case "/quota/limit" -> q.limit(Integer.parseInt(o.value()));
          case "/quota/period" -> q.period(o.value());
          case "/quota/offset" -> q.offset(Integer.parseInt(o.value()));
          default -> throw badRequest("Invalid patch path " + path);
        }
        quota = q.build();
      } else {
        throw badRequest("Invalid patch path " + path);
      }
    }
    plans.put(planId, b.apiStages(stages).throttle(throttle).quota(quota).build());
  }

  @Override
  public void deleteUsagePlan(String planId) {
    call("DeleteUsagePlan", planId);
    UsagePlan plan = plans.get(planId);
    if (plan == null) {
      throw notFound("Usage Plan ID specified");
    }
    // AWS refuses while stages are attached (the answer quoted in aws/aws-sdk-js#3841).
    if (!plan.apiStages().isEmpty()) {
      ApiStage first = plan.apiStages().get(0);
      throw badRequest(
          "Cannot delete Usage Plan "
              + planId
              + " because there are API Stages associated with it, including "
              + first.apiId()
              + ":"
              + first.stage());
    }
    plans.remove(planId);
    planKeys.remove(planId);
  }

  @Override
  public List<UsagePlanKey> usagePlanKeys(String planId) {
    call("GetUsagePlanKeys", planId);
    List<String> ids = planKeys.get(planId);
    if (ids == null) {
      throw notFound("Usage Plan ID specified");
    }
    return ids.stream()
        .map(
            id ->
                UsagePlanKey.builder()
                    .id(id)
                    .name(keys.get(id).name())
                    .type("API_KEY")
                    .value(keys.get(id).value())
                    .build())
        .toList();
  }

  @Override
  public void createUsagePlanKey(String planId, String keyId) {
    call("CreateUsagePlanKey", planId, keyId);
    List<String> ids = planKeys.get(planId);
    if (ids == null) {
      throw notFound("Usage Plan ID specified");
    }
    if (!keys.containsKey(keyId)) {
      throw notFound("API Key identifier specified");
    }
    if (ids.contains(keyId)) {
      throw ConflictException.builder()
          .statusCode(409)
          .message(
              "Usage Plan "
                  + planId
                  + " cannot be added because API Key "
                  + keyId
                  + " already in it")
          .build();
    }
    ids.add(keyId);
  }

  @Override
  public void deleteUsagePlanKey(String planId, String keyId) {
    call("DeleteUsagePlanKey", planId, keyId);
    List<String> ids = planKeys.get(planId);
    if (ids == null || !ids.remove(keyId)) {
      throw notFound("Usage Plan Key identifier specified");
    }
  }
}
