package io.apigw.deployers.direct.rest;

import io.apigw.deployers.aws.DeployException;
import io.apigw.deployers.deploy.Console;
import io.apigw.deployers.deploy.DeployResult;
import io.apigw.deployers.deploy.DirectDeployer;
import io.apigw.deployers.deploy.DirectOptions;
import io.apigw.deployers.deploy.Managed;
import io.apigw.deployers.plan.Change;
import io.apigw.deployers.plan.Plan;
import io.apigw.deployers.plan.PlanPrinter;
import io.apigw.deployers.plan.State;
import io.apigw.model.Api;
import io.apigw.model.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.apigateway.model.ApiKey;
import software.amazon.awssdk.services.apigateway.model.ApiStage;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiRequest;
import software.amazon.awssdk.services.apigateway.model.CreateUsagePlanRequest;
import software.amazon.awssdk.services.apigateway.model.DeploymentCanarySettings;
import software.amazon.awssdk.services.apigateway.model.EndpointConfiguration;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.PatchOperation;
import software.amazon.awssdk.services.apigateway.model.QuotaSettings;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigateway.model.ThrottleSettings;
import software.amazon.awssdk.services.apigateway.model.UsagePlan;
import software.amazon.awssdk.services.apigateway.model.UsagePlanKey;

/**
 * The direct deploy of a REST API: the whole definition in one PutRestApi (overwrite), a
 * CreateDeployment to each stage whose deployment is older than the definition, UpdateStage for the
 * stage settings that differ, then API keys and usage plans. The API is found again by name and the
 * {@link Managed#TAG} tag; a run with nothing to change makes no call that changes anything.
 */
public final class RestDeployer implements DirectDeployer {
  private final RestApis apis;
  private final Console console;
  private final String region;
  private final String partition;
  private final String accountId;

  public RestDeployer(
      RestApis apis, Console console, String region, String partition, String accountId) {
    this.apis = apis;
    this.console = console;
    this.region = region;
    this.partition = partition;
    this.accountId = accountId;
  }

  /** What a deploy would change; changes nothing. */
  @Override
  public DeployResult plan(Api api, DirectOptions options) {
    Prepared prepared = prepare(api, options);
    console.report(PlanPrinter.text(prepared.subject(), prepared.shown()));
    return result(
        api,
        prepared,
        prepared.plan().isEmpty()
            ? DeployResult.Outcome.NO_CHANGES
            : DeployResult.Outcome.NOT_EXECUTED);
  }

  @Override
  public DeployResult deploy(Api api, DirectOptions options) {
    Prepared prepared = prepare(api, options);
    console.report(PlanPrinter.text(prepared.subject(), prepared.shown()));
    if (prepared.plan().isEmpty()) {
      return result(api, prepared, DeployResult.Outcome.NO_CHANGES);
    }
    if (!options.execute()
        || !confirmed(options, "Apply these changes to " + prepared.subject() + "?")) {
      return result(api, prepared, DeployResult.Outcome.NOT_EXECUTED);
    }
    String apiId = apply(api, options, prepared);
    console.progress("deployed " + api.name() + " (" + apiId + ")");
    return new DeployResult(
        "direct",
        api.name(),
        apiId,
        DeployResult.Outcome.DEPLOYED,
        prepared.shown(),
        invokeUrls(apiId, prepared.stages()),
        Map.of(),
        null);
  }

