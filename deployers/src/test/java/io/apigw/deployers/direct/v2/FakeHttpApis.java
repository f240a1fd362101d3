package io.apigw.deployers.direct.v2;

import io.apigw.deployers.aws.SimulatedControlPlane;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.apigatewayv2.model.AccessLogSettings;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.Authorizer;
import software.amazon.awssdk.services.apigatewayv2.model.CreateApiRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateAuthorizerRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateIntegrationRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateRouteRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateStageRequest;
import software.amazon.awssdk.services.apigatewayv2.model.Integration;
import software.amazon.awssdk.services.apigatewayv2.model.NotFoundException;
import software.amazon.awssdk.services.apigatewayv2.model.ParameterConstraints;
import software.amazon.awssdk.services.apigatewayv2.model.Route;
import software.amazon.awssdk.services.apigatewayv2.model.RouteResponse;
import software.amazon.awssdk.services.apigatewayv2.model.RouteSettings;
import software.amazon.awssdk.services.apigatewayv2.model.Stage;
import software.amazon.awssdk.services.apigatewayv2.model.TooManyRequestsException;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateApiRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateAuthorizerRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateIntegrationRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateRouteRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateStageRequest;

/**
 * apigatewayv2 in memory, answering as AWS does where the deployer depends on it: defaults filled
 * in (HTTP route selection, API key selection, integration timeouts, a stage's default route
 * settings), PATCH semantics on updates (what a request leaves out stays), lists in pages. It logs
 * every call by operation name, and can throttle: with {@link #throttle}, a token bucket of API
 * Gateway's control-plane rate on a simulated clock answers 429 when a call comes too early.
 */
final class FakeHttpApis implements HttpApis {

  private static final class Stored {
    Api api;
    final Map<String, Route> routes = new LinkedHashMap<>();
    final Map<String, Integration> integrations = new LinkedHashMap<>();
    final Map<String, Authorizer> authorizers = new LinkedHashMap<>();
    final Map<String, Stage> stages = new LinkedHashMap<>();
    final Map<String, Map<String, RouteResponse>> routeResponses = new LinkedHashMap<>();
    final List<String> deployments = new ArrayList<>();
  }

  final Map<String, Stored> apis = new LinkedHashMap<>();
  final List<String> log = new ArrayList<>();
  private int nextId;
  private int pageSize = 100;

  /** The quotas, when {@link #throttle} set them; null: every call is answered. */
  SimulatedControlPlane control;

  /** Answers 429 beyond {@code rate} calls per second with a burst of {@code burst}. */
  FakeHttpApis throttle(
      SimulatedControlPlane.Clock clock, double rate, double burst, Duration latency) {
    this.control = new SimulatedControlPlane(clock, rate, burst, latency, Map.of());
    return this;
  }

  FakeHttpApis pageSize(int size) {
    pageSize = size;
    return this;
  }

  /** Calls that change something: every operation but the reads. */
  List<String> mutations() {
    return log.stream().filter(op -> !op.startsWith("Get")).toList();
  }

  /** Puts an API there as someone else made it. */
  String existing(String name, String protocol, Map<String, String> tags) {
    return createApi(
        CreateApiRequest.builder().name(name).protocolType(protocol).tags(tags).build());
  }

  List<Route> routes(String apiId) {
    return List.copyOf(stored(apiId).routes.values());
  }

  List<Integration> integrations(String apiId) {
    return List.copyOf(stored(apiId).integrations.values());
  }

  List<Authorizer> authorizers(String apiId) {
    return List.copyOf(stored(apiId).authorizers.values());
  }

  Stage stage(String apiId, String name) {
    return stored(apiId).stages.get(name);
  }

  List<String> deployments(String apiId) {
    return stored(apiId).deployments;
  }

  Api api(String apiId) {
    return stored(apiId).api;
  }

  private void call(String operation) {
    if (control != null && !control.admit(operation)) {
      throw (TooManyRequestsException)
          TooManyRequestsException.builder().statusCode(429).message("Too Many Requests").build();
    }
    log.add(operation);
  }

  private String id() {
    return String.format("id%05d", ++nextId);
  }

