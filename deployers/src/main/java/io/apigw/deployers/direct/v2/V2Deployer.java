package io.apigw.deployers.direct.v2;

import io.apigw.deployers.aws.DeployException;
import io.apigw.deployers.deploy.Console;
import io.apigw.deployers.deploy.DeployResult;
import io.apigw.deployers.deploy.DirectDeployer;
import io.apigw.deployers.deploy.DirectOptions;
import io.apigw.deployers.deploy.Managed;
import io.apigw.deployers.direct.v2.V2State.ApiSpec;
import io.apigw.deployers.direct.v2.V2State.AuthorizerSpec;
import io.apigw.deployers.direct.v2.V2State.Desired;
import io.apigw.deployers.direct.v2.V2State.IntegrationSpec;
import io.apigw.deployers.direct.v2.V2State.Live;
import io.apigw.deployers.direct.v2.V2State.RouteSpec;
import io.apigw.deployers.direct.v2.V2State.StageSpec;
import io.apigw.deployers.plan.Change;
import io.apigw.deployers.plan.Plan;
import io.apigw.deployers.plan.PlanPrinter;
import io.apigw.deployers.plan.State;
import io.apigw.model.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.apigatewayv2.model.AccessLogSettings;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.ApiGatewayV2Exception;
import software.amazon.awssdk.services.apigatewayv2.model.CreateApiRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateAuthorizerRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateIntegrationRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateRouteRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateStageRequest;
import software.amazon.awssdk.services.apigatewayv2.model.Integration;
import software.amazon.awssdk.services.apigatewayv2.model.JWTConfiguration;
import software.amazon.awssdk.services.apigatewayv2.model.ParameterConstraints;
import software.amazon.awssdk.services.apigatewayv2.model.Route;
import software.amazon.awssdk.services.apigatewayv2.model.RouteResponse;
import software.amazon.awssdk.services.apigatewayv2.model.RouteSettings;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateApiRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateAuthorizerRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateIntegrationRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateRouteRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateStageRequest;

/**
 * Deploys an HTTP or WebSocket API directly through apigatewayv2: finds the API apigw made before
 * (by name and the {@link Managed#TAG} tag), compares it with the definition ({@link V2State}),
 * shows the plan, and applies only the changes, in an order that never leaves a route pointing at
 * nothing: authorizers and integrations before the routes that use them, routes deleted before the
 * integrations and authorizers they used, stages last, then a deployment to every stage that does
 * not deploy itself.
 */
public final class V2Deployer implements DirectDeployer {
  static final String MODE = "direct";

  private final HttpApis apis;
  private final Console console;
  private final String region;
  private final String accountId;

  public V2Deployer(HttpApis apis, Console console, String region, String accountId) {
    this.apis = Objects.requireNonNull(apis, "apis");
    this.console = Objects.requireNonNull(console, "console");
    this.region = Objects.requireNonNull(region, "region");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
  }

  /** What {@link #deploy} would change; calls nothing that changes AWS. */
  @Override
  public DeployResult plan(io.apigw.model.Api api, DirectOptions options) {
    Desired desired = V2State.desired(api, options, region, accountId);
    Api found = find(api);
    Plan plan = plan(desired, found, options);
    String id = found == null ? null : found.apiId();
    return result(
        api,
        id,
        plan.isEmpty() ? DeployResult.Outcome.NO_CHANGES : DeployResult.Outcome.NOT_EXECUTED,
        plan,
        desired);
  }

  /**
   * Applies the definition: creates the API, or changes what differs; nothing when nothing does.
   */
  @Override
  public DeployResult deploy(io.apigw.model.Api api, DirectOptions options) {
    Desired desired = V2State.desired(api, options, region, accountId);
    Api found = find(api);
    Live live = read(found, options);
    State liveState = live == null ? V2State.categories(new State()) : live.state(options.stage());
    Plan plan = State.diff(desired.state(), liveState);
    console.report(PlanPrinter.text(subject(api), plan));
    String id = found == null ? null : found.apiId();
    if (plan.isEmpty()) {
      return result(api, id, DeployResult.Outcome.NO_CHANGES, plan, desired);
    }
    if (!go(options, "Deploy these changes to " + subject(api) + "?")) {
      return result(api, id, DeployResult.Outcome.NOT_EXECUTED, plan, desired);
    }
    id = new Apply(desired, live, plan, options).run();
    console.progress(subject(api) + ": deployed (" + PlanPrinter.summary(plan) + ")");
    return result(api, id, DeployResult.Outcome.DEPLOYED, plan, desired);
  }

