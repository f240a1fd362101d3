package io.apigw.deployers.direct.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.deployers.deploy.Managed;
import io.apigw.deployers.plan.State;
import io.apigw.model.Api;
import io.apigw.model.MethodSetting;
import io.apigw.model.PlanStage;
import io.apigw.model.Throttle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.apigateway.model.ApiKey;
import software.amazon.awssdk.services.apigateway.model.ApiStage;
import software.amazon.awssdk.services.apigateway.model.Authorizer;
import software.amazon.awssdk.services.apigateway.model.CanarySettings;
import software.amazon.awssdk.services.apigateway.model.Deployment;
import software.amazon.awssdk.services.apigateway.model.Integration;
import software.amazon.awssdk.services.apigateway.model.Method;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigateway.model.Stage;
import software.amazon.awssdk.services.apigateway.model.ThrottleSettings;
import software.amazon.awssdk.services.apigateway.model.UsagePlan;
import software.amazon.awssdk.services.apigateway.model.UsagePlanKey;

/**
 * A REST API as a plan compares it, built the same way from the definition about to be sent and
 * from AWS's answers. Routes are read from the OpenAPI document itself (so CORS's generated OPTIONS
 * methods are compared as AWS holds them); stage settings are named by their UpdateStage patch
 * paths ({@code /*}{@code /*}{@code /throttling/rateLimit}), so a difference is also the patch that
 * removes it.
 */
final class RestState {
  static final String API = "api";
  static final String ROUTE = "route";
  static final String AUTHORIZER = "authorizer";
  static final String STAGE = "stage";
  static final String KEY = "api key";
  static final String PLAN = "usage plan";

  /** The api item that stands for the whole OpenAPI document. */
  static final String DEFINITION = "definition";

  static final String DEPLOYMENT_FIELD = "deployment";

  /** The prefix of a stage's canary settings, as UpdateStage names them. */
  static final String CANARY = "/canarySettings/";

  /** A usage plan's field of one stage's per-route throttles: "throttle prod". */
  static final String THROTTLE_PREFIX = "throttle ";

  static final String DEPLOYMENT_PREFIX = "apigw ";

  /** API Gateway's default integration timeout (limits.md: 50 ms - 29 s, default 29 s). */
  static final String DEFAULT_TIMEOUT = "29000";

  private RestState() {}

  static State empty() {
    State state = new State();
    for (String category : List.of(API, ROUTE, AUTHORIZER, STAGE, KEY, PLAN)) {
      state.category(category);
    }
    return state;
  }

  // ------------------------------------------------------------------ desired