  /** Removes the API, and the API keys and usage plans apigw created for it. */
  @Override
  public DeployResult destroy(Api api, DirectOptions options) {
    RestApi found = find(api);
    List<ApiKey> keys = new ArrayList<>();
    for (ApiKey key : apis.apiKeys()) {
      if (Managed.isManaged(key.tags(), api.name())) {
        keys.add(key);
      }
    }
    List<UsagePlan> plans = new ArrayList<>();
    for (UsagePlan plan : apis.usagePlans()) {
      if (Managed.isManaged(plan.tags(), api.name())) {
        plans.add(plan);
      }
    }
    List<Change> removals = new ArrayList<>();
    if (found != null) {
      removals.add(
          new Change(
              Change.Kind.REMOVE, RestState.API, api.name() + " (" + found.id() + ")", List.of()));
    }
    plans.forEach(
        p -> removals.add(new Change(Change.Kind.REMOVE, RestState.PLAN, p.name(), List.of())));
    keys.forEach(
        k -> removals.add(new Change(Change.Kind.REMOVE, RestState.KEY, k.name(), List.of())));
    Plan plan = new Plan(removals);
    String subject = "REST API " + api.name();
    if (plan.isEmpty()) {
      console.report(subject + ": nothing that apigw created was found\n");
      return new DeployResult(
          "direct",
          api.name(),
          null,
          DeployResult.Outcome.NOTHING_TO_DESTROY,
          plan,
          Map.of(),
          Map.of(),
          null);
    }
    console.report(PlanPrinter.text(subject, plan));
    if (!options.execute() || !confirmed(options, "Destroy " + subject + "?")) {
      return new DeployResult(
          "direct",
          api.name(),
          found == null ? null : found.id(),
          DeployResult.Outcome.NOT_EXECUTED,
          plan,
          Map.of(),
          Map.of(),
          null);
    }
    for (UsagePlan usagePlan : plans) {
      List<PatchOperation> detach = new ArrayList<>();
      if (usagePlan.apiStages() != null) {
        for (ApiStage stage : usagePlan.apiStages()) {
          detach.add(op(Op.REMOVE, "/apiStages", stage.apiId() + ":" + stage.stage()));
        }
      }
      if (!detach.isEmpty()) {
        apis.updateUsagePlan(usagePlan.id(), detach);
      }
      apis.deleteUsagePlan(usagePlan.id());
      console.progress("deleted usage plan " + usagePlan.name());
    }
    for (ApiKey key : keys) {
      apis.deleteApiKey(key.id());
      console.progress("deleted API key " + key.name());
    }
    if (found != null) {
      apis.deleteRestApi(found.id());
      console.progress("deleted REST API " + api.name() + " (" + found.id() + ")");
    }
    return new DeployResult(
        "direct",
        api.name(),
        found == null ? null : found.id(),
        DeployResult.Outcome.DESTROYED,
        plan,
        Map.of(),
        Map.of(),
        null);
  }

  // ---------------------------------------------------------------- preparing

  private record Prepared(
      RestDefinition definition,
      List<io.apigw.model.Stage> stages,
      RestApi found,
      State desired,
      RestState.Live live,
      Plan plan,
      Plan shown,
      String subject) {}

  private Prepared prepare(Api api, DirectOptions options) {
    if (api.protocol() != Protocol.REST) {
      throw new IllegalArgumentException("RestDeployer deploys REST APIs, not " + api.protocol());
    }
    RestDefinition definition =
        RestDefinition.of(api, region, partition, accountId, options.emulator());
    List<io.apigw.model.Stage> stages = new ArrayList<>();
    for (io.apigw.model.Stage stage : api.stages()) {
      if (options.stage() == null || options.stage().equals(stage.name())) {
        stages.add(stage);
      }
    }
    if (options.stage() != null && stages.isEmpty()) {
      throw new IllegalArgumentException(
          "no stage named " + options.stage() + " in the definition");
    }
    Set<String> stageNames = new LinkedHashSet<>();
    stages.forEach(s -> stageNames.add(s.name()));
    RestApi found = find(api);
    State desired = RestState.desired(api, definition, stages);
    RestState.Live live = RestState.live(apis, found, api, stageNames, options.stage() == null);
    Plan plan = State.diff(desired, live.state());
    String subject =
        "REST API " + api.name() + (found == null ? " (new)" : " (" + found.id() + ")");
    return new Prepared(definition, stages, found, desired, live, plan, shown(plan), subject);
  }