  /** Deletes the API apigw created for this definition; nothing else is touched. */
  @Override
  public DeployResult destroy(io.apigw.model.Api api, DirectOptions options) {
    Api found = find(api);
    if (found == null) {
      console.report(subject(api) + ": nothing to destroy\n");
      return new DeployResult(
          MODE,
          api.name(),
          null,
          DeployResult.Outcome.NOTHING_TO_DESTROY,
          null,
          null,
          null,
          apis.stats());
    }
    Live live = Live.read(apis, found, options.emulator());
    Plan plan = State.diff(V2State.categories(new State()), live.state(null));
    console.report(PlanPrinter.text(subject(api) + " (" + found.apiId() + ")", plan));
    if (!go(options, "Delete " + subject(api) + " (" + found.apiId() + ") and everything in it?")) {
      return new DeployResult(
          MODE,
          api.name(),
          found.apiId(),
          DeployResult.Outcome.NOT_EXECUTED,
          plan,
          null,
          null,
          apis.stats());
    }
    apis.deleteApi(found.apiId());
    console.progress(subject(api) + ": deleted " + found.apiId());
    return new DeployResult(
        MODE,
        api.name(),
        found.apiId(),
        DeployResult.Outcome.DESTROYED,
        plan,
        null,
        null,
        apis.stats());
  }

  private Live read(Api found, DirectOptions options) {
    if (found == null) {
      return null;
    }
    Live live = Live.read(apis, found, options.emulator());
    if (live.routeResponses() == null && live.protocol().equals("WEBSOCKET")) {
      console.progress(
          "note: the emulator has no GetRouteResponses: routes with a route response selection"
              + " expression are taken to have their $default route response");
    }
    return live;
  }

  private Plan plan(Desired desired, Api found, DirectOptions options) {
    Live live = read(found, options);
    State liveState = live == null ? V2State.categories(new State()) : live.state(options.stage());
    Plan plan = State.diff(desired.state(), liveState);
    console.report(
        PlanPrinter.text(
            desired.websocket()
                ? "WebSocket API " + desired.api().name()
                : "HTTP API " + desired.api().name(),
            plan));
    return plan;
  }

  private boolean go(DirectOptions options, String question) {
    if (!options.execute()) {
      return false;
    }
    if (options.yes()) {
      return true;
    }
    if (!console.interactive()) {
      throw new DeployException(
          "not applying changes without confirmation: no terminal to ask on (pass --yes)");
    }
    return console.confirm(question);
  }

  /**
   * The API apigw created for this definition: same name, protocol and {@code apigw} tag. A
   * same-named API without the tag is someone else's: it is never touched, and the user is told.
   */
  Api find(io.apigw.model.Api api) {
    List<Api> tagged = new ArrayList<>();
    List<Api> untagged = new ArrayList<>();
    for (Api a : HttpApis.all(apis::getApis)) {
      if (!api.name().equals(a.name())) {
        continue;
      }
      if (Managed.isManaged(a.hasTags() ? a.tags() : Map.of(), api.name())) {
        tagged.add(a);
      } else {
        untagged.add(a);
      }
    }
    for (Api other : untagged) {
      console.report(
          "note: an API named "
              + api.name()
              + " ("
              + other.apiId()
              + ") has no "
              + Managed.TAG
              + " tag; apigw did not create it and leaves it untouched\n");
    }
    if (tagged.size() > 1) {
      throw new DeployException(
          "more than one API is named "
              + api.name()
              + " and tagged "
              + Managed.TAG
              + "="
              + api.name()
              + " ("
              + String.join(", ", tagged.stream().map(Api::apiId).toList())
              + "): delete all but one");
    }
    if (tagged.isEmpty()) {
      return null;
    }
    Api found = tagged.get(0);
    String want = api.protocol() == Protocol.WEBSOCKET ? "WEBSOCKET" : "HTTP";
    if (!want.equals(found.protocolTypeAsString())) {
      throw new DeployException(
          api.name()
              + " ("
              + found.apiId()
              + ") is a "
              + found.protocolTypeAsString()
              + " API and the definition a "
              + want
              + " one; a protocol cannot change: run apigw destroy first");
    }
    return found;
  }

