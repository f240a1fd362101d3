package io.apigw.deployers.direct.v2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.deployers.aws.AwsClients;
import io.apigw.deployers.aws.Calls;
import io.apigw.deployers.aws.Moto;
import io.apigw.deployers.deploy.Console;
import io.apigw.deployers.deploy.DeployResult;
import io.apigw.deployers.deploy.DirectOptions;
import io.apigw.deployers.deploy.RecordingConsole;
import io.apigw.deployers.plan.Change;
import io.apigw.model.Api;
import io.apigw.model.HttpMethod;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.ParamLocation;
import io.apigw.model.RequestParameter;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direct deploy of the HTTP and WebSocket samples against moto 5.2's apigatewayv2, read back
 * with the real AWS CLI. Where moto falls short of AWS (it has no UpdateStage, DeleteRouteSettings,
 * DeleteAccessLogSettings or CreateDeployment), the behaviour is pinned by {@link V2DeployerTest}
 * with a fake instead: these tests change routes and integrations only, which moto implements.
 */
class V2MotoTest {
  static Moto moto;
  static AwsClients clients;
  static HttpApis apis;
  static String account;
  static final DirectOptions EMULATOR = new DirectOptions(null, true, true, Map.of(), true);

  @BeforeAll
  static void start() throws Exception {
    moto = Moto.start();
    clients = moto.clients();
    Calls calls = Calls.paced();
    apis = SdkHttpApis.of(clients, calls);
    account = clients.accountId(calls);
  }

  @AfterAll
  static void stop() throws Exception {
    if (clients != null) {
      clients.close();
    }
    if (moto != null) {
      moto.close();
    }
  }

  static V2Deployer deployer() {
    return new V2Deployer(apis, Console.silent(true), Moto.REGION, account);
  }

  /** The sample under a name of this test's own, so tests sharing the emulator never meet. */
  static Api sample(String file, String name) throws Exception {
    return V2DeployerTest.sample(file).toBuilder().name(name).build();
  }

  static JsonNode find(JsonNode items, String field, String value) {
    for (JsonNode item : items) {
      if (value.equals(item.path(field).asText())) {
        return item;
      }
    }
    throw new AssertionError("no item with " + field + "=" + value + " in " + items);
  }