  /**
   * The plan as shown: the definition's digest is listed only when no route or authorizer change
   * already explains it (then the change is in models, validators, responses, documentation...).
   */
  private static Plan shown(Plan plan) {
    boolean explained = plan.touches(RestState.ROUTE, RestState.AUTHORIZER);
    List<Change> changes = new ArrayList<>();
    for (Change change : plan.changes()) {
      boolean definition =
          change.category().equals(RestState.API) && change.name().equals(RestState.DEFINITION);
      if (definition && explained) {
        continue;
      }
      if (definition) {
        changes.add(
            new Change(
                change.kind(),
                change.category(),
                "definition (models, validators, responses or other parts of the OpenAPI document)",
                change.fields()));
      } else {
        changes.add(change);
      }
    }
    return new Plan(changes);
  }

  private RestApi find(Api api) {
    RestApi untagged = null;
    for (RestApi candidate : apis.restApis()) {
      if (!api.name().equals(candidate.name())) {
        continue;
      }
      if (Managed.isManaged(candidate.tags(), api.name())) {
        return candidate;
      }
      untagged = candidate;
    }
    if (untagged != null) {
      console.progress(
          "note: REST API "
              + api.name()
              + " ("
              + untagged.id()
              + ") exists without the apigw tag; it is left alone and a new API is created");
    }
    return null;
  }

  private boolean confirmed(DirectOptions options, String question) {
    if (options.yes()) {
      return true;
    }
    if (!console.interactive()) {
      throw new DeployException(
          "not applied: no terminal to ask on (or CI is set); pass --yes to apply without asking");
    }
    return console.confirm(question);
  }

  // ----------------------------------------------------------------- applying

  private String apply(Api api, DirectOptions options, Prepared p) {
    Map<String, String> tags = new LinkedHashMap<>(options.tags());
    tags.put(Managed.TAG, api.name());
    String apiId;
    if (p.found() == null) {
      CreateRestApiRequest.Builder create =
          CreateRestApiRequest.builder()
              .name(api.name())
              .description(api.description())
              .endpointConfiguration(
                  EndpointConfiguration.builder()
                      .typesWithStrings(api.endpoint().type().name())
                      .build())
              .tags(tags);
      apiId = apis.createRestApi(create.build()).id();
      console.progress("created REST API " + api.name() + " (" + apiId + ")");
    } else {
      apiId = p.found().id();
    }
    Map<String, String> liveDefinition =
        p.live().state().items(RestState.API).get(RestState.DEFINITION);
    String digest = p.definition().digest();
    if (liveDefinition == null || !digest.equals(liveDefinition.get("sha256"))) {
      console.progress(
          "PutRestApi (overwrite): " + p.desired().items(RestState.ROUTE).size() + " methods");
      apis.putRestApi(apiId, p.definition().json());
    }
    if (p.found() != null) {
      updateSettings(apiId, p);
    }
    applyStages(apiId, p);
    Set<String> replacedKeys = new TreeSet<>();
    Map<String, String> keyIds = applyKeys(api, tags, p, replacedKeys);
    applyPlans(api, apiId, tags, keyIds, replacedKeys, p);
    deleteRemovedStages(apiId, options, p);
    return apiId;
  }

  private void updateSettings(String apiId, Prepared p) {
    Map<String, String> want = p.desired().items(RestState.API).get("settings");
    Map<String, String> have =
        p.live().state().items(RestState.API).getOrDefault("settings", Map.of());
    List<PatchOperation> ops = new ArrayList<>();
    if (!Objects.equals(want.get("description"), have.get("description"))) {
      ops.add(
          op(Op.REPLACE, "/description", Objects.requireNonNullElse(want.get("description"), "")));
    }
    if (!Objects.equals(want.get("endpoint"), have.get("endpoint"))
        && have.get("endpoint") != null) {
      ops.add(
          op(
              Op.REPLACE,
              "/endpointConfiguration/types/" + have.get("endpoint"),
              want.get("endpoint")));
    }
    if (!ops.isEmpty()) {
      apis.updateRestApi(apiId, ops);
      console.progress("updated the API's settings");
    }
  }