  private String subject(io.apigw.model.Api api) {
    return (api.protocol() == Protocol.WEBSOCKET ? "WebSocket API " : "HTTP API ") + api.name();
  }

  private DeployResult result(
      io.apigw.model.Api api, String id, DeployResult.Outcome outcome, Plan plan, Desired desired) {
    Map<String, String> urls = new LinkedHashMap<>();
    if (id != null) {
      for (String stage : desired.stages().keySet()) {
        urls.put(stage, Managed.invokeUrl(id, region, stage, desired.websocket()));
      }
    }
    return new DeployResult(MODE, api.name(), id, outcome, plan, urls, null, apis.stats());
  }

  /** One run of the changes of a plan. */
  private final class Apply {
    private final Desired desired;
    private final Live live;
    private final Plan plan;
    private final DirectOptions options;
    private final Map<String, String> authorizerIds = new HashMap<>();

    /** Live routes that still target each integration, so one is deleted only when unused. */
    private final Map<String, Integer> integrationUsers = new HashMap<>();

    private String apiId;

    Apply(Desired desired, Live live, Plan plan, DirectOptions options) {
      this.desired = desired;
      this.live = live;
      this.plan = plan;
      this.options = options;
    }

    String run() {
      if (live != null) {
        apiId = live.api().apiId();
        live.authorizers().forEach((name, a) -> authorizerIds.put(name, a.authorizerId()));
        for (Route r : live.routes().values()) {
          Integration i = live.integrationOf(r);
          if (i != null) {
            integrationUsers.merge(i.integrationId(), 1, Integer::sum);
          }
        }
      }
      api();
      for (Change c : changes(V2State.AUTHORIZER, Change.Kind.ADD, Change.Kind.CHANGE)) {
        authorizer(c);
      }
      for (Change c : changes(V2State.ROUTE, Change.Kind.ADD, Change.Kind.CHANGE)) {
        route(c);
      }
      for (Change c : changes(V2State.ROUTE, Change.Kind.REMOVE)) {
        Route r = live.routes().get(c.name());
        apis.deleteRoute(apiId, r.routeId());
        progress("deleted route " + c.name());
        Integration i = live.integrationOf(r);
        if (i != null) {
          release(i.integrationId());
        }
      }
      // Integrations no route targeted when the API was read (those this run's route changes
      // release are deleted with them).
      Map<String, Integration> unused = live == null ? Map.of() : live.unusedIntegrations();
      for (Change c : changes(V2State.INTEGRATION, Change.Kind.REMOVE)) {
        apis.deleteIntegration(apiId, unused.get(c.name()).integrationId());
        progress("deleted integration " + c.name() + ", which no route used");
      }
      for (Change c : changes(V2State.AUTHORIZER, Change.Kind.REMOVE)) {
        apis.deleteAuthorizer(apiId, authorizerIds.get(c.name()));
        progress("deleted authorizer " + c.name());
      }
      for (Change c :
          changes(V2State.STAGE, Change.Kind.ADD, Change.Kind.CHANGE, Change.Kind.REMOVE)) {
        stage(c);
      }
      deployments();
      return apiId;
    }

    private List<Change> changes(String category, Change.Kind... kinds) {
      List<Change> found = new ArrayList<>();
      for (Change c : plan.changes()) {
        if (c.category().equals(category) && List.of(kinds).contains(c.kind())) {
          found.add(c);
        }
      }
      return found;
    }

    private void progress(String line) {
      console.progress("  " + line);
    }