  @Test
  void httpSampleDeploysRedeploysChangesAndIsDestroyed() throws Exception {
    Api notes = sample("http-jwt.apigw", "notes-moto");

    // deploy
    DeployResult first = deployer().deploy(notes, EMULATOR);
    assertThat(first.outcome()).isEqualTo(DeployResult.Outcome.DEPLOYED);
    String id = first.apiId();

    JsonNode api = find(moto.aws("apigatewayv2", "get-apis").path("Items"), "ApiId", id);
    assertThat(api.path("Name").asText()).isEqualTo("notes-moto");
    assertThat(api.path("ProtocolType").asText()).isEqualTo("HTTP");
    assertThat(api.path("Tags").path("apigw").asText()).isEqualTo("notes-moto");
    assertThat(api.path("CorsConfiguration").path("MaxAge").asInt()).isEqualTo(600);
    assertThat(api.path("CorsConfiguration").path("AllowOrigins").get(0).asText())
        .isEqualTo("https://notes.example.com");

    JsonNode routes = moto.aws("apigatewayv2", "get-routes", "--api-id", id).path("Items");
    assertThat(routes).hasSize(5);
    JsonNode postNotes = find(routes, "RouteKey", "POST /notes");
    assertThat(postNotes.path("AuthorizationType").asText()).isEqualTo("JWT");
    assertThat(postNotes.path("AuthorizationScopes").get(0).asText()).isEqualTo("notes/write");

    // moto has no GetAuthorizers: the authorizer is read by the id the route names.
    JsonNode cognito =
        moto.aws(
            "apigatewayv2",
            "get-authorizer",
            "--api-id",
            id,
            "--authorizer-id",
            postNotes.path("AuthorizerId").asText());
    assertThat(cognito.path("Name").asText()).isEqualTo("cognito");
    assertThat(cognito.path("AuthorizerType").asText()).isEqualTo("JWT");
    assertThat(cognito.path("JwtConfiguration").path("Issuer").asText())
        .isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE");
    List<String> audiences = new ArrayList<>();
    cognito.path("JwtConfiguration").path("Audience").forEach(x -> audiences.add(x.asText()));
    assertThat(audiences).containsExactlyInAnyOrder("notes-web", "notes-cli");
    assertThat(cognito.path("IdentitySource").get(0).asText())
        .isEqualTo("$request.header.Authorization");

    JsonNode integrations =
        moto.aws("apigatewayv2", "get-integrations", "--api-id", id).path("Items");
    assertThat(integrations).hasSize(5);
    String target = postNotes.path("Target").asText();
    JsonNode createNote =
        find(integrations, "IntegrationId", target.substring("integrations/".length()));
    assertThat(createNote.path("IntegrationType").asText()).isEqualTo("AWS_PROXY");
    assertThat(createNote.path("IntegrationUri").asText())
        .isEqualTo("arn:aws:lambda:us-east-1:" + account + ":function:createNote");
    assertThat(createNote.path("PayloadFormatVersion").asText()).isEqualTo("2.0");
    JsonNode legacy = find(integrations, "IntegrationUri", "https://legacy.example.com");
    assertThat(legacy.path("TimeoutInMillis").asInt()).isEqualTo(5000);
    assertThat(legacy.path("IntegrationMethod").asText()).isEqualTo("ANY");

    JsonNode stages = moto.aws("apigatewayv2", "get-stages", "--api-id", id).path("Items");
    assertThat(stages).hasSize(1);
    assertThat(stages.get(0).path("StageName").asText()).isEqualTo("$default");
    assertThat(stages.get(0).path("AutoDeploy").asBoolean()).isTrue();
    assertThat(stages.get(0).path("DefaultRouteSettings").path("ThrottlingBurstLimit").asInt())
        .isEqualTo(100);

    // redeploy, unchanged
    DeployResult same = deployer().deploy(notes, EMULATOR);
    assertThat(same.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
    assertThat(same.apiId()).isEqualTo(id);

    // redeploy with one change: the catch-all's timeout
    DeployResult changed =
        deployer().deploy(V2DeployerTest.withTimeout(notes, "$default", 12000), EMULATOR);
    assertThat(changed.plan().changes())
        .containsExactly(
            new Change(
                Change.Kind.CHANGE,
                "route",
                "$default",
                List.of(new Change.Field("timeout ms", "5000", "12000"))));
    JsonNode after = moto.aws("apigatewayv2", "get-integrations", "--api-id", id).path("Items");
    assertThat(
            find(after, "IntegrationUri", "https://legacy.example.com")
                .path("TimeoutInMillis")
                .asInt())
        .isEqualTo(12000);

    // and one route more
    Api more =
        V2DeployerTest.withTimeout(notes, "$default", 12000).toBuilder()
            .route(
                Route.builder(RouteKey.Http.of(HttpMethod.GET, "/notes/{id}"))
                    .integration(
                        Integration.builder(IntegrationKind.LAMBDA_PROXY)
                            .function("listNotes")
                            .payloadFormatVersion("2.0")
                            .build())
                    .build())
            .build();
    DeployResult added = deployer().deploy(more, EMULATOR);
    assertThat(added.plan().changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Change.Kind.ADD);
              assertThat(c.name()).isEqualTo("GET /notes/{id}");
            });
    JsonNode routesAfter = moto.aws("apigatewayv2", "get-routes", "--api-id", id).path("Items");
    assertThat(routesAfter).hasSize(6);
    assertThat(find(routesAfter, "RouteKey", "GET /notes/{id}").path("Target").asText())
        .startsWith("integrations/");
    assertThat(deployer().deploy(more, EMULATOR).outcome())
        .isEqualTo(DeployResult.Outcome.NO_CHANGES);

