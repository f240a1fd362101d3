package io.apigw.deployers.direct.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.deployers.plan.Change;
import io.apigw.deployers.plan.Plan;
import io.apigw.deployers.plan.State;
import io.apigw.model.Api;
import io.apigw.model.testing.Samples;
import io.apigw.openapi.ApiFiles;
import io.apigw.openapi.OpenApi;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.apigateway.model.PatchOperation;
import software.amazon.awssdk.services.apigateway.model.RestApi;

/**
 * How {@link RestState} compares a REST API: the desired state built from the OpenAPI document
 * about to be sent, the live one from AWS's answers ({@link FakeRestApis} answering as AWS does
 * after PutRestApi), and the UpdateStage / UpdateUsagePlan patches that turn one into the other.
 */
class RestStateTest {
  static Api sample(String file) throws IOException {
    return ApiFiles.load(
            Samples.root().resolve("samples/" + file), OpenApi.ReaderOptions.defaults())
        .parsed()
        .value();
  }

  static State desired(Api api, RestDefinition definition) {
    return RestState.desired(api, definition, api.stages());
  }

  /** What PutRestApi of {@code api} leaves live, read back as a deploy reads it. */
  static State imported(FakeRestApis aws, Api api, RestDefinition definition) {
    RestApi created =
        aws.createRestApi(
            software.amazon.awssdk.services.apigateway.model.CreateRestApiRequest.builder()
                .name(api.name())
                .tags(Map.of("apigw", api.name()))
                .build());
    aws.putRestApi(created.id(), definition.json());
    return RestState.live(aws, created, api, Set.of(), true).state();
  }