  private Stored stored(String apiId) {
    Stored s = apis.get(apiId);
    if (s == null) {
      throw (NotFoundException)
          NotFoundException.builder().statusCode(404).message("Invalid API identifier").build();
    }
    return s;
  }

  private <T> Page<T> page(List<T> all, String token) {
    int from = token == null ? 0 : Integer.parseInt(token);
    int to = Math.min(all.size(), from + pageSize);
    return new Page<>(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
  }

  @Override
  public Page<Api> getApis(String nextToken) {
    call("GetApis");
    return page(apis.values().stream().map(s -> s.api).toList(), nextToken);
  }

  @Override
  public String createApi(CreateApiRequest r) {
    call("CreateApi");
    String id = id();
    Stored s = new Stored();
    s.api =
        Api.builder()
            .apiId(id)
            .name(r.name())
            .protocolType(r.protocolType())
            .description(r.description())
            .version(r.version())
            .routeSelectionExpression(
                r.routeSelectionExpression() != null
                    ? r.routeSelectionExpression()
                    : "$request.method $request.path")
            .apiKeySelectionExpression(
                r.apiKeySelectionExpression() != null
                    ? r.apiKeySelectionExpression()
                    : "$request.header.x-api-key")
            .corsConfiguration(r.corsConfiguration())
            .disableExecuteApiEndpoint(Boolean.TRUE.equals(r.disableExecuteApiEndpoint()))
            .tags(r.hasTags() ? r.tags() : Map.of())
            .build();
    apis.put(id, s);
    return id;
  }

  @Override
  public void updateApi(UpdateApiRequest r) {
    call("UpdateApi");
    Stored s = stored(r.apiId());
    Api.Builder b = s.api.toBuilder();
    if (r.description() != null) {
      b.description(r.description().isEmpty() ? null : r.description());
    }
    if (r.version() != null) {
      b.version(r.version());
    }
    if (r.routeSelectionExpression() != null) {
      b.routeSelectionExpression(r.routeSelectionExpression());
    }
    if (r.apiKeySelectionExpression() != null) {
      b.apiKeySelectionExpression(r.apiKeySelectionExpression());
    }
    if (r.corsConfiguration() != null) {
      b.corsConfiguration(r.corsConfiguration());
    }
    if (r.disableExecuteApiEndpoint() != null) {
      b.disableExecuteApiEndpoint(r.disableExecuteApiEndpoint());
    }
    s.api = b.build();
  }

  @Override
  public void deleteCorsConfiguration(String apiId) {
    call("DeleteCorsConfiguration");
    Stored s = stored(apiId);
    s.api =
        s.api.toBuilder()
            .corsConfiguration((software.amazon.awssdk.services.apigatewayv2.model.Cors) null)
            .build();
  }

  @Override
  public void deleteApi(String apiId) {
    call("DeleteApi");
    stored(apiId);
    apis.remove(apiId);
  }

  private Stored byArn(String arn) {
    return stored(arn.substring(arn.lastIndexOf('/') + 1));
  }

  @Override
  public void tagResource(String resourceArn, Map<String, String> tags) {
    call("TagResource");
    Stored s = byArn(resourceArn);
    Map<String, String> all = new LinkedHashMap<>(s.api.tags());
    all.putAll(tags);
    s.api = s.api.toBuilder().tags(all).build();
  }

  @Override
  public void untagResource(String resourceArn, List<String> tagKeys) {
    call("UntagResource");
    Stored s = byArn(resourceArn);
    Map<String, String> all = new LinkedHashMap<>(s.api.tags());
    tagKeys.forEach(all::remove);
    s.api = s.api.toBuilder().tags(all).build();
  }

  @Override
  public Page<Integration> getIntegrations(String apiId, String nextToken) {
    call("GetIntegrations");
    return page(List.copyOf(stored(apiId).integrations.values()), nextToken);
  }

  @Override
  public String createIntegration(CreateIntegrationRequest r) {
    call("CreateIntegration");
    Stored s = stored(r.apiId());
    String id = id();
    boolean http = s.api.protocolTypeAsString().equals("HTTP");
    s.integrations.put(
        id,
        Integration.builder()
            .integrationId(id)
            .integrationType(r.integrationType())
            .integrationSubtype(r.integrationSubtype())
            .integrationUri(r.integrationUri())
            .integrationMethod(r.integrationMethod())
            .payloadFormatVersion(r.payloadFormatVersion())
            .timeoutInMillis(
                r.timeoutInMillis() != null ? r.timeoutInMillis() : http ? 30000 : 29000)
            .connectionType(r.connectionType() != null ? r.connectionTypeAsString() : "INTERNET")
            .connectionId(r.connectionId())
            .credentialsArn(r.credentialsArn())
            .requestParameters(r.hasRequestParameters() ? r.requestParameters() : null)
            .requestTemplates(r.hasRequestTemplates() ? r.requestTemplates() : null)
            .templateSelectionExpression(r.templateSelectionExpression())
            .passthroughBehavior(r.passthroughBehaviorAsString())
            .contentHandlingStrategy(r.contentHandlingStrategyAsString())
            .build());
    return id;
  }

  @Override
  public void updateIntegration(UpdateIntegrationRequest r) {
    call("UpdateIntegration");
    Stored s = stored(r.apiId());
    Integration.Builder b = s.integrations.get(r.integrationId()).toBuilder();
    if (r.integrationType() != null) {
      b.integrationType(r.integrationTypeAsString());
    }
    if (r.integrationUri() != null) {
      b.integrationUri(r.integrationUri());
    }
    if (r.integrationMethod() != null) {
      b.integrationMethod(r.integrationMethod());
    }
    if (r.payloadFormatVersion() != null) {
      b.payloadFormatVersion(r.payloadFormatVersion());
    }
    if (r.timeoutInMillis() != null) {
      b.timeoutInMillis(r.timeoutInMillis());
    }
    if (r.passthroughBehavior() != null) {
      b.passthroughBehavior(r.passthroughBehaviorAsString());
    }
    if (r.hasRequestParameters()) {
      b.requestParameters(r.requestParameters());
    }
    s.integrations.put(r.integrationId(), b.build());
  }

  @Override
  public void deleteIntegration(String apiId, String integrationId) {
    call("DeleteIntegration");
    Stored s = stored(apiId);
    for (Route r : s.routes.values()) {
      if (("integrations/" + integrationId).equals(r.target())) {
        throw new IllegalStateException(
            "integration " + integrationId + " is still used by route " + r.routeKey());
      }
    }
    s.integrations.remove(integrationId);
  }

  @Override
  public Page<Route> getRoutes(String apiId, String nextToken) {
    call("GetRoutes");
    return page(List.copyOf(stored(apiId).routes.values()), nextToken);
  }

  @Override
  public String createRoute(CreateRouteRequest r) {
    call("CreateRoute");
    Stored s = stored(r.apiId());
    checkTarget(s, r.target());
    checkAuthorizer(s, r.authorizerId());
    String id = id();
    s.routes.put(
        id,
        Route.builder()
            .routeId(id)
            .routeKey(r.routeKey())
            .target(r.target())
            .authorizationType(
                r.authorizationType() != null ? r.authorizationTypeAsString() : "NONE")
            .authorizerId(r.authorizerId())
            .authorizationScopes(r.hasAuthorizationScopes() ? r.authorizationScopes() : null)
            .apiKeyRequired(Boolean.TRUE.equals(r.apiKeyRequired()))
            .operationName(r.operationName())
            .routeResponseSelectionExpression(r.routeResponseSelectionExpression())
            .requestParameters(r.hasRequestParameters() ? r.requestParameters() : null)
            .build());
    return id;
  }

  private static void checkTarget(Stored s, String target) {
    if (target != null
        && !target.isEmpty()
        && !s.integrations.containsKey(target.substring("integrations/".length()))) {
      throw new IllegalStateException("no integration " + target);
    }
  }

  private static void checkAuthorizer(Stored s, String authorizerId) {
    if (authorizerId != null && !s.authorizers.containsKey(authorizerId)) {
      throw new IllegalStateException("no authorizer " + authorizerId);
    }
  }

  @Override
  public void updateRoute(UpdateRouteRequest r) {
    call("UpdateRoute");
    Stored s = stored(r.apiId());
    checkTarget(s, r.target());
    checkAuthorizer(s, r.authorizerId());
    Route.Builder b = s.routes.get(r.routeId()).toBuilder();
    if (r.target() != null) {
      b.target(r.target().isEmpty() ? null : r.target());
    }
    if (r.authorizationType() != null) {
      b.authorizationType(r.authorizationTypeAsString());
      if (r.authorizationTypeAsString().equals("NONE")) {
        b.authorizerId(null);
      }
    }
    if (r.authorizerId() != null) {
      b.authorizerId(r.authorizerId());
    }
    if (r.hasAuthorizationScopes()) {
      b.authorizationScopes(r.authorizationScopes());
    }
    if (r.apiKeyRequired() != null) {
      b.apiKeyRequired(r.apiKeyRequired());
    }
    if (r.operationName() != null) {
      b.operationName(r.operationName());
    }
    if (r.routeResponseSelectionExpression() != null) {
      b.routeResponseSelectionExpression(r.routeResponseSelectionExpression());
    }
    if (r.hasRequestParameters()) {
      // Merged: only DeleteRouteRequestParameter drops one.
      Route current = s.routes.get(r.routeId());
      Map<String, ParameterConstraints> all =
          new LinkedHashMap<>(
              current.hasRequestParameters() ? current.requestParameters() : Map.of());
      all.putAll(r.requestParameters());
      b.requestParameters(all);
    }
    s.routes.put(r.routeId(), b.build());
  }

  @Override
  public void deleteRoute(String apiId, String routeId) {
    call("DeleteRoute");
    stored(apiId).routes.remove(routeId);
    stored(apiId).routeResponses.remove(routeId);
  }

  Route route(String apiId, String routeKey) {
    return stored(apiId).routes.values().stream()
        .filter(r -> r.routeKey().equals(routeKey))
        .findFirst()
        .orElseThrow();
  }

  @Override
  public void deleteRouteRequestParameter(
      String apiId, String routeId, String requestParameterKey) {
    call("DeleteRouteRequestParameter");
    Stored s = stored(apiId);
    Route current = route(s, routeId);
    Map<String, ParameterConstraints> left = new LinkedHashMap<>(current.requestParameters());
    if (left.remove(requestParameterKey) == null) {
      throw (NotFoundException)
          NotFoundException.builder().statusCode(404).message("Invalid request parameter").build();
    }
    s.routes.put(routeId, current.toBuilder().requestParameters(left).build());
  }

  /** The route responses of the route with {@code routeKey}. */
  List<RouteResponse> routeResponses(String apiId, String routeKey) {
    Stored s = stored(apiId);
    return s.routes.values().stream()
        .filter(r -> r.routeKey().equals(routeKey))
        .flatMap(r -> s.routeResponses.getOrDefault(r.routeId(), Map.of()).values().stream())
        .toList();
  }

  private Route route(Stored s, String routeId) {
    Route r = s.routes.get(routeId);
    if (r == null) {
      throw (NotFoundException)
          NotFoundException.builder().statusCode(404).message("Invalid route").build();
    }
    return r;
  }

  @Override
  public Page<RouteResponse> getRouteResponses(String apiId, String routeId, String nextToken) {
    call("GetRouteResponses");
    Stored s = stored(apiId);
    route(s, routeId);
    return page(List.copyOf(s.routeResponses.getOrDefault(routeId, Map.of()).values()), nextToken);
  }

  @Override
  public String createRouteResponse(String apiId, String routeId, String routeResponseKey) {
    call("CreateRouteResponse");
    Stored s = stored(apiId);
    route(s, routeId);
    if (!routeResponseKey.equals("$default")) {
      // "currently only the $default key is supported"
      throw new IllegalStateException("route response key " + routeResponseKey);
    }
    Map<String, RouteResponse> responses =
        s.routeResponses.computeIfAbsent(routeId, k -> new LinkedHashMap<>());
    if (responses.values().stream().anyMatch(x -> x.routeResponseKey().equals(routeResponseKey))) {
      throw new IllegalStateException("route response " + routeResponseKey + " exists");
    }
    String id = id();
    responses.put(
        id, RouteResponse.builder().routeResponseId(id).routeResponseKey(routeResponseKey).build());
    return id;
  }

  @Override
  public void deleteRouteResponse(String apiId, String routeId, String routeResponseId) {
    call("DeleteRouteResponse");
    Stored s = stored(apiId);
    route(s, routeId);
    if (s.routeResponses.getOrDefault(routeId, new LinkedHashMap<>()).remove(routeResponseId)
        == null) {
      throw (NotFoundException)
          NotFoundException.builder().statusCode(404).message("Invalid route response").build();
    }
  }

  @Override
  public Page<Authorizer> getAuthorizers(String apiId, String nextToken) {
    call("GetAuthorizers");
    return page(List.copyOf(stored(apiId).authorizers.values()), nextToken);
  }

  @Override
  public Authorizer getAuthorizer(String apiId, String authorizerId) {
    call("GetAuthorizer");
    Authorizer a = stored(apiId).authorizers.get(authorizerId);
    if (a == null) {
      throw (NotFoundException)
          NotFoundException.builder().statusCode(404).message("Invalid authorizer").build();
    }
    return a;
  }

  @Override
  public String createAuthorizer(CreateAuthorizerRequest r) {
    call("CreateAuthorizer");
    Stored s = stored(r.apiId());
    String id = id();
    s.authorizers.put(
        id,
        Authorizer.builder()
            .authorizerId(id)
            .name(r.name())
            .authorizerType(r.authorizerType())
            .authorizerUri(r.authorizerUri())
            .authorizerCredentialsArn(r.authorizerCredentialsArn())
            .identitySource(r.identitySource())
            .authorizerResultTtlInSeconds(r.authorizerResultTtlInSeconds())
            .authorizerPayloadFormatVersion(r.authorizerPayloadFormatVersion())
            .enableSimpleResponses(r.enableSimpleResponses())
            .jwtConfiguration(r.jwtConfiguration())
            .build());
    return id;
  }

  @Override
  public void updateAuthorizer(UpdateAuthorizerRequest r) {
    call("UpdateAuthorizer");
    Stored s = stored(r.apiId());
    Authorizer.Builder b = s.authorizers.get(r.authorizerId()).toBuilder();
    if (r.jwtConfiguration() != null) {
      b.jwtConfiguration(r.jwtConfiguration());
    }
    if (r.hasIdentitySource()) {
      b.identitySource(r.identitySource());
    }
    if (r.authorizerUri() != null) {
      b.authorizerUri(r.authorizerUri());
    }
    if (r.authorizerResultTtlInSeconds() != null) {
      b.authorizerResultTtlInSeconds(r.authorizerResultTtlInSeconds());
    }
    s.authorizers.put(r.authorizerId(), b.build());
  }

  @Override
  public void deleteAuthorizer(String apiId, String authorizerId) {
    call("DeleteAuthorizer");
    Stored s = stored(apiId);
    for (Route r : s.routes.values()) {
      if (authorizerId.equals(r.authorizerId())) {
        throw new IllegalStateException("authorizer still used by route " + r.routeKey());
      }
    }
    s.authorizers.remove(authorizerId);
  }

  @Override
  public Page<Stage> getStages(String apiId, String nextToken) {
    call("GetStages");
    return page(List.copyOf(stored(apiId).stages.values()), nextToken);
  }

  @Override
  public void createStage(CreateStageRequest r) {
    call("CreateStage");
    Stored s = stored(r.apiId());
    RouteSettings defaults =
        r.defaultRouteSettings() != null
            ? r.defaultRouteSettings().toBuilder()
                .detailedMetricsEnabled(
                    Boolean.TRUE.equals(r.defaultRouteSettings().detailedMetricsEnabled()))
                .build()
            : RouteSettings.builder().detailedMetricsEnabled(false).build();
    s.stages.put(
        r.stageName(),
        Stage.builder()
            .stageName(r.stageName())
            .description(r.description())
            .autoDeploy(Boolean.TRUE.equals(r.autoDeploy()))
            .stageVariables(r.hasStageVariables() ? r.stageVariables() : Map.of())
            .defaultRouteSettings(defaults)
            .routeSettings(r.hasRouteSettings() ? r.routeSettings() : Map.of())
            .accessLogSettings(r.accessLogSettings())
            .tags(r.hasTags() ? r.tags() : Map.of())
            .build());
  }

  @Override
  public void updateStage(UpdateStageRequest r) {
    call("UpdateStage");
    Stored s = stored(r.apiId());
    Stage.Builder b = s.stages.get(r.stageName()).toBuilder();
    if (r.autoDeploy() != null) {
      b.autoDeploy(r.autoDeploy());
    }
    if (r.description() != null) {
      b.description(r.description().isEmpty() ? null : r.description());
    }
    Stage current = s.stages.get(r.stageName());
    if (r.hasStageVariables()) {
      // UpdateStage merges variables into the stage's; an empty value removes one (the way the
      // Terraform AWS provider removes them, as no variable may be empty).
      Map<String, String> variables = new LinkedHashMap<>(current.stageVariables());
      r.stageVariables()
          .forEach(
              (k, v) -> {
                if (v.isEmpty()) {
                  variables.remove(k);
                } else {
                  variables.put(k, v);
                }
              });
      b.stageVariables(variables);
    }
    if (r.defaultRouteSettings() != null) {
      b.defaultRouteSettings(r.defaultRouteSettings());
    }
    if (r.hasRouteSettings()) {
      // Merged per route key, and within a key field by field: what a request leaves out stays,
      // so only DeleteRouteSettings drops a route's settings.
      Map<String, RouteSettings> all = new LinkedHashMap<>(current.routeSettings());
      r.routeSettings().forEach((k, v) -> all.merge(k, v, FakeHttpApis::merged));
      b.routeSettings(all);
    }
    if (r.accessLogSettings() != null) {
      b.accessLogSettings(r.accessLogSettings());
    }
    s.stages.put(r.stageName(), b.build());
  }

  @Override
  public void deleteStage(String apiId, String stageName) {
    call("DeleteStage");
    stored(apiId).stages.remove(stageName);
  }

  private static RouteSettings merged(RouteSettings have, RouteSettings given) {
    RouteSettings.Builder b = have.toBuilder();
    if (given.throttlingRateLimit() != null) {
      b.throttlingRateLimit(given.throttlingRateLimit());
    }
    if (given.throttlingBurstLimit() != null) {
      b.throttlingBurstLimit(given.throttlingBurstLimit());
    }
    if (given.loggingLevel() != null) {
      b.loggingLevel(given.loggingLevelAsString());
    }
    if (given.dataTraceEnabled() != null) {
      b.dataTraceEnabled(given.dataTraceEnabled());
    }
    if (given.detailedMetricsEnabled() != null) {
      b.detailedMetricsEnabled(given.detailedMetricsEnabled());
    }
    return b.build();
  }

  @Override
  public void deleteRouteSettings(String apiId, String stageName, String routeKey) {
    call("DeleteRouteSettings");
    Stage stage = stored(apiId).stages.get(stageName);
    if (!stage.routeSettings().containsKey(routeKey)) {
      throw (NotFoundException)
          NotFoundException.builder().statusCode(404).message("Invalid route key").build();
    }
    Map<String, RouteSettings> left = new LinkedHashMap<>(stage.routeSettings());
    left.remove(routeKey);
    stored(apiId).stages.put(stageName, stage.toBuilder().routeSettings(left).build());
  }

  @Override
  public void deleteAccessLogSettings(String apiId, String stageName) {
    call("DeleteAccessLogSettings");
    Stage stage = stored(apiId).stages.get(stageName);
    stored(apiId)
        .stages
        .put(stageName, stage.toBuilder().accessLogSettings((AccessLogSettings) null).build());
  }

  @Override
  public String createDeployment(String apiId, String stageName, String description) {
    call("CreateDeployment");
    Stored s = stored(apiId);
    if (!s.stages.containsKey(stageName)) {
      throw new IllegalStateException("no stage " + stageName);
    }
    String id = id();
    s.deployments.add(stageName + ":" + id);
    return id;
  }
}