  private void applyStages(String apiId, Prepared p) {
    String digest = p.definition().digest();
    Map<String, Map<String, String>> live = p.live().state().items(RestState.STAGE);
    // One deployment serves every stage that needs the new definition: CreateDeployment is
    // limited to one call per 5 s per account (limits.md).
    String deployment = null;
    for (io.apigw.model.Stage stage : p.stages()) {
      Map<String, String> want = p.desired().items(RestState.STAGE).get(stage.name());
      Map<String, String> have = live.get(stage.name());
      List<PatchOperation> ops = new ArrayList<>();
      if (have == null) {
        if (deployment == null) {
          // CreateDeployment with a stage name creates the stage.
          deployment =
              apis.createDeployment(apiId, stage.name(), RestState.DEPLOYMENT_PREFIX + digest).id();
        } else {
          apis.createStage(apiId, stage.name(), deployment);
        }
        console.progress("deployment " + deployment + " -> new stage " + stage.name());
        have = Map.of();
      } else if (!digest.equals(have.get(RestState.DEPLOYMENT_FIELD)) && stage.canary() != null) {
        // A stage with a canary gets the new definition in its canary; its production release
        // keeps its deployment until the canary is promoted (create-canary-deployment.md). The
        // settings go first, so a canary the stage does not have yet exists before the deploy.
        List<PatchOperation> settings = stagePatch(want, have);
        if (!settings.isEmpty()) {
          apis.updateStage(apiId, stage.name(), settings);
        }
        String id =
            apis.createCanaryDeployment(
                    apiId,
                    stage.name(),
                    RestState.DEPLOYMENT_PREFIX + digest,
                    DeploymentCanarySettings.builder()
                        .percentTraffic(
                            stage.canary().percentTraffic() == null
                                ? 0.0
                                : stage.canary().percentTraffic())
                        .stageVariableOverrides(
                            stage.canary().variables().isEmpty()
                                ? null
                                : stage.canary().variables())
                        .useStageCache(stage.canary().useStageCache())
                        .build())
                .id();
        console.progress("deployment " + id + " -> canary of stage " + stage.name());
        continue;
      } else if (!digest.equals(have.get(RestState.DEPLOYMENT_FIELD))) {
        // An existing stage is pointed at the new deployment by UpdateStage, which keeps its
        // settings (moto 5.2 resets them when CreateDeployment names an existing stage).
        if (deployment == null) {
          deployment =
              apis.createDeployment(apiId, null, RestState.DEPLOYMENT_PREFIX + digest).id();
        }
        console.progress("deployment " + deployment + " -> stage " + stage.name());
        ops.add(op(Op.REPLACE, "/deploymentId", deployment));
      }
      ops.addAll(stagePatch(want, have));
      if (!ops.isEmpty()) {
        apis.updateStage(apiId, stage.name(), ops);
        console.progress("updated stage " + stage.name() + " (" + ops.size() + " settings)");
      }
    }
  }

  /** Stages no longer in the definition go last, once no usage plan names them. */
  private void deleteRemovedStages(String apiId, DirectOptions options, Prepared p) {
    if (options.stage() != null) {
      return;
    }
    for (String stage : p.live().state().items(RestState.STAGE).keySet()) {
      if (!p.desired().items(RestState.STAGE).containsKey(stage)) {
        apis.deleteStage(apiId, stage);
        console.progress("deleted stage " + stage);
      }
    }
  }