  static List<String> changesIn(Plan plan, String... categories) {
    return plan.changes().stream()
        .filter(c -> List.of(categories).contains(c.category()))
        .map(c -> c.kind().symbol() + " " + c.category() + " " + c.name() + " " + c.fields())
        .toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"petstore.apigw", "keys-and-plans.apigw"})
  void whatPutRestApiImportsReadsBackAsTheDefinitionSaysForEveryRouteAndAuthorizer(String file)
      throws IOException {
    // given a sample's definition, imported as AWS imports it (api-gateway-import-api.md)
    Api api = sample(file);
    RestDefinition definition = RestDefinition.of(api, "eu-west-1", "aws", "111122223333", false);
    FakeRestApis aws = new FakeRestApis();

    // when read back
    State live = imported(aws, api, definition);
    State desired = desired(api, definition);

    // then no route or authorizer differs, and there is something to compare
    assertThat(desired.items(RestState.ROUTE)).isNotEmpty();
    assertThat(live.items(RestState.ROUTE))
        .containsOnlyKeys(desired.items(RestState.ROUTE).keySet());
    assertThat(changesIn(State.diff(desired, live), RestState.ROUTE, RestState.AUTHORIZER))
        .isEmpty();
  }

  @Test
  void theKeysAndPlansSampleComparesItsAuthorizerAndEachRoutesProtection() throws IOException {
    Api api = sample("keys-and-plans.apigw");
    RestDefinition definition = RestDefinition.of(api, "eu-west-1", "aws", "111122223333", false);

    State desired = desired(api, definition);

    assertThat(desired.items(RestState.ROUTE).get("GET /quotes"))
        .containsEntry("authorization", "CUSTOM")
        .containsEntry("authorizer", "partnerAuth")
        .containsEntry("api key required", "true");
    assertThat(desired.items(RestState.ROUTE).get("GET /quotes/{symbol}"))
        .containsEntry("authorization", "NONE")
        .containsEntry("api key required", "true")
        .doesNotContainKey("authorizer");
    assertThat(desired.items(RestState.ROUTE).get("POST /orders"))
        .containsEntry("timeout", "10000");
    assertThat(desired.items(RestState.ROUTE).get("GET /status"))
        .containsEntry("integration", "MOCK")
        .doesNotContainKey("uri");
    assertThat(desired.items(RestState.AUTHORIZER).get("partnerAuth"))
        .containsEntry("type", "REQUEST")
        .containsEntry("identity source", "method.request.header.x-partner-id")
        .containsEntry("ttl", "300")
        .containsEntry(
            "uri",
            "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/"
                + "arn:aws:lambda:eu-west-1:111122223333:function:quotes/invocations");
  }

  @Test
  void aKeyWithoutAValueInTheDefinitionIsNotComparedByValue() throws IOException {
    // api-gateway-setup-api-key-with-restapi.md: API Gateway generates the value of a key created
    // without one; a redeploy must not replace it.
    Api api = sample("keys-and-plans.apigw");
    RestDefinition definition = RestDefinition.of(api, "eu-west-1", "aws", "111122223333", false);
    FakeRestApis aws = new FakeRestApis();
    aws.createApiKey("partner-a", null, true, null, Map.of("apigw", "partners"));
    aws.createApiKey(
        "partner-b", "partner-b-0123456789abcdef01234567", true, null, Map.of("apigw", "partners"));

    State live = RestState.live(aws, null, api, Set.of(), true).state();
    State desired = desired(api, definition);

    assertThat(live.items(RestState.KEY).get("partner-a")).doesNotContainKey("value");
    assertThat(live.items(RestState.KEY).get("partner-b").get("value"))
        .startsWith(State.SECRET_PREFIX)
        .isEqualTo(desired.items(RestState.KEY).get("partner-b").get("value"));
    // Only the key not there yet differs.
    assertThat(State.diff(desired, live).changes())
        .filteredOn(c -> c.category().equals(RestState.KEY))
        .extracting(c -> c.kind().symbol() + " " + c.name())
        .containsExactly("+ retired");
  }

  @Test
  void theDefinitionLiveIsTheOneOfTheNewestDeploymentApigwMade() {
    FakeRestApis aws = new FakeRestApis();
    String id = aws.existing("a", Map.of("apigw", "a"));
    aws.putRestApi(id, "{\"paths\": {\"/x\": {\"get\": {}}}}");
    aws.createDeployment(id, "prod", RestState.DEPLOYMENT_PREFIX + "1111");
    aws.createDeployment(id, null, RestState.DEPLOYMENT_PREFIX + "2222");
    // the newest deployment, made by hand: it names no definition
    aws.createDeployment(id, "dev", "made in the console");

    State live =
        RestState.live(
                aws,
                aws.api(id),
                Api.builder("a", io.apigw.model.Protocol.REST).build(),
                Set.of(),
                true)
            .state();

    assertThat(live.items(RestState.API).get(RestState.DEFINITION)).containsEntry("sha256", "2222");
    assertThat(live.items(RestState.STAGE).get("prod"))
        .containsEntry(RestState.DEPLOYMENT_FIELD, "1111");
    assertThat(live.items(RestState.STAGE).get("dev"))
        .containsEntry(RestState.DEPLOYMENT_FIELD, "(not deployed by apigw)");
  }

  @ParameterizedTest
  @CsvSource({
    "*, */*",
    "GET /pets, ~1pets/GET",
    "GET /pets/{id}, ~1pets~1{id}/GET",
    "ANY /pets, ~1pets/*",
    "POST /, ~1/POST",
  })
  void aRouteIsNamedInStagePatchPathsAsUpdateStageNamesIt(String route, String key) {
    // stages.md: method settings are addressed as /{resource path with / as ~1}/{method}/...
    assertThat(RestState.settingKey(route)).isEqualTo(key);
  }

  static String ops(List<PatchOperation> operations) {
    return FakeRestApis.ops(operations);
  }

  static Map<String, String> map(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  @Test
  void aStagePatchRemovesWhatIsNoLongerWantedAndSetsWhatChanged() {
    Map<String, String> have =
        map(
            "deployment", "old",
            "/description", "before",
            "/variables/a", "1",
            "/variables/b", "2",
            "/cacheClusterEnabled", "true",
            "/cacheClusterSize", "0.5",
            "/tracingEnabled", "true",
            "/accessLogSettings/destinationArn", "arn:aws:logs:eu-west-1:1:log-group:x",
            "/accessLogSettings/format", "$context.requestId",
            "/~1pets/GET/caching/enabled", "true",
            "/~1pets/GET/caching/ttlInSeconds", "60");
    Map<String, String> want =
        map(
            "deployment", "new",
            "/variables/a", "10",
            "/~1pets/GET/caching/enabled", "true");

    List<PatchOperation> patch = RestDeployer.stagePatch(want, have);

    // The deployment is not a setting (UpdateStage /deploymentId is sent apart); the cache size
    // goes with the cache cluster.
    assertThat(ops(patch))
        .isEqualTo(
            "[remove /variables/b; remove /accessLogSettings; remove /~1pets/GET;"
                + " replace /description=; replace /cacheClusterEnabled=false;"
                + " replace /tracingEnabled=false; replace /variables/a=10;"
                + " replace /~1pets/GET/caching/enabled=true]");
  }

  @Test
  void anUnchangedStageHasAnEmptyPatch() {
    Map<String, String> same =
        map("deployment", "d", "/variables/a", "1", "/*/*/metrics/enabled", "true");

    assertThat(RestDeployer.stagePatch(same, new LinkedHashMap<>(same))).isEmpty();
  }

  @Test
  void aUsagePlanPatchCoversItsThrottleQuotaAndStages() {
    // api-gateway-create-usage-plans-with-rest-api.md
    Map<String, String> have =
        map(
            "description", "old",
            "/throttle/rateLimit", "10",
            "/throttle/burstLimit", "20",
            "/quota/limit", "100",
            "/quota/period", "DAY",
            "/quota/offset", "0",
            "stages", "dev,prod");
    Map<String, String> want =
        map(
            "/quota/limit", "100",
            "/quota/period", "WEEK",
            "/quota/offset", "0",
            "stages", "prod,qa");

    List<PatchOperation> patch = RestDeployer.planPatch("api1", want, have);

    assertThat(ops(patch))
        .isEqualTo(
            "[replace /description=; remove /throttle; replace /quota/period=WEEK;"
                + " add /apiStages=api1:qa; remove /apiStages=api1:dev]");
  }

  @Test
  void aStagesMethodSettingsLeftUnsetByAwsAreNotCompared() {
    // A negative throttle is read as unset, and OFF logging, a 300 s cache TTL and authorization
    // for cache control are the defaults, so none of them is a setting to compare.
    var stage =
        software.amazon.awssdk.services.apigateway.model.Stage.builder()
            .stageName("prod")
            .methodSettings(
                Map.of(
                    "*/*",
                    software.amazon.awssdk.services.apigateway.model.MethodSetting.builder()
                        .throttlingRateLimit(-1.0)
                        .throttlingBurstLimit(-1)
                        .metricsEnabled(true)
                        .loggingLevel("OFF")
                        .cacheTtlInSeconds(300)
                        .requireAuthorizationForCacheControl(true)
                        .build()))
            .build();

    Map<String, String> fields = RestState.liveStage(stage, "d");

    fields.values().removeIf(java.util.Objects::isNull);
    assertThat(fields)
        .containsExactlyInAnyOrderEntriesOf(map("deployment", "d", "/*/*/metrics/enabled", "true"));
  }

  @Test
  void aChangeToAnAuthorizerIsAFieldOfItsOwn() throws IOException {
    Api api = sample("keys-and-plans.apigw");
    RestDefinition definition = RestDefinition.of(api, "eu-west-1", "aws", "111122223333", false);
    FakeRestApis aws = new FakeRestApis();
    State live = imported(aws, api, definition);
    Api changed =
        api.toBuilder()
            .authorizers(
                api.authorizers().stream().map(a -> a.toBuilder().ttlSeconds(30).build()).toList())
            .build();
    RestDefinition changedDefinition =
        RestDefinition.of(changed, "eu-west-1", "aws", "111122223333", false);

    Plan plan = State.diff(desired(changed, changedDefinition), live);

    assertThat(plan.changes())
        .filteredOn(c -> c.category().equals(RestState.AUTHORIZER))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Change.Kind.CHANGE);
              assertThat(c.fields()).containsExactly(new Change.Field("ttl", "300", "30"));
            });
  }
}
