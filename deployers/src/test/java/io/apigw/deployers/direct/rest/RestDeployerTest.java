package io.apigw.deployers.direct.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigw.deployers.aws.DeployException;
import io.apigw.deployers.deploy.Console;
import io.apigw.deployers.deploy.DeployResult;
import io.apigw.deployers.deploy.DirectOptions;
import io.apigw.deployers.deploy.RecordingConsole;
import io.apigw.deployers.plan.Change;
import io.apigw.deployers.plan.PlanPrinter;
import io.apigw.model.Api;
import io.apigw.model.Parsed;
import io.apigw.model.dsl.Dsl;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.ApiStage;
import software.amazon.awssdk.services.apigateway.model.Method;
import software.amazon.awssdk.services.apigateway.model.Stage;

/**
 * The reconcile logic of {@link RestDeployer} against an in-memory API Gateway ({@link
 * FakeRestApis}), for what moto 5.2 cannot show: authorizers and method authorization created by
 * PutRestApi, exact UpdateStage / UpdateUsagePlan patch operations, key replacement, {@code
 * --stage}, confirmation.
 */
class RestDeployerTest {
  static final String REGION = "eu-west-1";
  static final String ACCOUNT = "111122223333";
  static final DirectOptions YES = new DirectOptions(null, true, true, Map.of(), false);

  static final String ALPHA_VALUE = "alpha-0123456789abcdefghij";
  static final String NEW_ALPHA_VALUE = "alpha-NEW-9876543210zyxwvuts";

  /** Two authorizers, a method of each kind of protection, two stages, two plans, two keys. */
  static final String SHOP =
      """
      api shop: rest, regional
      description "The shop"

      function orders: nodejs20.x handler=index.handler code=functions/

      auth tokenAuth: token function=orders header=Authorization ttl=300s
      auth users: cognito pools=arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_EXAMPLE header=Authorization

      stage prod vars backend=https://prod.example.com color=blue throttle 100/s burst 200 metrics
        access-log arn:aws:logs:eu-west-1:111122223333:log-group:shop format="$context.requestId"
      stage dev throttle 10/s burst 20

      plan basic: throttle 10/s burst 20, quota 1000/day, stages dev prod
      plan gold: throttle 100/s burst 200, quota 100000/month, stages prod

      key alpha: plan basic  value=%s
      key beta: plan gold  value=beta-0123456789abcdefghijk

      GET  /orders       -> lambda orders  auth users scopes=orders/read  op=listOrders
      POST /orders       -> lambda orders  auth tokenAuth  key  op=createOrder
      GET  /orders/{id}  -> lambda orders  key  op=getOrder
      GET  /health       -> mock 200 {"ok": true}
      """
          .formatted(ALPHA_VALUE);

  static Api load(String text) {
    Parsed<Api> parsed = Dsl.reader().read("shop.apigw", text);
    assertThat(parsed.hasErrors()).as(parsed.diagnostics().toString()).isFalse();
    return parsed.value();
  }

  static Api shop() {
    return load(SHOP);
  }

  static Api shop(String from, String to) {
    assertThat(SHOP).contains(from);
    return load(SHOP.replace(from, to));
  }

  final FakeRestApis aws = new FakeRestApis();
  final RecordingConsole console = new RecordingConsole(false, false);
  final RestDeployer deployer = deployer(console);

  RestDeployer deployer(Console console) {
    return new RestDeployer(aws, console, REGION, "aws", ACCOUNT);
  }

  /** Deploys the shop and forgets the calls that made it. */
  String deployed() {
    DeployResult first = deployer.deploy(shop(), YES);
    assertThat(first.outcome()).isEqualTo(DeployResult.Outcome.DEPLOYED);
    aws.log.clear();
    console.reports.clear();
    console.progress.clear();
    return first.apiId();
  }

  static List<String> changes(DeployResult result) {
    return result.plan().changes().stream()
        .map(c -> c.kind().symbol() + " " + c.category() + " " + c.name())
        .toList();
  }

  static List<String> fields(Change change) {
    return change.fields().stream()
        .map(f -> f.name() + ": " + f.before() + " -> " + f.after())
        .toList();
  }