    // an integration no route targets (made here with the AWS CLI) is apigw's to delete
    String stray =
        moto.aws(
                "apigatewayv2",
                "create-integration",
                "--api-id",
                id,
                "--integration-type",
                "HTTP_PROXY",
                "--integration-method",
                "GET",
                "--integration-uri",
                "https://stray.example.com",
                "--payload-format-version",
                "1.0")
            .path("IntegrationId")
            .asText();
    DeployResult cleaned = deployer().deploy(more, EMULATOR);
    assertThat(cleaned.plan().changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Change.Kind.REMOVE);
              assertThat(c.category()).isEqualTo("integration");
              assertThat(c.name()).startsWith(stray + " ");
            });
    List<String> integrationIds = new ArrayList<>();
    moto.aws("apigatewayv2", "get-integrations", "--api-id", id)
        .path("Items")
        .forEach(i -> integrationIds.add(i.path("IntegrationId").asText()));
    assertThat(integrationIds).hasSize(6).doesNotContain(stray);
    assertThat(deployer().plan(more, EMULATOR).outcome())
        .isEqualTo(DeployResult.Outcome.NO_CHANGES);

    // destroy
    assertThat(deployer().destroy(more, EMULATOR).outcome())
        .isEqualTo(DeployResult.Outcome.DESTROYED);
    List<String> left = new ArrayList<>();
    moto.aws("apigatewayv2", "get-apis")
        .path("Items")
        .forEach(a -> left.add(a.path("ApiId").asText()));
    assertThat(left).doesNotContain(id);
    assertThat(deployer().destroy(more, EMULATOR).outcome())
        .isEqualTo(DeployResult.Outcome.NOTHING_TO_DESTROY);
  }

  @Test
  void webSocketSampleDeploysAndRedeploysUnchanged() throws Exception {
    Api chat = sample("websocket-chat.apigw", "chat-moto");

    RecordingConsole console = new RecordingConsole(false, true);
    DeployResult first = new V2Deployer(apis, console, Moto.REGION, account).deploy(chat, EMULATOR);
    assertThat(first.outcome()).isEqualTo(DeployResult.Outcome.DEPLOYED);
    String id = first.apiId();

    JsonNode api = find(moto.aws("apigatewayv2", "get-apis").path("Items"), "ApiId", id);
    assertThat(api.path("ProtocolType").asText()).isEqualTo("WEBSOCKET");
    assertThat(api.path("RouteSelectionExpression").asText()).isEqualTo("$request.body.action");

    JsonNode routes = moto.aws("apigatewayv2", "get-routes", "--api-id", id).path("Items");
    assertThat(routes).hasSize(4);
    JsonNode connect = find(routes, "RouteKey", "$connect");
    assertThat(connect.path("AuthorizationType").asText()).isEqualTo("CUSTOM");
    assertThat(
            find(routes, "RouteKey", "sendMessage")
                .path("RouteResponseSelectionExpression")
                .asText())
        .isEqualTo("$default");

    // The two-way route's $default route response: moto has no GetRouteResponses, so it is read
    // by the id the deploy reported.
    String created =
        console.progress.stream()
            .filter(line -> line.contains("route response of sendMessage"))
            .findFirst()
            .orElseThrow();
    String routeResponseId =
        created.substring(created.lastIndexOf('(') + 1, created.lastIndexOf(')'));
    JsonNode routeResponse =
        moto.aws(
            "apigatewayv2",
            "get-route-response",
            "--api-id",
            id,
            "--route-id",
            find(routes, "RouteKey", "sendMessage").path("RouteId").asText(),
            "--route-response-id",
            routeResponseId);
    assertThat(routeResponse.path("RouteResponseKey").asText()).isEqualTo("$default");

    JsonNode authorizer =
        moto.aws(
            "apigatewayv2",
            "get-authorizer",
            "--api-id",
            id,
            "--authorizer-id",
            connect.path("AuthorizerId").asText());
    assertThat(authorizer.path("AuthorizerType").asText()).isEqualTo("REQUEST");
    assertThat(authorizer.path("IdentitySource").get(0).asText())
        .isEqualTo("route.request.querystring.token");
    assertThat(authorizer.path("AuthorizerUri").asText())
        .isEqualTo(
            "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:"
                + account
                + ":function:authorize/invocations");

    JsonNode integrations =
        moto.aws("apigatewayv2", "get-integrations", "--api-id", id).path("Items");
    assertThat(integrations).hasSize(4);
    assertThat(find(integrations, "IntegrationType", "MOCK").path("PassthroughBehavior").asText())
        .isEqualTo("WHEN_NO_MATCH");

    JsonNode stage = moto.aws("apigatewayv2", "get-stages", "--api-id", id).path("Items").get(0);
    assertThat(stage.path("StageName").asText()).isEqualTo("production");
    assertThat(stage.path("StageVariables").path("table").asText()).isEqualTo("connections");
    assertThat(stage.path("RouteSettings").path("$default").path("ThrottlingRateLimit").asDouble())
        .isEqualTo(100.0);

    DeployResult same = deployer().deploy(chat, EMULATOR);
    assertThat(same.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
    assertThat(same.invokeUrls())
        .containsEntry(
            "production", "wss://" + id + ".execute-api.us-east-1.amazonaws.com/production");

    // a required header on $connect, then gone again
    Api withHeader =
        V2DeployerTest.withConnectParameters(
            chat, new RequestParameter(null, ParamLocation.HEADER, "X-Room", true));
    assertThat(deployer().deploy(withHeader, EMULATOR).plan().changes())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.fields())
                    .containsExactly(
                        new Change.Field(
                            "request parameters", null, "route.request.header.X-Room=required")));
    JsonNode connectAfter =
        find(
            moto.aws("apigatewayv2", "get-routes", "--api-id", id).path("Items"),
            "RouteKey",
            "$connect");
    assertThat(
            connectAfter
                .path("RequestParameters")
                .path("route.request.header.X-Room")
                .path("Required")
                .asBoolean())
        .isTrue();
    assertThat(deployer().deploy(withHeader, EMULATOR).outcome())
        .isEqualTo(DeployResult.Outcome.NO_CHANGES);
    deployer().deploy(chat, EMULATOR);
    assertThat(
            find(
                    moto.aws("apigatewayv2", "get-routes", "--api-id", id).path("Items"),
                    "RouteKey",
                    "$connect")
                .path("RequestParameters")
                .size())
        .isZero();
    assertThat(deployer().deploy(chat, EMULATOR).outcome())
        .isEqualTo(DeployResult.Outcome.NO_CHANGES);

    assertThat(deployer().destroy(chat, EMULATOR).outcome())
        .isEqualTo(DeployResult.Outcome.DESTROYED);
  }
}
