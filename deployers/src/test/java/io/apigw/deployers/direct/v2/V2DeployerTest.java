package io.apigw.deployers.direct.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigw.deployers.aws.DeployException;
import io.apigw.deployers.deploy.DeployResult;
import io.apigw.deployers.deploy.DirectOptions;
import io.apigw.deployers.deploy.RecordingConsole;
import io.apigw.deployers.plan.Change;
import io.apigw.model.AccessLog;
import io.apigw.model.Api;
import io.apigw.model.Authorization;
import io.apigw.model.HttpMethod;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.LoggingLevel;
import io.apigw.model.MethodSetting;
import io.apigw.model.ParamLocation;
import io.apigw.model.RequestParameter;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.Stage;
import io.apigw.model.Throttle;
import io.apigw.model.testing.Samples;
import io.apigw.openapi.ApiFiles;
import io.apigw.openapi.OpenApi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reconcile logic of {@link V2Deployer} against an in-memory apigatewayv2 ({@link
 * FakeHttpApis}).
 */
class V2DeployerTest {
  static final String REGION = "eu-west-1";
  static final String ACCOUNT = "111122223333";
  static final DirectOptions YES = new DirectOptions(null, true, true, Map.of(), false);

  static Api sample(String file) throws IOException {
    return ApiFiles.load(
            Samples.root().resolve("samples/" + file), OpenApi.ReaderOptions.defaults())
        .parsed()
        .value();
  }

  final FakeHttpApis aws = new FakeHttpApis().pageSize(2);
  final RecordingConsole console = new RecordingConsole(false, false);
  final V2Deployer deployer = new V2Deployer(aws, console, REGION, ACCOUNT);