    private void api() {
      ApiSpec a = desired.api();
      if (live == null) {
        CreateApiRequest.Builder create =
            CreateApiRequest.builder()
                .name(a.name())
                .protocolType(a.protocol())
                .description(a.description())
                .version(a.version())
                .routeSelectionExpression(a.routeSelection())
                .apiKeySelectionExpression(a.apiKeySelection())
                .disableExecuteApiEndpoint(a.disableExecuteApiEndpoint() ? Boolean.TRUE : null)
                .tags(a.tags());
        if (a.cors() != null) {
          create.corsConfiguration(a.cors().toSdk());
        }
        apiId = apis.createApi(create.build());
        progress("created API " + a.name() + " (" + apiId + ")");
        return;
      }
      if (changes(V2State.API, Change.Kind.CHANGE).isEmpty()) {
        return;
      }
      ApiSpec have = live.apiSpec();
      boolean settings =
          !Objects.equals(a.description(), have.description())
              || !Objects.equals(a.version(), have.version())
              || !Objects.equals(a.routeSelection(), have.routeSelection())
              || !Objects.equals(a.apiKeySelection(), have.apiKeySelection())
              || a.disableExecuteApiEndpoint() != have.disableExecuteApiEndpoint()
              || (a.cors() != null && !a.cors().equals(have.cors()));
      if (settings) {
        UpdateApiRequest.Builder update =
            UpdateApiRequest.builder()
                .apiId(apiId)
                .description(a.description() == null ? "" : a.description())
                .version(a.version())
                .routeSelectionExpression(a.routeSelection())
                .apiKeySelectionExpression(a.apiKeySelection())
                .disableExecuteApiEndpoint(a.disableExecuteApiEndpoint());
        if (a.cors() != null) {
          update.corsConfiguration(a.cors().toSdk());
        }
        apis.updateApi(update.build());
        progress("updated API settings");
      }
      if (a.cors() == null && have.cors() != null) {
        apis.deleteCorsConfiguration(apiId);
        progress("removed the CORS configuration");
      }
      if (!a.tags().equals(have.tags())) {
        String arn = V2State.Arns.apiArn(region, apiId);
        List<String> gone = new ArrayList<>(have.tags().keySet());
        gone.removeAll(a.tags().keySet());
        if (!gone.isEmpty()) {
          apis.untagResource(arn, gone);
        }
        Map<String, String> set = new LinkedHashMap<>();
        a.tags()
            .forEach(
                (k, v) -> {
                  if (!v.equals(have.tags().get(k))) {
                    set.put(k, v);
                  }
                });
        if (!set.isEmpty()) {
          apis.tagResource(arn, set);
        }
        progress("updated tags");
      }
    }

    private void authorizer(Change c) {
      AuthorizerSpec a = desired.authorizers().get(c.name());
      JWTConfiguration jwt =
          a.type().equals("JWT")
              ? JWTConfiguration.builder().issuer(a.issuer()).audience(a.audiences()).build()
              : null;
      if (c.kind() == Change.Kind.ADD) {
        String id =
            apis.createAuthorizer(
                CreateAuthorizerRequest.builder()
                    .apiId(apiId)
                    .name(a.name())
                    .authorizerType(a.type())
                    .authorizerUri(a.uri())
                    .authorizerCredentialsArn(a.credentials())
                    .identitySource(a.identitySources())
                    .authorizerResultTtlInSeconds(a.ttlSeconds())
                    .authorizerPayloadFormatVersion(a.payloadFormatVersion())
                    .enableSimpleResponses(
                        a.payloadFormatVersion() != null && a.payloadFormatVersion().equals("2.0")
                            ? a.simpleResponses()
                            : null)
                    .jwtConfiguration(jwt)
                    .build());
        authorizerIds.put(a.name(), id);
        progress("created authorizer " + a.name());
      } else {
        apis.updateAuthorizer(
            UpdateAuthorizerRequest.builder()
                .apiId(apiId)
                .authorizerId(authorizerIds.get(a.name()))
                .name(a.name())
                .authorizerType(a.type())
                .authorizerUri(a.uri())
                .authorizerCredentialsArn(a.credentials())
                .identitySource(a.identitySources())
                .authorizerResultTtlInSeconds(a.ttlSeconds())
                .authorizerPayloadFormatVersion(a.payloadFormatVersion())
                .enableSimpleResponses(
                    a.payloadFormatVersion() != null && a.payloadFormatVersion().equals("2.0")
                        ? a.simpleResponses()
                        : null)
                .jwtConfiguration(jwt)
                .build());
        progress("updated authorizer " + a.name());
      }
    }