  static State desired(Api api, RestDefinition definition, List<io.apigw.model.Stage> stages) {
    State state = empty();
    state.put(API, DEFINITION, Map.of("sha256", definition.digest()));
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("description", api.description());
    settings.put("endpoint", api.endpoint().type().name());
    state.put(API, "settings", settings);
    JsonNode doc = definition.document();
    JsonNode schemes = doc.path("components").path("securitySchemes");
    doc.path("paths")
        .fields()
        .forEachRemaining(
            path -> {
              for (String method : RestDefinition.METHODS) {
                JsonNode op = path.getValue().path(method);
                if (op.isObject()) {
                  state.put(
                      ROUTE,
                      methodName(method) + " " + path.getKey(),
                      desiredRoute(doc, schemes, op));
                }
              }
            });
    schemes
        .fields()
        .forEachRemaining(
            scheme -> {
              JsonNode authorizer = scheme.getValue().path("x-amazon-apigateway-authorizer");
              if (authorizer.isObject()) {
                state.put(AUTHORIZER, scheme.getKey(), desiredAuthorizer(scheme.getValue()));
              }
            });
    for (io.apigw.model.Stage stage : stages) {
      state.put(STAGE, stage.name(), desiredStage(stage, definition.digest()));
    }
    for (io.apigw.model.ApiKey key : api.apiKeys()) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("enabled", String.valueOf(key.enabled()));
      fields.put("description", blankToNull(key.description()));
      fields.put("value", State.secret(key.value()));
      state.put(KEY, key.name(), fields);
    }
    Set<String> deployed = new TreeSet<>();
    stages.forEach(s -> deployed.add(s.name()));
    for (io.apigw.model.UsagePlan plan : api.usagePlans()) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("description", blankToNull(plan.description()));
      putThrottle(fields, plan.throttle());
      if (plan.quota() != null) {
        fields.put("/quota/limit", String.valueOf(plan.quota().limit()));
        fields.put("/quota/period", plan.quota().period().name());
        fields.put(
            "/quota/offset",
            plan.quota().offset() == null ? "0" : plan.quota().offset().toString());
      }
      Set<String> planStages = new TreeSet<>();
      Map<String, String> throttles = new java.util.TreeMap<>();
      for (PlanStage stage : plan.stages()) {
        if (deployed.contains(stage.stage())) {
          planStages.add(stage.stage());
          throttles.put(THROTTLE_PREFIX + stage.stage(), throttleText(methodThrottles(stage)));
        }
      }
      fields.put("stages", planStages.isEmpty() ? null : String.join(",", planStages));
      fields.putAll(throttles);
      fields.put(
          "keys", plan.keys().isEmpty() ? null : String.join(",", new TreeSet<>(plan.keys())));
      state.put(PLAN, plan.name(), fields);
    }
    return state;
  }

  private static void putThrottle(Map<String, String> fields, Throttle throttle) {
    if (throttle != null) {
      fields.put("/throttle/rateLimit", number(throttle.rateLimit()));
      fields.put(
          "/throttle/burstLimit",
          throttle.burstLimit() == null ? null : throttle.burstLimit().toString());
    }
  }

  private static Map<String, String> desiredRoute(JsonNode doc, JsonNode schemes, JsonNode op) {
    Map<String, String> fields = new LinkedHashMap<>();
    JsonNode integration = op.path("x-amazon-apigateway-integration");
    String type = integration.path("type").asText("").toUpperCase(Locale.ROOT);
    fields.put("integration", type.isEmpty() ? null : type);
    if (!type.equals("MOCK") && !type.isEmpty()) {
      fields.put("uri", text(integration.path("uri")));
      String method = text(integration.path("httpMethod"));
      fields.put("integration method", method == null ? null : method.toUpperCase(Locale.ROOT));
    }
    if (!type.isEmpty()) {
      String timeout = text(integration.path("timeoutInMillis"));
      fields.put("timeout", timeout == null ? DEFAULT_TIMEOUT : timeout);
    }
    JsonNode security = op.has("security") ? op.path("security") : doc.path("security");
    String authorization = "NONE";
    String authorizer = null;
    String scopes = null;
    boolean apiKey = false;
    if (security.isArray() && security.size() > 0) {
      JsonNode requirement = security.get(0);
      var names = requirement.fields();
      while (names.hasNext()) {
        var entry = names.next();
        JsonNode scheme = schemes.path(entry.getKey());
        JsonNode custom = scheme.path("x-amazon-apigateway-authorizer");
        if (custom.isObject()) {
          authorizer = entry.getKey();
          boolean cognito = "cognito_user_pools".equalsIgnoreCase(custom.path("type").asText());
          authorization = cognito ? "COGNITO_USER_POOLS" : "CUSTOM";
          if (cognito && entry.getValue().size() > 0) {
            List<String> list = new ArrayList<>();
            entry.getValue().forEach(s -> list.add(s.asText()));
            scopes = String.join(",", new TreeSet<>(list));
          }
        } else if ("awsSigv4"
            .equalsIgnoreCase(scheme.path("x-amazon-apigateway-authtype").asText())) {
          authorization = "AWS_IAM";
        } else if ("apiKey".equals(scheme.path("type").asText())
            && "x-api-key".equalsIgnoreCase(scheme.path("name").asText())) {
          apiKey = true;
        }
      }
    }
    fields.put("authorization", authorization);
    fields.put("authorizer", authorizer);
    fields.put("scopes", scopes);
    fields.put("api key required", apiKey ? "true" : null);
    return fields;
  }

  private static Map<String, String> desiredAuthorizer(JsonNode scheme) {
    JsonNode a = scheme.path("x-amazon-apigateway-authorizer");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("type", a.path("type").asText().toUpperCase(Locale.ROOT));
    String identity = text(a.path("identitySource"));
    if (identity == null && "header".equals(scheme.path("in").asText())) {
      identity = "method.request.header." + scheme.path("name").asText();
    }
    fields.put("identity source", identity);
    fields.put("uri", text(a.path("authorizerUri")));
    String ttl = text(a.path("authorizerResultTtlInSeconds"));
    fields.put("ttl", ttl == null ? "300" : ttl);
    if (a.path("providerARNs").isArray()) {
      Set<String> arns = new TreeSet<>();
      a.path("providerARNs").forEach(n -> arns.add(n.asText()));
      fields.put("providers", String.join(",", arns));
    }
    return fields;
  }

  static Map<String, String> desiredStage(io.apigw.model.Stage stage, String digest) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(DEPLOYMENT_FIELD, digest);
    fields.put("/description", blankToNull(stage.description()));
    new java.util.TreeMap<>(stage.variables()).forEach((k, v) -> fields.put("/variables/" + k, v));
    if (Boolean.TRUE.equals(stage.cacheClusterEnabled())) {
      fields.put("/cacheClusterEnabled", "true");
      fields.put(
          "/cacheClusterSize", stage.cacheClusterSize() == null ? "0.5" : stage.cacheClusterSize());
    }
    if (Boolean.TRUE.equals(stage.tracing())) {
      fields.put("/tracingEnabled", "true");
    }
    if (stage.accessLog() != null) {
      fields.put("/accessLogSettings/destinationArn", stage.accessLog().destinationArn());
      fields.put("/accessLogSettings/format", stage.accessLog().format());
    }
    if (stage.canary() != null) {
      io.apigw.model.Canary canary = stage.canary();
      fields.put(
          CANARY + "percentTraffic",
          number(canary.percentTraffic() == null ? 0.0 : canary.percentTraffic()));
      if (Boolean.TRUE.equals(canary.useStageCache())) {
        fields.put(CANARY + "useStageCache", "true");
      }
      new java.util.TreeMap<>(canary.variables())
          .forEach((k, v) -> fields.put(CANARY + "stageVariableOverrides/" + k, v));
    }
    // Cache encryption is not compared: moto reports it on by default where AWS has it off.
    for (MethodSetting setting : stage.settings()) {
      String prefix = "/" + settingKey(setting.route()) + "/";
      if (setting.throttle() != null) {
        fields.put(prefix + "throttling/rateLimit", number(setting.throttle().rateLimit()));
        fields.put(
            prefix + "throttling/burstLimit",
            setting.throttle().burstLimit() == null
                ? null
                : setting.throttle().burstLimit().toString());
      }
      if (setting.loggingLevel() != null && !setting.loggingLevel().name().equals("OFF")) {
        fields.put(prefix + "logging/loglevel", setting.loggingLevel().name());
      }
      putTrue(fields, prefix + "logging/dataTrace", setting.dataTrace());
      putTrue(fields, prefix + "metrics/enabled", setting.metrics());
      putTrue(fields, prefix + "caching/enabled", setting.cachingEnabled());
      if (setting.cacheTtlSeconds() != null && setting.cacheTtlSeconds() != 300) {
        fields.put(prefix + "caching/ttlInSeconds", setting.cacheTtlSeconds().toString());
      }
      if (Boolean.FALSE.equals(setting.requireAuthorizationForCacheControl())) {
        fields.put(prefix + "caching/requireAuthorizationForCacheControl", "false");
      }
    }
    return fields;
  }

  /** "*" → "*∕*"; "GET /pets/{id}" → "~1pets~1{id}/GET", as UpdateStage names a method. */
  static String settingKey(String route) {
    if (route.equals(MethodSetting.ALL_ROUTES)) {
      return "*/*";
    }
    int space = route.indexOf(' ');
    String method = space < 0 ? "*" : route.substring(0, space).trim();
    String path = space < 0 ? route : route.substring(space + 1).trim();
    if (method.equals("ANY")) {
      method = "*";
    }
    return path.replace("/", "~1") + "/" + method;
  }

  // --------------------------------------------------------------------- live

  /** What is live, and the ids a deploy needs to change it. */
  record Live(
      State state,
      Map<String, Stage> stages,
      Map<String, ApiKey> keys,
      Map<String, UsagePlan> plans) {}

  static Live live(
      RestApis apis, RestApi restApi, Api api, Set<String> stageNames, boolean allStages) {
    State state = empty();
    Map<String, Stage> stages = new HashMap<>();
    Map<String, ApiKey> keys = new HashMap<>();
    Map<String, UsagePlan> plans = new HashMap<>();
    if (restApi != null) {
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put("description", blankToNull(restApi.description()));
      settings.put(
          "endpoint",
          restApi.endpointConfiguration() == null
                  || restApi.endpointConfiguration().types().isEmpty()
              ? "EDGE"
              : restApi.endpointConfiguration().typesAsStrings().get(0));
      state.put(API, "settings", settings);
      Map<String, String> authorizerNames = new HashMap<>();
      for (Authorizer authorizer : apis.authorizers(restApi.id())) {
        authorizerNames.put(authorizer.id(), authorizer.name());
        state.put(AUTHORIZER, authorizer.name(), liveAuthorizer(authorizer));
      }
      for (Resource resource : apis.resources(restApi.id())) {
        if (resource.resourceMethods() == null) {
          continue;
        }
        resource
            .resourceMethods()
            .forEach(
                (method, m) ->
                    state.put(
                        ROUTE,
                        methodName(method) + " " + resource.path(),
                        liveRoute(m, authorizerNames)));
      }
      Set<String> canaried = new TreeSet<>();
      api.stages().stream()
          .filter(st -> st.canary() != null)
          .forEach(st -> canaried.add(st.name()));
      Map<String, String> deploymentDigests = new HashMap<>();
      Deployment newest = null;
      for (Deployment deployment : apis.deployments(restApi.id())) {
        String description = deployment.description();
        boolean ours = description != null && description.startsWith(DEPLOYMENT_PREFIX);
        deploymentDigests.put(
            deployment.id(),
            ours ? description.substring(DEPLOYMENT_PREFIX.length()) : "(not deployed by apigw)");
        if (ours
            && (newest == null
                || newest.createdDate() == null
                || (deployment.createdDate() != null
                    && !deployment.createdDate().isBefore(newest.createdDate())))) {
          newest = deployment;
        }
      }
      // The definition last sent is the one apigw deployed last: every PutRestApi is followed by
      // a CreateDeployment carrying its digest (API Gateway has no field for it on the API, and
      // moto cannot tag a REST API). A run cut off between the two sends the definition again.
      state.put(
          API,
          DEFINITION,
          newest == null ? Map.of() : Map.of("sha256", deploymentDigests.get(newest.id())));
      for (Stage stage : apis.stages(restApi.id())) {
        if (!allStages && !stageNames.contains(stage.stageName())) {
          continue;
        }
        stages.put(stage.stageName(), stage);
        // With a canary wanted, new definitions go to the canary (create-canary-deployment.md):
        // its deployment is the one compared. Without, the production release's is.
        String deployed =
            canaried.contains(stage.stageName())
                    && stage.canarySettings() != null
                    && stage.canarySettings().deploymentId() != null
                ? stage.canarySettings().deploymentId()
                : stage.deploymentId();
        state.put(STAGE, stage.stageName(), liveStage(stage, deploymentDigests.get(deployed)));
      }
    }
    Map<String, String> keyNames = new HashMap<>();
    Map<String, Boolean> valueWanted = new HashMap<>();
    api.apiKeys().forEach(k -> valueWanted.put(k.name(), k.value() != null));
    for (ApiKey key : apis.apiKeys()) {
      if (!Managed.isManaged(key.tags(), api.name())) {
        continue;
      }
      keys.put(key.name(), key);
      keyNames.put(key.id(), key.name());
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("enabled", String.valueOf(Boolean.TRUE.equals(key.enabled())));
      fields.put("description", blankToNull(key.description()));
      if (Boolean.TRUE.equals(valueWanted.get(key.name()))) {
        fields.put("value", State.secret(key.value()));
      }
      state.put(KEY, key.name(), fields);
    }
    for (UsagePlan plan : apis.usagePlans()) {
      if (!Managed.isManaged(plan.tags(), api.name())) {
        continue;
      }
      plans.put(plan.name(), plan);
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("description", blankToNull(plan.description()));
      if (plan.throttle() != null) {
        fields.put("/throttle/rateLimit", number(plan.throttle().rateLimit()));
        fields.put(
            "/throttle/burstLimit",
            plan.throttle().burstLimit() == null ? null : plan.throttle().burstLimit().toString());
      }
      if (plan.quota() != null && plan.quota().limit() != null) {
        fields.put("/quota/limit", plan.quota().limit().toString());
        fields.put("/quota/period", plan.quota().periodAsString());
        fields.put(
            "/quota/offset",
            plan.quota().offset() == null ? "0" : plan.quota().offset().toString());
      }
      Set<String> planStages = new TreeSet<>();
      if (restApi != null && plan.apiStages() != null) {
        for (ApiStage apiStage : plan.apiStages()) {
          // With --stage, the plan's other stages are out of this deploy's sight, as the desired
          // state leaves them out: they are neither compared nor detached.
          if (restApi.id().equals(apiStage.apiId())
              && (allStages || stageNames.contains(apiStage.stage()))) {
            planStages.add(apiStage.stage());
            fields.put(
                THROTTLE_PREFIX + apiStage.stage(),
                throttleText(apiStage.throttle() == null ? Map.of() : apiStage.throttle()));
          }
        }
      }
      fields.put("stages", planStages.isEmpty() ? null : String.join(",", planStages));
      Set<String> planKeys = new TreeSet<>();
      for (UsagePlanKey key : apis.usagePlanKeys(plan.id())) {
        planKeys.add(key.name() != null ? key.name() : keyNames.getOrDefault(key.id(), key.id()));
      }
      fields.put("keys", planKeys.isEmpty() ? null : String.join(",", planKeys));
      state.put(PLAN, plan.name(), fields);
    }
    return new Live(state, stages, keys, plans);
  }

  private static Map<String, String> liveRoute(Method method, Map<String, String> authorizerNames) {
    Map<String, String> fields = new LinkedHashMap<>();
    Integration integration = method.methodIntegration();
    if (integration != null && integration.typeAsString() != null) {
      String type = integration.typeAsString().toUpperCase(Locale.ROOT);
      fields.put("integration", type);
      if (!type.equals("MOCK")) {
        fields.put("uri", integration.uri());
        fields.put(
            "integration method",
            integration.httpMethod() == null
                ? null
                : integration.httpMethod().toUpperCase(Locale.ROOT));
      }
      fields.put(
          "timeout",
          integration.timeoutInMillis() == null
              ? DEFAULT_TIMEOUT
              : integration.timeoutInMillis().toString());
    }
    String authorization =
        method.authorizationType() == null
            ? "NONE"
            : method.authorizationType().toUpperCase(Locale.ROOT);
    fields.put("authorization", authorization);
    fields.put(
        "authorizer",
        method.authorizerId() == null
            ? null
            : authorizerNames.getOrDefault(method.authorizerId(), method.authorizerId()));
    fields.put(
        "scopes",
        method.authorizationScopes() == null || method.authorizationScopes().isEmpty()
            ? null
            : String.join(",", new TreeSet<>(method.authorizationScopes())));
    fields.put("api key required", Boolean.TRUE.equals(method.apiKeyRequired()) ? "true" : null);
    return fields;
  }

  private static Map<String, String> liveAuthorizer(Authorizer authorizer) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(
        "type",
        authorizer.typeAsString() == null
            ? null
            : authorizer.typeAsString().toUpperCase(Locale.ROOT));
    fields.put("identity source", authorizer.identitySource());
    fields.put("uri", authorizer.authorizerUri());
    fields.put(
        "ttl",
        authorizer.authorizerResultTtlInSeconds() == null
            ? "300"
            : authorizer.authorizerResultTtlInSeconds().toString());
    if (authorizer.providerARNs() != null && !authorizer.providerARNs().isEmpty()) {
      fields.put("providers", String.join(",", new TreeSet<>(authorizer.providerARNs())));
    }
    return fields;
  }

  static Map<String, String> liveStage(Stage stage, String deploymentDigest) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(DEPLOYMENT_FIELD, deploymentDigest);
    fields.put("/description", blankToNull(stage.description()));
    if (stage.variables() != null) {
      new java.util.TreeMap<>(stage.variables())
          .forEach((k, v) -> fields.put("/variables/" + k, v));
    }
    if (Boolean.TRUE.equals(stage.cacheClusterEnabled())) {
      fields.put("/cacheClusterEnabled", "true");
      fields.put("/cacheClusterSize", stage.cacheClusterSize());
    }
    if (Boolean.TRUE.equals(stage.tracingEnabled())) {
      fields.put("/tracingEnabled", "true");
    }
    if (stage.accessLogSettings() != null) {
      fields.put("/accessLogSettings/destinationArn", stage.accessLogSettings().destinationArn());
      fields.put("/accessLogSettings/format", stage.accessLogSettings().format());
    }
    CanarySettings canary = stage.canarySettings();
    if (canary != null) {
      fields.put(
          CANARY + "percentTraffic",
          number(canary.percentTraffic() == null ? 0.0 : canary.percentTraffic()));
      if (Boolean.TRUE.equals(canary.useStageCache())) {
        fields.put(CANARY + "useStageCache", "true");
      }
      if (canary.stageVariableOverrides() != null) {
        new java.util.TreeMap<>(canary.stageVariableOverrides())
            .forEach((k, v) -> fields.put(CANARY + "stageVariableOverrides/" + k, v));
      }
    }
    if (stage.methodSettings() != null) {
      new java.util.TreeMap<>(stage.methodSettings())
          .forEach(
              (key, s) -> {
                String prefix = "/" + key + "/";
                if (s.throttlingRateLimit() != null && s.throttlingRateLimit() >= 0) {
                  fields.put(prefix + "throttling/rateLimit", number(s.throttlingRateLimit()));
                }
                if (s.throttlingBurstLimit() != null && s.throttlingBurstLimit() >= 0) {
                  fields.put(prefix + "throttling/burstLimit", s.throttlingBurstLimit().toString());
                }
                if (s.loggingLevel() != null && !s.loggingLevel().equalsIgnoreCase("OFF")) {
                  fields.put(
                      prefix + "logging/loglevel", s.loggingLevel().toUpperCase(Locale.ROOT));
                }
                putTrue(fields, prefix + "logging/dataTrace", s.dataTraceEnabled());
                putTrue(fields, prefix + "metrics/enabled", s.metricsEnabled());
                putTrue(fields, prefix + "caching/enabled", s.cachingEnabled());
                if (s.cacheTtlInSeconds() != null && s.cacheTtlInSeconds() != 300) {
                  fields.put(prefix + "caching/ttlInSeconds", s.cacheTtlInSeconds().toString());
                }
                if (Boolean.FALSE.equals(s.requireAuthorizationForCacheControl())) {
                  fields.put(prefix + "caching/requireAuthorizationForCacheControl", "false");
                }
              });
    }
    return fields;
  }

  // ------------------------------------------------------------------ helpers

  /** A plan stage's per-route throttles as API Gateway keys them ({@code /pets/{id}/GET}). */
  static Map<String, ThrottleSettings> methodThrottles(PlanStage stage) {
    Map<String, ThrottleSettings> throttles = new java.util.TreeMap<>();
    stage
        .routeThrottles()
        .forEach(
            (route, t) ->
                throttles.put(
                    PlanStage.throttleKey(route),
                    ThrottleSettings.builder()
                        .rateLimit(t.rateLimit())
                        .burstLimit(t.burstLimit())
                        .build()));
    return throttles;
  }

  /** "/pets/GET 5/10; /pets/{id}/GET 1/2", or null for none. */
  static String throttleText(Map<String, ThrottleSettings> throttles) {
    if (throttles.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    new java.util.TreeMap<>(throttles)
        .forEach(
            (key, t) ->
                parts.add(
                    key
                        + " "
                        + number(t.rateLimit())
                        + "/"
                        + (t.burstLimit() == null ? "-" : t.burstLimit().toString())));
    return String.join("; ", parts);
  }

  private static String methodName(String method) {
    return method.equalsIgnoreCase(RestDefinition.ANY_METHOD) || method.equals("*")
        ? "ANY"
        : method.toUpperCase(Locale.ROOT);
  }

  private static void putTrue(Map<String, String> fields, String name, Boolean value) {
    if (Boolean.TRUE.equals(value)) {
      fields.put(name, "true");
    }
  }

  static String number(Double value) {
    if (value == null) {
      return null;
    }
    return value == Math.rint(value) ? String.valueOf(value.longValue()) : value.toString();
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