  /** UpdateStage operations that turn {@code have}'s settings into {@code want}'s. */
  static List<PatchOperation> stagePatch(Map<String, String> want, Map<String, String> have) {
    List<PatchOperation> removals = new ArrayList<>();
    List<PatchOperation> replaces = new ArrayList<>();
    Set<String> clearedPrefixes = new TreeSet<>();
    Set<String> names = new LinkedHashSet<>(want.keySet());
    names.addAll(have.keySet());
    names.remove(RestState.DEPLOYMENT_FIELD);
    for (String name : names) {
      String after = want.get(name);
      String before = have.get(name);
      if (Objects.equals(after, before) || after != null) {
        continue;
      }
      if (name.startsWith("/variables/")) {
        removals.add(op(Op.REMOVE, name, null));
      } else if (name.startsWith("/accessLogSettings/")) {
        if (clearedPrefixes.add("/accessLogSettings")) {
          removals.add(op(Op.REMOVE, "/accessLogSettings", null));
        }
      } else if (name.equals("/cacheClusterEnabled") || name.equals("/tracingEnabled")) {
        replaces.add(op(Op.REPLACE, name, "false"));
      } else if (name.equals("/description")) {
        replaces.add(op(Op.REPLACE, name, ""));
      } else if (name.equals("/cacheClusterSize")) {
        continue;
      } else if (name.startsWith(RestState.CANARY)) {
        boolean canaryWanted = want.keySet().stream().anyMatch(k -> k.startsWith(RestState.CANARY));
        if (!canaryWanted) {
          // delete-canary-deployment.md
          if (clearedPrefixes.add("/canarySettings")) {
            removals.add(op(Op.REMOVE, "/canarySettings", null));
          }
        } else if (name.equals(RestState.CANARY + "useStageCache")) {
          replaces.add(op(Op.REPLACE, name, "false"));
        } else {
          removals.add(op(Op.REMOVE, name, null));
        }
      } else {
        String prefix = methodPrefix(name);
        if (clearedPrefixes.add(prefix)) {
          removals.add(op(Op.REMOVE, prefix, null));
        }
      }
    }
    for (String name : want.keySet()) {
      if (name.equals(RestState.DEPLOYMENT_FIELD)) {
        continue;
      }
      String after = want.get(name);
      boolean cleared = name.startsWith("/") && clearedPrefixes.contains(methodPrefixOrSelf(name));
      if (cleared || !Objects.equals(after, have.get(name))) {
        replaces.add(op(Op.REPLACE, name, after));
      }
    }
    List<PatchOperation> all = new ArrayList<>(removals);
    all.addAll(replaces);
    return all;
  }

  /** "/~1pets/GET/metrics/enabled" → "/~1pets/GET". */
  private static String methodPrefix(String name) {
    String[] parts = name.split("/", 4);
    return "/" + parts[1] + "/" + parts[2];
  }

  private static String methodPrefixOrSelf(String name) {
    String[] parts = name.split("/", 4);
    return parts.length >= 4 ? "/" + parts[1] + "/" + parts[2] : name;
  }

  /** Creates, updates and deletes the keys; adds to {@code replaced} each key made anew. */
  private Map<String, String> applyKeys(
      Api api, Map<String, String> tags, Prepared p, Set<String> replaced) {
    Map<String, String> keyIds = new HashMap<>();
    p.live().keys().forEach((name, key) -> keyIds.put(name, key.id()));
    Map<String, Map<String, String>> have = p.live().state().items(RestState.KEY);
    for (io.apigw.model.ApiKey key : api.apiKeys()) {
      Map<String, String> want = p.desired().items(RestState.KEY).get(key.name());
      Map<String, String> current = have.get(key.name());
      if (current != null && current.equals(want)) {
        continue;
      }
      if (current != null && Objects.equals(want.get("value"), current.get("value"))) {
        List<PatchOperation> ops = new ArrayList<>();
        if (!Objects.equals(want.get("enabled"), current.get("enabled"))) {
          ops.add(op(Op.REPLACE, "/enabled", want.get("enabled")));
        }
        if (!Objects.equals(want.get("description"), current.get("description"))) {
          ops.add(
              op(
                  Op.REPLACE,
                  "/description",
                  Objects.requireNonNullElse(want.get("description"), "")));
        }
        apis.updateApiKey(keyIds.get(key.name()), ops);
        console.progress("updated API key " + key.name());
        continue;
      }
      if (current != null) {
        // A key's value cannot be changed in place: the old key goes (and with it its place in
        // its usage plans), a new one takes its name.
        apis.deleteApiKey(keyIds.get(key.name()));
        replaced.add(key.name());
      }
      ApiKey created =
          apis.createApiKey(key.name(), key.value(), key.enabled(), key.description(), tags);
      keyIds.put(key.name(), created.id());
      console.progress((current == null ? "created" : "replaced") + " API key " + key.name());
    }
    for (String name : have.keySet()) {
      if (!p.desired().items(RestState.KEY).containsKey(name)) {
        apis.deleteApiKey(keyIds.remove(name));
        console.progress("deleted API key " + name);
      }
    }
    return keyIds;
  }