    private void route(Change c) {
      RouteSpec want = desired.routes().get(c.name());
      if (c.kind() == Change.Kind.ADD) {
        String integrationId =
            want.integration() == null ? null : createIntegration(want.integration());
        String routeId;
        try {
          routeId =
              apis.createRoute(
                  CreateRouteRequest.builder()
                      .apiId(apiId)
                      .routeKey(want.key())
                      .target(integrationId == null ? null : "integrations/" + integrationId)
                      .authorizationType(want.authorizationType())
                      .authorizerId(
                          want.authorizer() == null ? null : authorizerIds.get(want.authorizer()))
                      .authorizationScopes(want.scopes().isEmpty() ? null : want.scopes())
                      .apiKeyRequired(want.apiKeyRequired() ? Boolean.TRUE : null)
                      .operationName(want.operationName())
                      .routeResponseSelectionExpression(want.routeResponseSelection())
                      .requestParameters(
                          want.requestParameters().isEmpty()
                              ? null
                              : constraints(want.requestParameters()))
                      .build());
        } catch (RuntimeException e) {
          // Leave no integration that nothing calls behind a route that failed.
          if (integrationId != null) {
            deleteQuietly(integrationId);
          }
          throw e;
        }
        progress("created route " + want.key());
        for (String key : want.routeResponses()) {
          createRouteResponse(routeId, want.key(), key);
        }
        return;
      }
      Route r = live.routes().get(c.name());
      RouteSpec have = live.routeSpec(r);
      Integration current = live.integrationOf(r);
      String target = null;
      String retired = null;
      if (!Objects.equals(want.integration(), have.integration())) {
        if (want.integration() == null) {
          target = "";
          retired = current == null ? null : current.integrationId();
        } else if (current != null
            && have.integration() != null
            && want.integration().type().equals(have.integration().type())
            && integrationUsers.getOrDefault(current.integrationId(), 0) == 1) {
          updateIntegration(current.integrationId(), want.integration());
        } else {
          // A new type, or an integration another route shares: a new one, then the switch.
          target = "integrations/" + createIntegration(want.integration());
          retired = current == null ? null : current.integrationId();
        }
      }
      boolean routeFields =
          !Objects.equals(want.authorizationType(), have.authorizationType())
              || !Objects.equals(want.authorizer(), have.authorizer())
              || !want.scopes().equals(have.scopes())
              || want.apiKeyRequired() != have.apiKeyRequired()
              || !Objects.equals(want.operationName(), have.operationName())
              || !Objects.equals(want.routeResponseSelection(), have.routeResponseSelection());
      // UpdateRoute sets the parameters it is given (all wanted ones, right whether AWS merges or
      // replaces); one the definition dropped goes on its own.
      for (String key : have.requestParameters().keySet()) {
        if (!want.requestParameters().containsKey(key)) {
          apis.deleteRouteRequestParameter(apiId, r.routeId(), key);
          progress("removed request parameter " + key + " of route " + want.key());
        }
      }
      boolean setParameters =
          want.requestParameters().entrySet().stream()
              .anyMatch(e -> !e.getValue().equals(have.requestParameters().get(e.getKey())));
      routeFields |= setParameters;
      if (routeFields || target != null) {
        apis.updateRoute(
            UpdateRouteRequest.builder()
                .apiId(apiId)
                .routeId(r.routeId())
                .target(target)
                .authorizationType(want.authorizationType())
                .authorizerId(
                    want.authorizer() == null ? null : authorizerIds.get(want.authorizer()))
                .authorizationScopes(want.scopes())
                .apiKeyRequired(want.apiKeyRequired())
                .operationName(want.operationName())
                .routeResponseSelectionExpression(want.routeResponseSelection())
                .requestParameters(setParameters ? constraints(want.requestParameters()) : null)
                .build());
      }
      if (retired != null) {
        release(retired);
      }
      routeResponses(r, want, have);
      progress("updated route " + want.key());
    }