  @Test
  void deploysTheHttpSampleWithEveryRouteIntegrationAuthorizerAndStage() throws IOException {
    Api notes = sample("http-jwt.apigw");

    DeployResult result = deployer.deploy(notes, YES);

    assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.DEPLOYED);
    String id = result.apiId();
    assertThat(aws.api(id).tags()).containsEntry("apigw", "notes");
    assertThat(aws.api(id).corsConfiguration().allowOrigins())
        .containsExactly("https://notes.example.com");
    assertThat(aws.routes(id))
        .extracting(r -> r.routeKey())
        .containsExactlyInAnyOrder(
            "GET /health", "GET /notes", "POST /notes", "DELETE /notes/{id}", "$default");
    var getNotes =
        aws.routes(id).stream()
            .filter(r -> r.routeKey().equals("GET /notes"))
            .findFirst()
            .orElseThrow();
    assertThat(getNotes.authorizationTypeAsString()).isEqualTo("JWT");
    assertThat(getNotes.authorizationScopes()).containsExactly("notes/read");
    assertThat(aws.authorizers(id))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.jwtConfiguration().issuer())
                  .isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE");
              assertThat(a.jwtConfiguration().audience())
                  .containsExactlyInAnyOrder("notes-web", "notes-cli");
              assertThat(getNotes.authorizerId()).isEqualTo(a.authorizerId());
            });
    assertThat(aws.integrations(id))
        .extracting(i -> i.integrationUri())
        .contains(
            "arn:aws:lambda:eu-west-1:111122223333:function:listNotes",
            "https://legacy.example.com");
    assertThat(aws.integrations(id))
        .filteredOn(i -> i.integrationUri().equals("https://legacy.example.com"))
        .singleElement()
        .satisfies(i -> assertThat(i.timeoutInMillis()).isEqualTo(5000));
    assertThat(aws.stage(id, "$default").autoDeploy()).isTrue();
    assertThat(aws.stage(id, "$default").defaultRouteSettings().throttlingRateLimit())
        .isEqualTo(50.0);
    // An auto-deploy stage deploys itself: no CreateDeployment.
    assertThat(aws.deployments(id)).isEmpty();
    assertThat(result.invokeUrls())
        .containsEntry("$default", "https://" + id + ".execute-api.eu-west-1.amazonaws.com/");
  }

  @Test
  void anUnchangedApiIsNoChangeAndNothingIsCalledThatChangesIt() throws IOException {
    Api notes = sample("http-jwt.apigw");
    deployer.deploy(notes, YES);
    aws.log.clear();

    DeployResult again = deployer.deploy(notes, YES);

    assertThat(again.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
    assertThat(again.plan().isEmpty()).isTrue();
    assertThat(aws.log).isNotEmpty();
    assertThat(aws.mutations()).isEmpty();
    assertThat(console.reports).last().asString().contains("no changes");
  }

  @Test
  void anUnchangedWebSocketApiIsNoChangeToo() throws IOException {
    Api chat = sample("websocket-chat.apigw");
    deployer.deploy(chat, YES);
    aws.log.clear();

    DeployResult again = deployer.deploy(chat, YES);

    assertThat(again.plan().changes()).isEmpty();
    assertThat(aws.mutations()).isEmpty();
  }

  @Test
  void aChangedTimeoutIsOneFieldOfOneRouteAndOneUpdateIntegration() throws IOException {
    Api notes = sample("http-jwt.apigw");
    String id = deployer.deploy(notes, YES).apiId();
    aws.log.clear();

    DeployResult result = deployer.deploy(withTimeout(notes, "$default", 9000), YES);

    assertThat(result.plan().changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Change.Kind.CHANGE);
              assertThat(c.category()).isEqualTo("route");
              assertThat(c.name()).isEqualTo("$default");
              assertThat(c.fields())
                  .containsExactly(new Change.Field("timeout ms", "5000", "9000"));
            });
    assertThat(aws.mutations()).containsExactly("UpdateIntegration");
    assertThat(aws.integrations(id))
        .filteredOn(i -> i.integrationUri().equals("https://legacy.example.com"))
        .singleElement()
        .satisfies(i -> assertThat(i.timeoutInMillis()).isEqualTo(9000));
  }

  static Api withTimeout(Api api, String routeKey, int millis) {
    List<Route> routes = new ArrayList<>();
    for (Route r : api.routes()) {
      routes.add(
          r.key().text().equals(routeKey)
              ? r.toBuilder()
                  .integration(r.integration().toBuilder().timeoutMillis(millis).build())
                  .build()
              : r);
    }
    return api.toBuilder().routes(routes).build();
  }

  @Test
  void aRemovedRouteGoesBeforeItsIntegrationAndAnUnusedAuthorizerAfterIt() throws IOException {
    Api notes = sample("http-jwt.apigw");
    String id = deployer.deploy(notes, YES).apiId();
    aws.log.clear();
    // GET and POST /notes are opened, DELETE /notes/{id} goes: no route uses the JWT authorizer,
    // and the authorizer is gone from the definition.
    List<Route> open = new ArrayList<>();
    for (Route r : notes.routes()) {
      if (!r.key().text().equals("DELETE /notes/{id}")) {
        open.add(r.toBuilder().authorization(Authorization.none()).build());
      }
    }
    Api fewer = notes.toBuilder().routes(open).authorizers(List.of()).build();

    DeployResult result = deployer.deploy(fewer, YES);

    assertThat(result.plan().count(Change.Kind.REMOVE)).isEqualTo(2);
    assertThat(aws.mutations())
        .containsExactly(
            "UpdateRoute", "UpdateRoute", "DeleteRoute", "DeleteIntegration", "DeleteAuthorizer");
    assertThat(aws.routes(id))
        .hasSize(4)
        .allSatisfy(r -> assertThat(r.authorizationTypeAsString()).isEqualTo("NONE"));
    assertThat(aws.integrations(id)).hasSize(4);
    assertThat(aws.authorizers(id)).isEmpty();
    assertThat(deployer.deploy(fewer, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void aNewRouteGetsItsIntegrationFirstAndPointsAtIt() throws IOException {
    Api notes = sample("http-jwt.apigw");
    String id = deployer.deploy(notes, YES).apiId();
    aws.log.clear();
    Api more =
        notes.toBuilder()
            .route(
                Route.builder(RouteKey.Http.of(HttpMethod.PUT, "/notes/{id}"))
                    .authorization(Authorization.custom("cognito", "notes/write"))
                    .integration(
                        Integration.builder(IntegrationKind.LAMBDA_PROXY)
                            .function("createNote")
                            .payloadFormatVersion("2.0")
                            .build())
                    .build())
            .build();

    DeployResult result = deployer.deploy(more, YES);

    assertThat(result.plan().changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Change.Kind.ADD);
              assertThat(c.name()).isEqualTo("PUT /notes/{id}");
            });
    assertThat(aws.mutations()).containsExactly("CreateIntegration", "CreateRoute");
    assertThat(aws.routes(id)).hasSize(6);
  }

  @Test
  void aStageOfAWebSocketApiThatDoesNotDeployItselfGetsADeploymentWhenARouteChanges()
      throws IOException {
    Api chat = sample("websocket-chat.apigw");
    String id = deployer.deploy(chat, YES).apiId();
    // A new stage that is not auto-deploy needs a first deployment to serve anything.
    assertThat(aws.deployments(id)).hasSize(1).first().asString().startsWith("production:");
    aws.log.clear();

    deployer.deploy(withTimeout(chat, "sendMessage", 20000), YES);

    assertThat(aws.mutations()).containsExactly("UpdateIntegration", "CreateDeployment");
    assertThat(aws.deployments(id)).hasSize(2);
  }

  @Test
  void aStageSettingIsOneUpdateStageAndNeedsNoDeployment() throws IOException {
    Api chat = sample("websocket-chat.apigw");
    String id = deployer.deploy(chat, YES).apiId();
    aws.log.clear();
    Stage production = chat.stages().get(0);
    Stage faster =
        production.toBuilder()
            .settings(
                List.of(
                    new MethodSetting(
                        null,
                        "$default",
                        Throttle.of(200.0, 50),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
            .build();

    DeployResult result = deployer.deploy(chat.toBuilder().stages(List.of(faster)).build(), YES);

    assertThat(result.plan().changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.category()).isEqualTo("stage");
              assertThat(c.fields())
                  .containsExactly(new Change.Field("$default throttle rate", "100", "200"));
            });
    assertThat(aws.mutations()).containsExactly("UpdateStage");
    assertThat(aws.stage(id, "production").routeSettings().get("$default").throttlingRateLimit())
        .isEqualTo(200.0);
  }

  static MethodSetting routeSetting(String route, Throttle throttle, LoggingLevel logging) {
    return new MethodSetting(null, route, throttle, logging, null, null, null, null, null, null);
  }

  /**
   * Developer guide, websocket-api-stages.md and http-api-stages.md: stage variables, route
   * settings and access logging belong to the stage. UpdateStage merges the maps it is given, so
   * what the definition no longer has is removed explicitly: a variable by an empty value, a
   * route's settings by DeleteRouteSettings, access logging by DeleteAccessLogSettings ("To disable
   * access logging for a Stage, delete its AccessLogSettings").
   */
  @Test
  void removedStageVariablesRouteSettingsAndAccessLogAreClearedAndThePlanIsThenEmpty()
      throws IOException {
    Api chat = sample("websocket-chat.apigw");
    Stage production = chat.stages().get(0);
    Stage richer =
        production.toBuilder()
            .variable("region", "eu")
            .setting(routeSetting("sendMessage", Throttle.of(10.0, 5), LoggingLevel.INFO))
            .accessLog(
                new AccessLog(
                    null,
                    "arn:aws:logs:eu-west-1:111122223333:log-group:chat",
                    "$context.requestId"))
            .build();
    String id = deployer.deploy(chat.toBuilder().stages(List.of(richer)).build(), YES).apiId();
    assertThat(aws.stage(id, "production").routeSettings()).containsKey("sendMessage");
    aws.log.clear();

    DeployResult result = deployer.deploy(chat, YES);

    assertThat(result.plan().changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.category()).isEqualTo("stage");
              assertThat(c.fields())
                  .containsExactlyInAnyOrder(
                      new Change.Field(
                          "variables", "region=eu, table=connections", "table=connections"),
                      new Change.Field("sendMessage throttle rate", "10", null),
                      new Change.Field("sendMessage throttle burst", "5", null),
                      new Change.Field("sendMessage logging", "INFO", null),
                      new Change.Field(
                          "access log", "arn:aws:logs:eu-west-1:111122223333:log-group:chat", null),
                      new Change.Field("access log format", "$context.requestId", null));
            });
    assertThat(aws.mutations())
        .containsExactly("DeleteRouteSettings", "UpdateStage", "DeleteAccessLogSettings");
    var stage = aws.stage(id, "production");
    assertThat(stage.stageVariables()).containsOnly(Map.entry("table", "connections"));
    assertThat(stage.routeSettings()).containsOnlyKeys("$default");
    assertThat(stage.accessLogSettings()).isNull();
    assertThat(deployer.plan(chat, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void aSettingOneRouteNoLongerHasIsClearedAndItsOtherSettingsPutBack() throws IOException {
    Api chat = sample("websocket-chat.apigw");
    Stage production = chat.stages().get(0);
    Stage logged =
        production.toBuilder()
            .settings(List.of(routeSetting("$default", Throttle.of(100.0, 50), LoggingLevel.ERROR)))
            .build();
    String id = deployer.deploy(chat.toBuilder().stages(List.of(logged)).build(), YES).apiId();
    aws.log.clear();

    DeployResult result = deployer.deploy(chat, YES);

    assertThat(result.plan().changes())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.fields())
                    .containsExactly(new Change.Field("$default logging", "ERROR", null)));
    assertThat(aws.mutations()).containsExactly("DeleteRouteSettings", "UpdateStage");
    var settings = aws.stage(id, "production").routeSettings().get("$default");
    assertThat(settings.throttlingRateLimit()).isEqualTo(100.0);
    assertThat(settings.throttlingBurstLimit()).isEqualTo(50);
    assertThat(settings.loggingLevel()).isNull();
    assertThat(deployer.plan(chat, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void anIntegrationNoRouteTargetsShowsAsARemovalAndIsDeleted() throws IOException {
    Api notes = sample("http-jwt.apigw");
    String id = deployer.deploy(notes, YES).apiId();
    // Left by a route whose creation failed half-way, or made by hand: the API carries the apigw
    // tag, so everything in it is apigw's.
    String stray =
        aws.createIntegration(
            software.amazon.awssdk.services.apigatewayv2.model.CreateIntegrationRequest.builder()
                .apiId(id)
                .integrationType("HTTP_PROXY")
                .integrationUri("https://stray.example.com")
                .integrationMethod("GET")
                .payloadFormatVersion("1.0")
                .build());
    aws.log.clear();

    DeployResult planned = deployer.plan(notes, YES);
    DeployResult result = deployer.deploy(notes, YES);

    assertThat(planned.plan().changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Change.Kind.REMOVE);
              assertThat(c.category()).isEqualTo("integration");
              assertThat(c.name()).isEqualTo(stray + " (HTTP_PROXY https://stray.example.com)");
            });
    assertThat(result.plan()).isEqualTo(planned.plan());
    assertThat(aws.mutations()).containsExactly("DeleteIntegration");
    assertThat(aws.integrations(id))
        .hasSize(5)
        .extracting(i -> i.integrationId())
        .doesNotContain(stray);
    assertThat(deployer.plan(notes, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  /**
   * Developer guide, apigateway-websocket-api-route-response.md: "API Gateway will not pass the
   * backend response through to the route response, unless you set up a route response", and
   * apigateway-websocket-api-selection-expressions.md: only the $default key is supported.
   */
  @Test
  void aTwoWayWebSocketRouteGetsItsDefaultRouteResponse() throws IOException {
    Api chat = sample("websocket-chat.apigw");

    DeployResult result = deployer.deploy(chat, YES);

    String id = result.apiId();
    assertThat(aws.routeResponses(id, "sendMessage"))
        .singleElement()
        .satisfies(r -> assertThat(r.routeResponseKey()).isEqualTo("$default"));
    // One-way routes (no route response selection expression) get none.
    assertThat(aws.routeResponses(id, "$connect")).isEmpty();
    assertThat(aws.routeResponses(id, "$default")).isEmpty();
    assertThat(result.plan().changes())
        .filteredOn(c -> c.name().equals("sendMessage"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.fields())
                    .contains(new Change.Field("route responses", null, "$default")));
    assertThat(aws.mutations()).containsSubsequence("CreateRoute", "CreateRouteResponse");
    aws.log.clear();

    assertThat(deployer.deploy(chat, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
    // Read only for the routes with a route response selection expression.
    assertThat(aws.log).containsOnlyOnce("GetRouteResponses");
  }

  @Test
  void aMissingRouteResponseIsPlannedCreatedAndDeployed() throws IOException {
    Api chat = sample("websocket-chat.apigw");
    String id = deployer.deploy(chat, YES).apiId();
    var sendMessage =
        aws.routes(id).stream()
            .filter(r -> r.routeKey().equals("sendMessage"))
            .findFirst()
            .orElseThrow();
    aws.deleteRouteResponse(
        id, sendMessage.routeId(), aws.routeResponses(id, "sendMessage").get(0).routeResponseId());
    aws.log.clear();

    DeployResult result = deployer.deploy(chat, YES);

    assertThat(result.plan().changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("sendMessage");
              assertThat(c.fields())
                  .containsExactly(new Change.Field("route responses", null, "$default"));
            });
    // The stage does not deploy itself: the route response reaches it with a deployment.
    assertThat(aws.mutations()).containsExactly("CreateRouteResponse", "CreateDeployment");
    assertThat(aws.routeResponses(id, "sendMessage")).hasSize(1);
    assertThat(deployer.plan(chat, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void aRouteThatBecomesTwoWayGetsItsSelectionExpressionAndRouteResponse() throws IOException {
    Api chat = sample("websocket-chat.apigw");
    List<Route> routes = new ArrayList<>();
    for (Route r : chat.routes()) {
      routes.add(
          r.key().text().equals("$default")
              ? r.toBuilder().routeResponseSelectionExpression("$default").build()
              : r);
    }
    Api twoWay = chat.toBuilder().routes(routes).build();
    String id = deployer.deploy(chat, YES).apiId();
    aws.log.clear();

    DeployResult result = deployer.deploy(twoWay, YES);

    assertThat(result.plan().changes())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.fields())
                    .containsExactly(
                        new Change.Field("route response selection", null, "$default"),
                        new Change.Field("route responses", null, "$default")));
    assertThat(aws.mutations())
        .containsExactly("UpdateRoute", "CreateRouteResponse", "CreateDeployment");
    assertThat(aws.routeResponses(id, "$default")).hasSize(1);
    assertThat(deployer.plan(twoWay, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void withAnEmulatorRouteResponsesAreNotListedAndTakenFromTheSelectionExpression()
      throws IOException {
    Api chat = sample("websocket-chat.apigw");
    DirectOptions emulator = new DirectOptions(null, true, true, Map.of(), true);
    String id = deployer.deploy(chat, emulator).apiId();
    aws.log.clear();

    DeployResult again = deployer.deploy(chat, emulator);

    // moto 5.2 has CreateRouteResponse but no GetRouteResponses.
    assertThat(aws.routeResponses(id, "sendMessage")).hasSize(1);
    assertThat(again.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
    assertThat(aws.log).doesNotContain("GetRouteResponses");
    assertThat(console.progress).anyMatch(line -> line.contains("no GetRouteResponses"));
  }

  static Api withConnectParameters(Api chat, RequestParameter... parameters) {
    List<Route> routes = new ArrayList<>();
    for (Route r : chat.routes()) {
      routes.add(
          r.key().text().equals("$connect")
              ? r.toBuilder().parameters(List.of(parameters)).build()
              : r);
    }
    return chat.toBuilder().routes(routes).build();
  }

  /**
   * apigatewayv2 API reference, Route.requestParameters ("Supported only for WebSocket APIs"):
   * route.request.header.NAME or route.request.querystring.NAME, each required or not. UpdateRoute
   * sets those it is given; DeleteRouteRequestParameter removes one. A change reaches a stage that
   * does not deploy itself with a deployment (developer guide, websocket-api-stages.md).
   */
  @Test
  void webSocketRouteRequestParametersAreCreatedComparedChangedAndRemoved() throws IOException {
    Api chat = sample("websocket-chat.apigw");
    Api required =
        withConnectParameters(
            chat,
            new RequestParameter(null, ParamLocation.HEADER, "Sec-WebSocket-Protocol", true),
            new RequestParameter(null, ParamLocation.QUERY, "room", false));
    String id = deployer.deploy(required, YES).apiId();
    assertThat(aws.route(id, "$connect").requestParameters())
        .containsOnlyKeys(
            "route.request.header.Sec-WebSocket-Protocol", "route.request.querystring.room");
    assertThat(
            aws.route(id, "$connect")
                .requestParameters()
                .get("route.request.header.Sec-WebSocket-Protocol")
                .required())
        .isTrue();
    assertThat(deployer.plan(required, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
    aws.log.clear();

    Api changed =
        withConnectParameters(chat, new RequestParameter(null, ParamLocation.QUERY, "room", true));
    DeployResult result = deployer.deploy(changed, YES);

    assertThat(result.plan().changes())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.fields())
                    .containsExactly(
                        new Change.Field(
                            "request parameters",
                            "route.request.header.Sec-WebSocket-Protocol=required,"
                                + " route.request.querystring.room=optional",
                            "route.request.querystring.room=required")));
    assertThat(aws.mutations())
        .containsExactly("DeleteRouteRequestParameter", "UpdateRoute", "CreateDeployment");
    assertThat(aws.route(id, "$connect").requestParameters())
        .containsOnlyKeys("route.request.querystring.room");
    assertThat(deployer.plan(changed, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);

    deployer.deploy(chat, YES);
    assertThat(aws.route(id, "$connect").requestParameters()).isEmpty();
    assertThat(deployer.plan(chat, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void aPathParameterOnAWebSocketRouteIsRefused() throws IOException {
    Api chat =
        withConnectParameters(
            sample("websocket-chat.apigw"),
            new RequestParameter(null, ParamLocation.PATH, "id", true));

    assertThatThrownBy(() -> deployer.deploy(chat, YES))
        .isInstanceOf(DeployException.class)
        .hasMessageContaining("route $connect")
        .hasMessageContaining("not path ones");
    assertThat(aws.mutations()).isEmpty();
  }

  @Test
  void aSameNamedApiWithoutTheTagIsNeverTouched() throws IOException {
    String theirs = aws.existing("notes", "HTTP", Map.of("team", "other"));

    DeployResult result = deployer.deploy(sample("http-jwt.apigw"), YES);

    assertThat(result.apiId()).isNotEqualTo(theirs);
    assertThat(aws.routes(theirs)).isEmpty();
    assertThat(aws.api(theirs).tags()).containsExactly(Map.entry("team", "other"));
    assertThat(String.join("", console.reports))
        .contains("(" + theirs + ") has no apigw tag", "leaves it untouched");
    assertThat(deployer.destroy(sample("http-jwt.apigw"), YES).apiId()).isEqualTo(result.apiId());
    assertThat(aws.apis).containsKey(theirs);
  }

  @Test
  void noExecuteShowsThePlanAndChangesNothing() throws IOException {
    DeployResult result =
        deployer.deploy(
            sample("http-jwt.apigw"), new DirectOptions(null, false, true, Map.of(), false));

    assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.NOT_EXECUTED);
    assertThat(result.plan().count(Change.Kind.ADD)).isEqualTo(8);
    assertThat(console.reports)
        .singleElement()
        .asString()
        .contains("+ route", "GET /notes", "8 to add");
    assertThat(aws.mutations()).isEmpty();
  }

  @Test
  void withoutYesAndWithoutATerminalItRefusesAndSaysPassYes() throws IOException {
    DirectOptions ask = new DirectOptions(null, true, false, Map.of(), false);

    assertThatThrownBy(() -> deployer.deploy(sample("http-jwt.apigw"), ask))
        .isInstanceOf(DeployException.class)
        .hasMessageContaining("pass --yes");
    assertThat(aws.mutations()).isEmpty();
  }

  @Test
  void aNoOnTheTerminalAppliesNothing() throws IOException {
    V2Deployer asking = new V2Deployer(aws, new RecordingConsole(true, false), REGION, ACCOUNT);

    DeployResult result =
        asking.deploy(
            sample("http-jwt.apigw"), new DirectOptions(null, true, false, Map.of(), false));

    assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.NOT_EXECUTED);
    assertThat(aws.mutations()).isEmpty();
  }

  @Test
  void planNeverChangesAnything() throws IOException {
    Api notes = sample("http-jwt.apigw");
    deployer.deploy(notes, YES);
    aws.log.clear();

    DeployResult planned = deployer.plan(withTimeout(notes, "GET /health", 1000), YES);

    assertThat(planned.outcome()).isEqualTo(DeployResult.Outcome.NOT_EXECUTED);
    assertThat(planned.plan().changes()).hasSize(1);
    assertThat(aws.mutations()).isEmpty();
    assertThat(deployer.plan(notes, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void destroyDeletesTheTaggedApiAndThenHasNothingToDestroy() throws IOException {
    Api notes = sample("http-jwt.apigw");
    String id = deployer.deploy(notes, YES).apiId();

    DeployResult destroyed = deployer.destroy(notes, YES);

    assertThat(destroyed.outcome()).isEqualTo(DeployResult.Outcome.DESTROYED);
    assertThat(destroyed.plan().count(Change.Kind.REMOVE)).isEqualTo(8);
    assertThat(aws.apis).doesNotContainKey(id);
    assertThat(deployer.destroy(notes, YES).outcome())
        .isEqualTo(DeployResult.Outcome.NOTHING_TO_DESTROY);
  }

  @Test
  void aRestApiIsNotForThisDeployer() throws IOException {
    assertThatThrownBy(() -> deployer.deploy(sample("petstore.apigw"), YES))
        .isInstanceOf(DeployException.class)
        .hasMessageContaining("REST API");
  }

  @Test
  void oneStageOnlyLeavesTheOthersAlone() throws IOException {
    Api chat = sample("websocket-chat.apigw");
    Api twoStages = chat.toBuilder().stage(Stage.builder("beta").autoDeploy(true).build()).build();
    String id = deployer.deploy(twoStages, YES).apiId();
    aws.log.clear();

    DeployResult result =
        deployer.deploy(chat, new DirectOptions("production", true, true, Map.of(), false));

    assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
    assertThat(aws.stage(id, "beta")).isNotNull();
    assertThat(result.invokeUrls()).containsOnlyKeys("production");
    assertThat(result.invokeUrls().get("production"))
        .isEqualTo("wss://" + id + ".execute-api.eu-west-1.amazonaws.com/production");
  }

  @Test
  void withAnEmulatorAuthorizersAreReadByTheIdsTheRoutesName() throws IOException {
    Api notes = sample("http-jwt.apigw");
    DirectOptions emulator = new DirectOptions(null, true, true, Map.of(), true);
    deployer.deploy(notes, emulator);
    aws.log.clear();

    DeployResult again = deployer.deploy(notes, emulator);

    // moto 5.2 has no GetAuthorizers; the one authorizer the routes name is read by its id.
    assertThat(again.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
    assertThat(aws.log).contains("GetAuthorizer").doesNotContain("GetAuthorizers");
  }

  @Test
  void changedTagsAreSetAndRemovedButTheApigwTagStays() throws IOException {
    Api notes = sample("http-jwt.apigw");
    String id =
        deployer
            .deploy(
                notes, new DirectOptions(null, true, true, Map.of("team", "a", "old", "x"), false))
            .apiId();
    aws.log.clear();

    DeployResult result =
        deployer.deploy(notes, new DirectOptions(null, true, true, Map.of("team", "b"), false));

    assertThat(result.plan().changes())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.fields())
                    .containsExactly(
                        new Change.Field(
                            "tags", "apigw=notes, old=x, team=a", "apigw=notes, team=b")));
    assertThat(aws.mutations()).containsExactly("UntagResource", "TagResource");
    assertThat(aws.api(id).tags())
        .containsOnly(Map.entry("apigw", "notes"), Map.entry("team", "b"));
  }
}