  private void applyPlans(
      Api api,
      String apiId,
      Map<String, String> tags,
      Map<String, String> keyIds,
      Set<String> replacedKeys,
      Prepared p) {
    Map<String, Map<String, String>> have = p.live().state().items(RestState.PLAN);
    for (io.apigw.model.UsagePlan plan : api.usagePlans()) {
      Map<String, String> want = p.desired().items(RestState.PLAN).get(plan.name());
      Map<String, String> current = have.get(plan.name());
      boolean keyReplaced = split(want.get("keys")).stream().anyMatch(replacedKeys::contains);
      if (current != null && current.equals(want) && !keyReplaced) {
        continue;
      }
      String planId;
      Set<String> haveKeys = new TreeSet<>();
      if (current == null) {
        CreateUsagePlanRequest.Builder create =
            CreateUsagePlanRequest.builder()
                .name(plan.name())
                .description(plan.description())
                .tags(tags);
        if (plan.throttle() != null) {
          create.throttle(
              ThrottleSettings.builder()
                  .rateLimit(plan.throttle().rateLimit())
                  .burstLimit(plan.throttle().burstLimit())
                  .build());
        }
        if (plan.quota() != null) {
          create.quota(
              QuotaSettings.builder()
                  .limit(plan.quota().limit())
                  .period(plan.quota().period().name())
                  .offset(plan.quota().offset())
                  .build());
        }
        List<ApiStage> stages = new ArrayList<>();
        for (String stage : split(want.get("stages"))) {
          Map<String, ThrottleSettings> throttles = methodThrottles(plan, stage);
          stages.add(
              ApiStage.builder()
                  .apiId(apiId)
                  .stage(stage)
                  .throttle(throttles.isEmpty() ? null : throttles)
                  .build());
        }
        create.apiStages(stages);
        planId = apis.createUsagePlan(create.build()).id();
        console.progress("created usage plan " + plan.name());
      } else {
        planId = p.live().plans().get(plan.name()).id();
        haveKeys.addAll(split(current.get("keys")));
        haveKeys.removeAll(replacedKeys);
        List<PatchOperation> ops = planPatch(apiId, want, current);
        ops.addAll(throttlePatch(apiId, plan, want, current));
        if (!ops.isEmpty()) {
          apis.updateUsagePlan(planId, ops);
          console.progress("updated usage plan " + plan.name());
        }
      }
      Set<String> wantKeys = new TreeSet<>(split(want.get("keys")));
      for (String key : wantKeys) {
        if (!haveKeys.contains(key)) {
          String keyId = keyIds.get(key);
          if (keyId == null) {
            throw new DeployException(
                "usage plan "
                    + plan.name()
                    + " names API key "
                    + key
                    + ", which is not in the definition");
          }
          apis.createUsagePlanKey(planId, keyId);
        }
      }
      if (current != null) {
        for (UsagePlanKey key : apis.usagePlanKeys(planId)) {
          String name = key.name() != null ? key.name() : key.id();
          if (!wantKeys.contains(name)) {
            apis.deleteUsagePlanKey(planId, key.id());
          }
        }
      }
    }
    for (String name : have.keySet()) {
      if (!p.desired().items(RestState.PLAN).containsKey(name)) {
        UsagePlan plan = p.live().plans().get(name);
        List<PatchOperation> detach = new ArrayList<>();
        for (String stage : split(have.get(name).get("stages"))) {
          detach.add(op(Op.REMOVE, "/apiStages", apiId + ":" + stage));
        }
        if (!detach.isEmpty()) {
          apis.updateUsagePlan(plan.id(), detach);
        }
        apis.deleteUsagePlan(plan.id());
        console.progress("deleted usage plan " + name);
      }
    }
  }