    /** The route responses the route lacks are created, those it no longer wants deleted. */
    private void routeResponses(Route r, RouteSpec want, RouteSpec have) {
      for (String key : want.routeResponses()) {
        if (!have.routeResponses().contains(key)) {
          createRouteResponse(r.routeId(), want.key(), key);
        }
      }
      List<RouteResponse> known = live.routeResponsesOf(r);
      for (String key : have.routeResponses()) {
        if (want.routeResponses().contains(key)) {
          continue;
        }
        if (known == null) {
          progress(
              "the emulator cannot list route responses: the "
                  + key
                  + " route response of "
                  + want.key()
                  + " is left");
          continue;
        }
        for (RouteResponse response : known) {
          if (response.routeResponseKey().equals(key)) {
            apis.deleteRouteResponse(apiId, r.routeId(), response.routeResponseId());
            progress("deleted the " + key + " route response of " + want.key());
          }
        }
      }
    }

    private static Map<String, ParameterConstraints> constraints(Map<String, Boolean> parameters) {
      Map<String, ParameterConstraints> constraints = new LinkedHashMap<>();
      parameters.forEach(
          (k, required) ->
              constraints.put(k, ParameterConstraints.builder().required(required).build()));
      return constraints;
    }

    private void createRouteResponse(String routeId, String route, String key) {
      String id = apis.createRouteResponse(apiId, routeId, key);
      progress("created the " + key + " route response of " + route + " (" + id + ")");
    }

    private String createIntegration(IntegrationSpec i) {
      String id =
          apis.createIntegration(
              CreateIntegrationRequest.builder()
                  .apiId(apiId)
                  .integrationType(i.type())
                  .integrationSubtype(i.subtype())
                  .integrationUri(i.uri())
                  .integrationMethod(i.method())
                  .payloadFormatVersion(i.payloadFormatVersion())
                  .timeoutInMillis(i.timeoutMillis())
                  .connectionType(i.connectionType())
                  .connectionId(i.connectionId())
                  .credentialsArn(i.credentials())
                  .requestParameters(i.requestParameters().isEmpty() ? null : i.requestParameters())
                  .requestTemplates(i.requestTemplates().isEmpty() ? null : i.requestTemplates())
                  .templateSelectionExpression(i.templateSelection())
                  .passthroughBehavior(i.passthroughBehavior())
                  .contentHandlingStrategy(i.contentHandling())
                  .build());
      integrationUsers.merge(id, 1, Integer::sum);
      return id;
    }

    private void updateIntegration(String id, IntegrationSpec i) {
      apis.updateIntegration(
          UpdateIntegrationRequest.builder()
              .apiId(apiId)
              .integrationId(id)
              .integrationType(i.type())
              .integrationSubtype(i.subtype())
              .integrationUri(i.uri())
              .integrationMethod(i.method())
              .payloadFormatVersion(i.payloadFormatVersion())
              .timeoutInMillis(i.timeoutMillis())
              .connectionType(i.connectionType())
              .connectionId(i.connectionId())
              .credentialsArn(i.credentials())
              .requestParameters(i.requestParameters().isEmpty() ? null : i.requestParameters())
              .requestTemplates(i.requestTemplates().isEmpty() ? null : i.requestTemplates())
              .templateSelectionExpression(i.templateSelection())
              .passthroughBehavior(i.passthroughBehavior())
              .contentHandlingStrategy(i.contentHandling())
              .build());
    }

    /** One route less uses the integration; it goes when none is left. */
    private void release(String integrationId) {
      int left = integrationUsers.merge(integrationId, -1, Integer::sum);
      if (left <= 0) {
        apis.deleteIntegration(apiId, integrationId);
        integrationUsers.remove(integrationId);
      }
    }

    private void deleteQuietly(String integrationId) {
      try {
        apis.deleteIntegration(apiId, integrationId);
      } catch (RuntimeException cleanup) {
        progress("could not delete integration " + integrationId + ": " + cleanup.getMessage());
      }
    }