  static Change change(DeployResult result, String category, String name) {
    return result.plan().changes().stream()
        .filter(c -> c.category().equals(category) && c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change to " + category + " " + name));
  }

  // ------------------------------------------------------------------ deploy

  @Test
  void aNewApiIsCreatedWithItsAuthorizersMethodsStagesKeysAndPlansInThatOrder() {
    // when
    DeployResult result = deployer.deploy(shop(), YES);

    // then
    assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.DEPLOYED);
    String id = result.apiId();
    assertThat(aws.mutationNames())
        .containsExactly(
            "CreateRestApi",
            "PutRestApi",
            "CreateDeployment",
            "UpdateStage",
            "CreateStage",
            "UpdateStage",
            "CreateApiKey",
            "CreateApiKey",
            "CreateUsagePlan",
            "CreateUsagePlanKey",
            "CreateUsagePlan",
            "CreateUsagePlanKey");
    assertThat(aws.api(id).tags()).containsEntry("apigw", "shop");
    assertThat(aws.api(id).endpointConfiguration().typesAsStrings()).containsExactly("REGIONAL");
    // api-gateway-swagger-extensions-authorizer.md: PutRestApi creates the authorizers.
    assertThat(aws.authorizer(id, "tokenAuth").typeAsString()).isEqualTo("TOKEN");
    assertThat(aws.authorizer(id, "tokenAuth").identitySource())
        .isEqualTo("method.request.header.Authorization");
    assertThat(aws.authorizer(id, "users").providerARNs())
        .containsExactly("arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_EXAMPLE");
    Method list = aws.method(id, "GET /orders");
    assertThat(list.authorizationType()).isEqualTo("COGNITO_USER_POOLS");
    assertThat(list.authorizerId()).isEqualTo(aws.authorizer(id, "users").id());
    assertThat(list.authorizationScopes()).containsExactly("orders/read");
    Method create = aws.method(id, "POST /orders");
    assertThat(create.authorizationType()).isEqualTo("CUSTOM");
    assertThat(create.apiKeyRequired()).isTrue();
    assertThat(aws.method(id, "GET /orders/{id}").authorizationType()).isEqualTo("NONE");
    assertThat(aws.method(id, "GET /orders/{id}").apiKeyRequired()).isTrue();
    Stage prod = aws.stage(id, "prod");
    assertThat(prod.variables())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("backend", "https://prod.example.com", "color", "blue"));
    assertThat(prod.methodSettings().get("*/*").throttlingRateLimit()).isEqualTo(100.0);
    assertThat(prod.methodSettings().get("*/*").metricsEnabled()).isTrue();
    assertThat(prod.accessLogSettings().format()).isEqualTo("$context.requestId");
    assertThat(aws.plan("basic").apiStages())
        .extracting(ApiStage::stage)
        .containsExactlyInAnyOrder("dev", "prod");
    assertThat(aws.plan("basic").tags()).containsEntry("apigw", "shop");
    assertThat(aws.keyNamesOf("basic")).containsExactly("alpha");
    assertThat(aws.keyNamesOf("gold")).containsExactly("beta");
    assertThat(aws.key("alpha").value()).isEqualTo(ALPHA_VALUE);
    assertThat(result.invokeUrls())
        .containsEntry("prod", "https://" + id + ".execute-api.eu-west-1.amazonaws.com/prod");
  }

  @Test
  void anUnchangedRedeployMakesNoChangingCall() {
    deployed();

    DeployResult again = deployer.deploy(shop(), YES);

    assertThat(again.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
    assertThat(again.plan().changes()).isEmpty();
    assertThat(aws.mutations()).isEmpty();
    assertThat(aws.log).isNotEmpty();
  }

  @Test
  void aRoutesAuthorizerScopesAndKeyRequirementAreComparedAndChanged() {
    String id = deployed();

    // when GET /orders needs another scope and POST /orders loses its authorizer and key
    Api changed =
        load(
            SHOP.replace("scopes=orders/read", "scopes=orders/read,orders/admin")
                .replace(
                    "POST /orders       -> lambda orders  auth tokenAuth  key",
                    "POST /orders       -> lambda orders"));
    DeployResult result = deployer.deploy(changed, YES);

    // then the plan names exactly those fields, and PutRestApi carries them to AWS
    assertThat(changes(result))
        .containsExactly(
            "* route GET /orders", "* route POST /orders", "* stage prod", "* stage dev");
    assertThat(fields(change(result, "route", "GET /orders")))
        .containsExactly("scopes: orders/read -> orders/admin,orders/read");
    assertThat(fields(change(result, "route", "POST /orders")))
        .containsExactly(
            "authorization: CUSTOM -> NONE",
            "authorizer: tokenAuth -> null",
            "api key required: true -> null");
    assertThat(aws.method(id, "GET /orders").authorizationScopes())
        .containsExactlyInAnyOrder("orders/read", "orders/admin");
    assertThat(aws.method(id, "POST /orders").authorizationType()).isEqualTo("NONE");
    assertThat(aws.method(id, "POST /orders").apiKeyRequired()).isFalse();
    assertThat(aws.mutationNames()).containsOnlyOnce("PutRestApi");
    assertThat(deployer.deploy(changed, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void anAuthorizerIsAddedChangedAndRemoved() {
    String id = deployed();

    // when tokenAuth's TTL changes, users goes (with the scopes of the route it guarded) and a
    // request authorizer comes
    Api changed =
        load(
            SHOP.replace("header=Authorization ttl=300s", "header=Authorization ttl=60s")
                .replace(
                    "auth users: cognito pools=arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_EXAMPLE header=Authorization",
                    "auth partner: request function=orders identity=method.request.header.x-partner ttl=0s")
                .replace("auth users scopes=orders/read", "auth partner"));
    DeployResult result = deployer.deploy(changed, YES);

    // then
    assertThat(changes(result))
        .contains(
            "* route GET /orders",
            "+ authorizer partner",
            "* authorizer tokenAuth",
            "- authorizer users");
    assertThat(fields(change(result, "authorizer", "tokenAuth"))).containsExactly("ttl: 300 -> 60");
    assertThat(fields(change(result, "route", "GET /orders")))
        .containsExactly(
            "authorization: COGNITO_USER_POOLS -> CUSTOM",
            "authorizer: users -> partner",
            "scopes: orders/read -> null");
    assertThat(aws.authorizer(id, "users")).isNull();
    assertThat(aws.authorizer(id, "partner").identitySource())
        .isEqualTo("method.request.header.x-partner");
    assertThat(aws.authorizer(id, "partner").authorizerResultTtlInSeconds()).isZero();
    assertThat(aws.authorizer(id, "tokenAuth").authorizerResultTtlInSeconds()).isEqualTo(60);
    assertThat(aws.method(id, "GET /orders").authorizerId())
        .isEqualTo(aws.authorizer(id, "partner").id());
    assertThat(deployer.deploy(changed, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void aChangedStageSettingIsOneUpdateStageWithExactlyItsPatchOperations() {
    // stages.md: a stage's variables and method settings are changed in place with UpdateStage.
    String id = deployed();

    Api changed =
        shop(
            "vars backend=https://prod.example.com color=blue throttle 100/s",
            "vars backend=https://prod2.example.com throttle 50/s");
    DeployResult result = deployer.deploy(changed, YES);

    assertThat(changes(result)).containsExactly("* stage prod");
    assertThat(fields(change(result, "stage", "prod")))
        .containsExactly(
            "/variables/backend: https://prod.example.com -> https://prod2.example.com",
            "/*/*/throttling/rateLimit: 100 -> 50",
            "/variables/color: blue -> null");
    assertThat(aws.mutations())
        .containsExactly(
            "UpdateStage "
                + id
                + ", prod, [remove /variables/color; replace"
                + " /variables/backend=https://prod2.example.com; replace"
                + " /*/*/throttling/rateLimit=50]");
    assertThat(aws.stage(id, "prod").variables())
        .containsExactlyEntriesOf(Map.of("backend", "https://prod2.example.com"));
    assertThat(aws.stage(id, "prod").methodSettings().get("*/*").throttlingBurstLimit())
        .isEqualTo(200);
    assertThat(deployer.deploy(changed, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void aRemovedMethodSettingRemovesTheMethodsSettingsAndSetsBackTheRest() {
    String id = deployed();

    // metrics off on prod: the "*/*" settings are removed and the throttle set again
    Api changed = shop("throttle 100/s burst 200 metrics", "throttle 100/s burst 200");
    deployer.deploy(changed, YES);

    assertThat(aws.mutations())
        .containsExactly(
            "UpdateStage "
                + id
                + ", prod, [remove /*/*; replace /*/*/throttling/rateLimit=100; replace"
                + " /*/*/throttling/burstLimit=200]");
    assertThat(aws.stage(id, "prod").methodSettings().get("*/*").metricsEnabled()).isFalse();
    assertThat(deployer.deploy(changed, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void anExistingStageGetsANewDeploymentThroughUpdateStage() {
    // api-gateway-basic-concept.md: a deployment is a snapshot of the API, made available to
    // clients by associating it with a stage.
    String id = deployed();
    String before = aws.stage(id, "prod").deploymentId();

    DeployResult result =
        deployer.deploy(load(SHOP + "DELETE /orders/{id} -> lambda orders\n"), YES);

    assertThat(changes(result))
        .containsExactly("+ route DELETE /orders/{id}", "* stage prod", "* stage dev");
    assertThat(fields(change(result, "stage", "prod")))
        .singleElement()
        .asString()
        .startsWith("deployment: ");
    List<String> calls = aws.mutations();
    assertThat(calls).hasSize(4);
    assertThat(calls.get(0)).isEqualTo("PutRestApi " + id);
    // CreateDeployment names no stage (moto would reset an existing stage's settings), and each
    // stage is pointed at it with UpdateStage, which keeps them; one deployment serves both
    // (CreateDeployment: one call per 5 s, limits.md).
    assertThat(calls.get(1)).startsWith("CreateDeployment " + id + ", null, apigw ");
    String prodDeployment = aws.stage(id, "prod").deploymentId();
    assertThat(prodDeployment).isNotEqualTo(before);
    assertThat(calls.get(2))
        .isEqualTo("UpdateStage " + id + ", prod, [replace /deploymentId=" + prodDeployment + "]");
    assertThat(calls.get(3))
        .isEqualTo("UpdateStage " + id + ", dev, [replace /deploymentId=" + prodDeployment + "]");
    assertThat(aws.stage(id, "prod").variables()).containsKey("color");
    assertThat(aws.stage(id, "prod").methodSettings().get("*/*").metricsEnabled()).isTrue();
  }

  @Test
  void aKeyWhoseValueChangesIsReplacedAndItsValueIsNeverShown() {
    // api-gateway-api-usage-plans.md: a key's value identifies the client; UpdateApiKey cannot
    // change it, so the key is deleted and created again under its name.
    deployed();
    String oldId = aws.key("alpha").id();

    Api changed = shop(ALPHA_VALUE, NEW_ALPHA_VALUE);
    DeployResult plan = deployer.plan(changed, YES);
    DeployResult result = deployer.deploy(changed, YES);

    assertThat(changes(result)).containsExactly("* api key alpha");
    String text = PlanPrinter.text("REST API shop", result.plan());
    assertThat(text).contains("alpha").contains("(hidden)");
    assertThat(text + PlanPrinter.text("REST API shop", plan.plan()) + console.all())
        .doesNotContain(NEW_ALPHA_VALUE)
        .doesNotContain(ALPHA_VALUE);
    assertThat(String.join("\n", aws.log)).doesNotContain(NEW_ALPHA_VALUE);
    assertThat(aws.mutationNames())
        .containsSubsequence("DeleteApiKey", "CreateApiKey")
        .doesNotContain("UpdateApiKey");
    assertThat(aws.key("alpha").id()).isNotEqualTo(oldId);
    assertThat(aws.key("alpha").value()).isEqualTo(NEW_ALPHA_VALUE);
    // The new key takes the old one's place in its usage plan.
    assertThat(aws.keyNamesOf("basic")).containsExactly("alpha");
    assertThat(deployer.deploy(changed, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void aKeyDisabledIsUpdatedInPlace() {
    deployed();
    String keyId = aws.key("beta").id();

    DeployResult result =
        deployer.deploy(shop("key beta: plan gold", "key beta: plan gold disabled"), YES);

    assertThat(fields(change(result, "api key", "beta"))).containsExactly("enabled: true -> false");
    assertThat(aws.mutations())
        .containsExactly("UpdateApiKey " + keyId + ", [replace /enabled=false]");
    assertThat(aws.key("beta").enabled()).isFalse();
  }

  @Test
  void aUsagePlansStagesThrottleAndQuotaArePatched() {
    // api-gateway-create-usage-plans-with-rest-api.md: UpdateUsagePlan patches a plan's throttle,
    // quota and API stages.
    String id = deployed();
    String planId = aws.plan("basic").id();

    Api changed =
        shop(
            "plan basic: throttle 10/s burst 20, quota 1000/day, stages dev prod",
            "plan basic: throttle 20/s burst 20, quota 5000/week, stages prod");
    DeployResult result = deployer.deploy(changed, YES);

    assertThat(changes(result)).containsExactly("* usage plan basic");
    assertThat(aws.mutations())
        .containsExactly(
            "UpdateUsagePlan "
                + planId
                + ", [replace /throttle/rateLimit=20; replace /quota/limit=5000; replace"
                + " /quota/period=WEEK; remove /apiStages="
                + id
                + ":dev]");
    assertThat(aws.plan("basic").apiStages()).extracting(ApiStage::stage).containsExactly("prod");
    assertThat(aws.plan("basic").quota().periodAsString()).isEqualTo("WEEK");
    assertThat(aws.plan("basic").throttle().rateLimit()).isEqualTo(20.0);
    assertThat(deployer.deploy(changed, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void aPlansPerRouteThrottlesAreCreatedReplacedAsOneMapAndRemoved() {
    // api-gateway-create-usage-plans-with-rest-api.md: method throttles of a plan's stage, keyed
    // /resource/path/METHOD; UpdateUsagePlan replaces a stage's whole map or removes it.
    String planLine = "plan basic: throttle 10/s burst 20, quota 1000/day, stages dev prod";
    Api throttled =
        shop(planLine, planLine + "\n  stage prod: GET /orders/{id} throttle 5/s burst 10");
    DeployResult created = deployer.deploy(throttled, YES);
    String id = created.apiId();
    ApiStage prod =
        aws.plan("basic").apiStages().stream()
            .filter(st -> st.stage().equals("prod"))
            .findFirst()
            .orElseThrow();
    assertThat(prod.throttle()).containsOnlyKeys("/orders/{id}/GET");
    assertThat(prod.throttle().get("/orders/{id}/GET").rateLimit()).isEqualTo(5.0);
    assertThat(deployer.deploy(throttled, YES).outcome())
        .isEqualTo(DeployResult.Outcome.NO_CHANGES);
    aws.log.clear();
    String planId = aws.plan("basic").id();

    Api changed =
        shop(planLine, planLine + "\n  stage prod: GET /orders/{id} throttle 7/s burst 10");
    DeployResult result = deployer.deploy(changed, YES);

    assertThat(fields(change(result, "usage plan", "basic")))
        .containsExactly("throttle prod: /orders/{id}/GET 5/10 -> /orders/{id}/GET 7/10");
    assertThat(aws.mutations())
        .containsExactly(
            "UpdateUsagePlan "
                + planId
                + ", [replace /apiStages/"
                + id
                + ":prod/throttle={\"/orders/{id}/GET\":{\"rateLimit\":7.0,\"burstLimit\":10}}]");
    assertThat(deployer.deploy(changed, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);

    aws.log.clear();
    DeployResult removed = deployer.deploy(shop(), YES);
    assertThat(aws.mutations())
        .containsExactly(
            "UpdateUsagePlan " + planId + ", [remove /apiStages/" + id + ":prod/throttle=]");
    assertThat(removed.outcome()).isEqualTo(DeployResult.Outcome.DEPLOYED);
    assertThat(deployer.deploy(shop(), YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void aStagesCanaryGetsNewDefinitionsWhileItsProductionReleaseStays() {
    // create-canary-deployment.md: with a canary, a deployment to the stage goes to the canary;
    // update-canary-deployment.md and delete-canary-deployment.md: its settings are UpdateStage
    // paths under /canarySettings, and removing /canarySettings drops it.
    String id = deployed();
    String base = aws.stage(id, "prod").deploymentId();
    String stageLine =
        "stage prod vars backend=https://prod.example.com color=blue throttle 100/s burst 200 metrics";
    String canaryLine = "\n  canary 10% vars backend=https://canary.example.com";

    // a canary added, the definition unchanged: settings only, on the production deployment
    DeployResult added = deployer.deploy(shop(stageLine, stageLine + canaryLine), YES);
    assertThat(fields(change(added, "stage", "prod")))
        .containsExactly(
            "/canarySettings/percentTraffic: null -> 10",
            "/canarySettings/stageVariableOverrides/backend: null -> https://canary.example.com");
    assertThat(aws.mutations())
        .singleElement()
        .asString()
        .startsWith("UpdateStage " + id + ", prod,");
    assertThat(aws.stage(id, "prod").canarySettings().deploymentId()).isEqualTo(base);

    // a route added: the new version goes to the canary, production keeps its deployment
    aws.log.clear();
    Api routeMore =
        load(
            SHOP.replace(stageLine, stageLine + canaryLine)
                + "DELETE /orders/{id} -> lambda orders\n");
    DeployResult deployed = deployer.deploy(routeMore, YES);
    assertThat(changes(deployed))
        .contains("+ route DELETE /orders/{id}", "* stage prod", "* stage dev");
    assertThat(aws.mutations())
        .anyMatch(c -> c.startsWith("CreateDeployment " + id + ", prod,") && c.endsWith("canary"));
    assertThat(aws.stage(id, "prod").deploymentId()).isEqualTo(base);
    String canary = aws.stage(id, "prod").canarySettings().deploymentId();
    assertThat(canary).isNotEqualTo(base);
    assertThat(aws.stage(id, "prod").canarySettings().percentTraffic()).isEqualTo(10.0);
    assertThat(aws.stage(id, "dev").deploymentId()).isNotEqualTo(base);
    assertThat(deployer.deploy(routeMore, YES).outcome())
        .isEqualTo(DeployResult.Outcome.NO_CHANGES);

    // the canary removed: dropped, and production moved to the definition
    aws.log.clear();
    Api noCanary = load(SHOP + "DELETE /orders/{id} -> lambda orders\n");
    DeployResult removed = deployer.deploy(noCanary, YES);
    assertThat(removed.outcome()).isEqualTo(DeployResult.Outcome.DEPLOYED);
    assertThat(aws.stage(id, "prod").canarySettings()).isNull();
    assertThat(aws.stage(id, "prod").deploymentId()).isNotEqualTo(base);
    assertThat(aws.mutations()).anyMatch(c -> c.contains("remove /canarySettings"));
    assertThat(deployer.deploy(noCanary, YES).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
  }

  @Test
  void aRemovedUsagePlanIsDetachedFromItsStagesThenDeleted() {
    String id = deployed();
    String goldId = aws.plan("gold").id();

    Api changed =
        load(
            SHOP.replace(
                    "plan gold: throttle 100/s burst 200, quota 100000/month, stages prod\n", "")
                .replace("key beta: plan gold", "key beta: plan basic"));
    DeployResult result = deployer.deploy(changed, YES);

    assertThat(changes(result)).containsExactly("* usage plan basic", "- usage plan gold");
    assertThat(aws.mutations())
        .containsSubsequence(
            "UpdateUsagePlan " + goldId + ", [remove /apiStages=" + id + ":prod]",
            "DeleteUsagePlan " + goldId);
    assertThat(aws.plan("gold")).isNull();
    assertThat(aws.keyNamesOf("basic")).containsExactlyInAnyOrder("alpha", "beta");
  }

  @Test
  void withStageOnlyThatStageChangesAndTheOthersStay() {
    String id = deployed();
    String prodDeployment = aws.stage(id, "prod").deploymentId();

    DeployResult result =
        deployer.deploy(
            load(
                SHOP.replace("stage dev throttle 10/s", "stage dev throttle 5/s")
                    + "DELETE /orders/{id} -> lambda orders\n"),
            new DirectOptions("dev", true, true, Map.of(), false));

    assertThat(changes(result)).containsExactly("+ route DELETE /orders/{id}", "* stage dev");
    assertThat(aws.stage(id, "prod")).isNotNull();
    assertThat(aws.stage(id, "prod").deploymentId()).isEqualTo(prodDeployment);
    assertThat(aws.mutationNames()).doesNotContain("DeleteStage", "UpdateUsagePlan");
    assertThat(aws.plan("basic").apiStages())
        .extracting(ApiStage::stage)
        .containsExactlyInAnyOrder("dev", "prod");
    assertThat(result.invokeUrls()).containsOnlyKeys("dev");
  }

  @Test
  void aStageNoLongerDefinedIsDeleted() {
    String id = deployed();

    DeployResult result =
        deployer.deploy(
            load(
                SHOP.replace("stage dev throttle 10/s burst 20\n", "")
                    .replace("stages dev prod", "stages prod")),
            YES);

    assertThat(changes(result)).containsExactly("- stage dev", "* usage plan basic");
    assertThat(aws.stagesOf(id)).containsOnlyKeys("prod");
    assertThat(aws.mutationNames()).containsExactlyInAnyOrder("DeleteStage", "UpdateUsagePlan");
    assertThat(aws.plan("basic").apiStages()).extracting(ApiStage::stage).containsExactly("prod");
  }

  @Test
  void aSameNamedApiWithoutTheTagIsLeftAloneAndANewOneCreated() {
    String theirs = aws.existing("shop", Map.of("team", "other"));

    DeployResult result = deployer.deploy(shop(), YES);

    assertThat(result.apiId()).isNotEqualTo(theirs);
    assertThat(aws.api(theirs).tags()).containsExactlyEntriesOf(Map.of("team", "other"));
    assertThat(aws.mutations()).noneMatch(call -> call.contains(theirs));
    assertThat(console.progress)
        .anyMatch(line -> line.contains(theirs) && line.contains("left alone"));
    assertThat(aws.api(result.apiId()).tags()).containsEntry("apigw", "shop");
  }

  // ---------------------------------------------------------------- confirming

  @Test
  void executeFalseShowsThePlanAndChangesNothing() {
    DeployResult result =
        deployer.deploy(shop(), new DirectOptions(null, false, true, Map.of(), false));

    assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.NOT_EXECUTED);
    assertThat(result.plan().changes()).isNotEmpty();
    assertThat(console.reports).singleElement().asString().contains("+ route");
    assertThat(aws.mutations()).isEmpty();
  }

  @Test
  void withoutYesAndWithoutATerminalItRefusesAndChangesNothing() {
    assertThatThrownBy(
            () -> deployer.deploy(shop(), new DirectOptions(null, true, false, Map.of(), false)))
        .isInstanceOf(DeployException.class)
        .hasMessageContaining("pass --yes");

    assertThat(aws.mutations()).isEmpty();
  }

  @Test
  void aNoFromAnInteractiveConsoleChangesNothing() {
    RecordingConsole asking = new RecordingConsole(true, false);

    DeployResult result =
        deployer(asking).deploy(shop(), new DirectOptions(null, true, false, Map.of(), false));

    assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.NOT_EXECUTED);
    assertThat(asking.questions).singleElement().asString().contains("shop");
    assertThat(aws.mutations()).isEmpty();
  }

  @Test
  void aYesFromAnInteractiveConsoleApplies() {
    RecordingConsole asking = new RecordingConsole(true, true);

    DeployResult result =
        deployer(asking).deploy(shop(), new DirectOptions(null, true, false, Map.of(), false));

    assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.DEPLOYED);
    assertThat(asking.questions).hasSize(1);
  }

  // ------------------------------------------------------------------ destroy

  @Test
  void destroyDetachesAndDeletesThePlansThenTheKeysThenTheApi() {
    String id = deployed();
    String othersKey =
        aws.createApiKey("other", null, true, null, Map.of("apigw", "another-api")).id();
    aws.log.clear();

    DeployResult result = deployer.destroy(shop(), YES);

    assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.DESTROYED);
    assertThat(aws.mutationNames())
        .containsExactly(
            "UpdateUsagePlan",
            "DeleteUsagePlan",
            "UpdateUsagePlan",
            "DeleteUsagePlan",
            "DeleteApiKey",
            "DeleteApiKey",
            "DeleteRestApi");
    assertThat(aws.apis).doesNotContainKey(id);
    assertThat(aws.plans).isEmpty();
    assertThat(aws.keys).containsOnlyKeys(othersKey);
    assertThat(deployer.destroy(shop(), YES).outcome())
        .isEqualTo(DeployResult.Outcome.NOTHING_TO_DESTROY);
  }

  @Test
  void destroyWithoutYesAndWithoutATerminalChangesNothing() {
    deployed();

    assertThatThrownBy(
            () -> deployer.destroy(shop(), new DirectOptions(null, true, false, Map.of(), false)))
        .isInstanceOf(DeployException.class)
        .hasMessageContaining("pass --yes");
    assertThat(aws.mutations()).isEmpty();
  }
}