  /** UpdateUsagePlan operations for the description, throttle, quota and stages. */
  static List<PatchOperation> planPatch(
      String apiId, Map<String, String> want, Map<String, String> have) {
    List<PatchOperation> ops = new ArrayList<>();
    if (!Objects.equals(want.get("description"), have.get("description"))) {
      ops.add(
          op(Op.REPLACE, "/description", Objects.requireNonNullElse(want.get("description"), "")));
    }
    for (String group : List.of("/throttle", "/quota")) {
      boolean wanted = want.keySet().stream().anyMatch(k -> k.startsWith(group + "/"));
      boolean had = have.keySet().stream().anyMatch(k -> k.startsWith(group + "/"));
      if (!wanted && had) {
        ops.add(op(Op.REMOVE, group, null));
        continue;
      }
      for (Map.Entry<String, String> field : want.entrySet()) {
        if (field.getKey().startsWith(group + "/")
            && !Objects.equals(field.getValue(), have.get(field.getKey()))) {
          ops.add(op(Op.REPLACE, field.getKey(), field.getValue()));
        }
      }
    }
    Set<String> wantStages = new TreeSet<>(split(want.get("stages")));
    Set<String> haveStages = new TreeSet<>(split(have.get("stages")));
    for (String stage : wantStages) {
      if (!haveStages.contains(stage)) {
        ops.add(op(Op.ADD, "/apiStages", apiId + ":" + stage));
      }
    }
    for (String stage : haveStages) {
      if (!wantStages.contains(stage)) {
        ops.add(op(Op.REMOVE, "/apiStages", apiId + ":" + stage));
      }
    }
    return ops;
  }

  /**
   * UpdateUsagePlan operations for per-route throttles that differ: the stage's whole map replaced,
   * or removed (api-gateway-create-usage-plans-with-rest-api.md).
   */
  static List<PatchOperation> throttlePatch(
      String apiId,
      io.apigw.model.UsagePlan plan,
      Map<String, String> want,
      Map<String, String> have) {
    List<PatchOperation> ops = new ArrayList<>();
    for (String stage : split(want.get("stages"))) {
      String field = RestState.THROTTLE_PREFIX + stage;
      if (Objects.equals(want.get(field), have.get(field))) {
        continue;
      }
      String path = "/apiStages/" + apiId + ":" + stage + "/throttle";
      Map<String, ThrottleSettings> throttles = methodThrottles(plan, stage);
      if (throttles.isEmpty()) {
        ops.add(op(Op.REMOVE, path, ""));
        continue;
      }
      com.fasterxml.jackson.databind.node.ObjectNode map =
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      throttles.forEach(
          (key, t) -> {
            var one = map.putObject(key);
            if (t.rateLimit() != null) {
              one.put("rateLimit", t.rateLimit());
            }
            if (t.burstLimit() != null) {
              one.put("burstLimit", t.burstLimit());
            }
          });
      ops.add(op(Op.REPLACE, path, map.toString()));
    }
    return ops;
  }

  private static Map<String, ThrottleSettings> methodThrottles(
      io.apigw.model.UsagePlan plan, String stage) {
    for (io.apigw.model.PlanStage planStage : plan.stages()) {
      if (planStage.stage().equals(stage)) {
        return RestState.methodThrottles(planStage);
      }
    }
    return Map.of();
  }

  // ------------------------------------------------------------------ helpers

  private DeployResult result(Api api, Prepared p, DeployResult.Outcome outcome) {
    String apiId = p.found() == null ? null : p.found().id();
    return new DeployResult(
        "direct",
        api.name(),
        apiId,
        outcome,
        p.shown(),
        apiId == null ? Map.of() : invokeUrls(apiId, p.stages()),
        Map.of(),
        null);
  }

  private Map<String, String> invokeUrls(String apiId, List<io.apigw.model.Stage> stages) {
    Map<String, String> urls = new LinkedHashMap<>();
    for (io.apigw.model.Stage stage : stages) {
      urls.put(stage.name(), Managed.invokeUrl(apiId, region, stage.name(), false));
    }
    return urls;
  }

  private static List<String> split(String list) {
    return list == null || list.isEmpty() ? List.of() : List.of(list.split(","));
  }

  static PatchOperation op(Op op, String path, String value) {
    PatchOperation.Builder builder = PatchOperation.builder().op(op).path(path);
    if (value != null) {
      builder.value(value);
    }
    return builder.build();
  }
}