    private void stage(Change c) {
      if (c.kind() == Change.Kind.REMOVE) {
        apis.deleteStage(apiId, c.name());
        progress("deleted stage " + c.name());
        return;
      }
      StageSpec s = desired.stages().get(c.name());
      Map<String, RouteSettings> routeSettings = new LinkedHashMap<>();
      s.routeSettings().forEach((route, settings) -> routeSettings.put(route, settings.toSdk()));
      AccessLogSettings log =
          s.accessLogDestination() == null && s.accessLogFormat() == null
              ? null
              : AccessLogSettings.builder()
                  .destinationArn(s.accessLogDestination())
                  .format(s.accessLogFormat())
                  .build();
      RouteSettings defaults = s.defaults().isEmpty() ? null : s.defaults().toSdk();
      if (c.kind() == Change.Kind.ADD) {
        apis.createStage(
            CreateStageRequest.builder()
                .apiId(apiId)
                .stageName(s.name())
                .description(s.description())
                .autoDeploy(s.autoDeploy())
                .stageVariables(s.variables().isEmpty() ? null : s.variables())
                .defaultRouteSettings(defaults)
                .routeSettings(routeSettings.isEmpty() ? null : routeSettings)
                .accessLogSettings(log)
                .tags(Map.of(Managed.TAG, desired.api().name()))
                .build());
        progress("created stage " + s.name());
      } else {
        StageSpec have = StageSpec.of(live.stages().get(s.name()));
        // UpdateStage merges maps into what the stage has: a variable is removed by an empty
        // value (as the Terraform AWS provider does), a route's settings only by
        // DeleteRouteSettings, which also clears a setting one route no longer has before the
        // update puts the others back.
        Map<String, String> variables = new LinkedHashMap<>(s.variables());
        have.variables().keySet().stream()
            .filter(k -> !s.variables().containsKey(k))
            .forEach(k -> variables.put(k, ""));
        have.routeSettings()
            .forEach(
                (route, settings) -> {
                  if (settings.drops(s.routeSettings().get(route))) {
                    apis.deleteRouteSettings(apiId, s.name(), route);
                    progress("cleared the settings of route " + route + " in stage " + s.name());
                  }
                });
        apis.updateStage(
            UpdateStageRequest.builder()
                .apiId(apiId)
                .stageName(s.name())
                .description(s.description() == null ? "" : s.description())
                .autoDeploy(s.autoDeploy())
                .stageVariables(variables)
                .defaultRouteSettings(defaults == null ? RouteSettings.builder().build() : defaults)
                .routeSettings(routeSettings)
                .accessLogSettings(log)
                .build());
        if (log == null
            && (have.accessLogDestination() != null || have.accessLogFormat() != null)) {
          // "To disable access logging for a Stage, delete its AccessLogSettings."
          apis.deleteAccessLogSettings(apiId, s.name());
          progress("turned off access logging in stage " + s.name());
        }
        progress("updated stage " + s.name());
      }
    }

    /**
     * A stage that does not deploy itself serves what its last deployment froze: it gets a new one
     * when the API, a route or an authorizer changed, or when it is new.
     */
    private void deployments() {
      boolean apiChanged = plan.touches(V2State.API, V2State.ROUTE, V2State.AUTHORIZER);
      for (StageSpec s : desired.stages().values()) {
        boolean added =
            plan.changes().stream()
                .anyMatch(
                    c ->
                        c.category().equals(V2State.STAGE)
                            && c.kind() == Change.Kind.ADD
                            && c.name().equals(s.name()));
        if (s.autoDeploy() || !(apiChanged || added)) {
          continue;
        }
        try {
          String id = apis.createDeployment(apiId, s.name(), "apigw deploy");
          progress("deployed to stage " + s.name() + " (" + id + ")");
        } catch (ApiGatewayV2Exception e) {
          if (!options.emulator() || e.statusCode() != 404) {
            throw e;
          }
          // moto 5.2 has no apigatewayv2 CreateDeployment (its URL answers 404).
          progress("the emulator has no CreateDeployment: stage " + s.name() + " not deployed");
        }
      }
    }
  }
}
