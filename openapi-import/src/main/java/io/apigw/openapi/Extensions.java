package io.apigw.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.AccessLog;
import io.apigw.model.ApiKey;
import io.apigw.model.BasePathMapping;
import io.apigw.model.Canary;
import io.apigw.model.CustomDomain;
import io.apigw.model.EndpointType;
import io.apigw.model.Function;
import io.apigw.model.LoggingLevel;
import io.apigw.model.MethodSetting;
import io.apigw.model.PlanStage;
import io.apigw.model.Quota;
import io.apigw.model.QuotaPeriod;
import io.apigw.model.SourceRange;
import io.apigw.model.Stage;
import io.apigw.model.Throttle;
import io.apigw.model.UsagePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our own {@code x-apigw-*} extensions for what OpenAPI and API Gateway's extensions cannot say:
 * their names, and how the model parts they carry are read and written. Members are named after the
 * model's fields; unset values are left out.
 */
final class Extensions {
  /** Root: {@code REST}, {@code HTTP} or {@code WEBSOCKET}. */
  static final String PROTOCOL = "x-apigw-protocol";

  /** Root: {@code EDGE}, {@code REGIONAL} or {@code PRIVATE}, when not the protocol's default. */
  static final String ENDPOINT_TYPE = "x-apigw-endpoint-type";

  /** Root: stage name to stage. */
  static final String STAGES = "x-apigw-stages";

  /** Root: function name to function. */
  static final String FUNCTIONS = "x-apigw-functions";

  /** Root: API key name to key. */
  static final String API_KEYS = "x-apigw-api-keys";

  /** Root: usage plan name to plan. */
  static final String USAGE_PLANS = "x-apigw-usage-plans";

  /** Root: domain name to custom domain. */
  static final String DOMAINS = "x-apigw-domains";

  /** Root (WebSocket): route key to an operation object. */
  static final String WEBSOCKET_ROUTES = "x-apigw-websocket-routes";

  static final String ROUTE_SELECTION = "x-apigw-route-selection-expression";
  static final String API_KEY_SELECTION = "x-apigw-api-key-selection-expression";

  /** Root: CORS of a REST or WebSocket API (x-amazon-apigateway-cors is for HTTP APIs only). */
  static final String CORS = "x-apigw-cors";

  /** Root: the route keys in model order, when grouping by path would change it. */
  static final String ROUTE_ORDER = "x-apigw-route-order";

  /** Root: model name to content type, for models that have one. */
  static final String MODEL_CONTENT_TYPES = "x-apigw-model-content-types";

  /** Integration or authorizer: the name of the model function it calls. */
  static final String FUNCTION = "x-apigw-function";

  /** Integration: the model's integration kind, when type and URI do not tell it. */
  static final String KIND = "x-apigw-kind";

  /** Integration (WebSocket): template selection expression. */
  static final String TEMPLATE_SELECTION = "x-apigw-template-selection-expression";

  /** Operation (WebSocket): route response selection expression. */
  static final String ROUTE_RESPONSE_SELECTION = "x-apigw-route-response-selection-expression";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Extensions() {}

  // ---------------------------------------------------------------- reading

  static List<Function> readFunctions(Reading r, ObjectNode root) {
    List<Function> out = new ArrayList<>();
    forEach(
        r,
        root,
        FUNCTIONS,
        (name, f, at) ->
            out.add(
                new Function(
                    at,
                    name,
                    r.text(f, "arn"),
                    r.text(f, "runtime"),
                    r.text(f, "handler"),
                    r.text(f, "code"),
                    r.integer(f, "memoryMb"),
                    r.integer(f, "timeoutSeconds"),
                    r.textMap(f, "environment", false),
                    r.integer(f, "concurrency"))));
    return out;
  }

  static List<Stage> readStages(Reading r, ObjectNode root) {
    List<Stage> out = new ArrayList<>();
    forEach(
        r,
        root,
        STAGES,
        (name, s, at) -> {
          Stage.Builder b =
              Stage.builder(name)
                  .source(at)
                  .description(r.text(s, "description"))
                  .variables(r.textMap(s, "variables", false))
                  .cacheClusterEnabled(r.bool(s, "cacheClusterEnabled"))
                  .cacheClusterSize(r.text(s, "cacheClusterSize"))
                  .tracing(r.bool(s, "tracing"))
                  .autoDeploy(r.bool(s, "autoDeploy"))
                  .webAclArn(r.text(s, "webAclArn"))
                  .tags(r.textMap(s, "tags", false));
          ObjectNode log = r.object(s, "accessLog");
          if (log != null) {
            b.accessLog(
                new AccessLog(
                    r.key(s, "accessLog"), r.text(log, "destinationArn"), r.text(log, "format")));
          }
          ObjectNode canary = r.object(s, "canary");
          if (canary != null) {
            b.canary(
                new Canary(
                    r.key(s, "canary"),
                    r.decimal(canary, "percentTraffic"),
                    r.textMap(canary, "variables", false),
                    r.bool(canary, "useStageCache")));
          }
          forEach(
              r,
              s,
              "settings",
              (route, m, where) ->
                  b.setting(
                      new MethodSetting(
                          where,
                          route,
                          throttle(r, m, "throttle"),
                          r.enumValue(m, "loggingLevel", LoggingLevel.class),
                          r.bool(m, "dataTrace"),
                          r.bool(m, "metrics"),
                          r.bool(m, "cachingEnabled"),
                          r.integer(m, "cacheTtlSeconds"),
                          r.bool(m, "cacheDataEncrypted"),
                          r.bool(m, "requireAuthorizationForCacheControl"))));
          out.add(b.build());
        });
    return out;
  }

  static List<ApiKey> readApiKeys(Reading r, ObjectNode root) {
    List<ApiKey> out = new ArrayList<>();
    forEach(
        r,
        root,
        API_KEYS,
        (name, k, at) -> {
          Boolean enabled = r.bool(k, "enabled");
          out.add(
              new ApiKey(
                  at,
                  name,
                  r.text(k, "value"),
                  enabled == null || enabled,
                  r.text(k, "description")));
        });
    return out;
  }

  static List<UsagePlan> readUsagePlans(Reading r, ObjectNode root) {
    List<UsagePlan> out = new ArrayList<>();
    forEach(
        r,
        root,
        USAGE_PLANS,
        (name, p, at) -> {
          Quota quota = null;
          ObjectNode q = r.object(p, "quota");
          if (q != null) {
            Integer limit = r.integer(q, "limit");
            QuotaPeriod period = r.enumValue(q, "period", QuotaPeriod.class);
            if (limit == null || period == null) {
              r.error(
                  "openapi.apigw.quota",
                  "a quota needs a `limit` and a `period`",
                  r.key(p, "quota"));
            } else {
              quota = new Quota(r.key(p, "quota"), limit, period, r.integer(q, "offset"));
            }
          }
          List<PlanStage> stages = new ArrayList<>();
          ArrayNode stageList = r.array(p, "stages");
          if (stageList != null) {
            for (int i = 0; i < stageList.size(); i++) {
              SourceRange where = r.positions.item(stageList, i);
              ObjectNode st = r.object(stageList.get(i), "a usage plan stage", where);
              String stage = st == null ? null : r.text(st, "stage");
              if (stage == null) {
                r.error("openapi.apigw.stage", "a usage plan stage needs a `stage`", where);
                continue;
              }
              Map<String, Throttle> throttles = new LinkedHashMap<>();
              forEach(
                  r,
                  st,
                  "routeThrottles",
                  (route, t, tat) ->
                      throttles.put(
                          route,
                          new Throttle(
                              tat, r.decimal(t, "rateLimit"), r.integer(t, "burstLimit"))));
              stages.add(new PlanStage(where, stage, throttles));
            }
          }
          out.add(
              new UsagePlan(
                  at,
                  name,
                  r.text(p, "description"),
                  throttle(r, p, "throttle"),
                  quota,
                  stages,
                  r.texts(p, "keys")));
        });
    return out;
  }

  static List<CustomDomain> readDomains(Reading r, ObjectNode root) {
    List<CustomDomain> out = new ArrayList<>();
    forEach(
        r,
        root,
        DOMAINS,
        (name, d, at) -> {
          List<BasePathMapping> mappings = new ArrayList<>();
          ArrayNode list = r.array(d, "mappings");
          if (list != null) {
            for (int i = 0; i < list.size(); i++) {
              SourceRange where = r.positions.item(list, i);
              ObjectNode m = r.object(list.get(i), "a base path mapping", where);
              String stage = m == null ? null : r.text(m, "stage");
              if (stage == null) {
                r.error("openapi.apigw.mapping", "a base path mapping needs a `stage`", where);
                continue;
              }
              String basePath = r.text(m, "basePath");
              mappings.add(new BasePathMapping(where, basePath == null ? "" : basePath, stage));
            }
          }
          out.add(
              new CustomDomain(
                  at,
                  name,
                  r.text(d, "certificateArn"),
                  r.enumValue(d, "endpointType", EndpointType.class),
                  r.text(d, "securityPolicy"),
                  r.text(d, "truststoreUri"),
                  mappings));
        });
    return out;
  }

  private static Throttle throttle(Reading r, JsonNode parent, String field) {
    ObjectNode t = r.object(parent, field);
    if (t == null) {
      return null;
    }
    return new Throttle(
        r.key(parent, field), r.decimal(t, "rateLimit"), r.integer(t, "burstLimit"));
  }

  interface Entry {
    void accept(String name, ObjectNode value, SourceRange at);
  }

  /** Calls {@code entry} for every member of the map {@code parent.field} that is an object. */
  static void forEach(Reading r, JsonNode parent, String field, Entry entry) {
    ObjectNode map = r.object(parent, field);
    if (map == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> member : map.properties()) {
      SourceRange at = r.key(map, member.getKey());
      ObjectNode value =
          member.getValue().isNull()
                  || (member.getValue().isObject() && member.getValue().isEmpty())
              ? JSON.objectNode()
              : r.object(member.getValue(), "`" + member.getKey() + "`", at);
      if (value != null) {
        entry.accept(member.getKey(), value, at);
      }
    }
  }

  // ---------------------------------------------------------------- writing

  static ObjectNode writeFunctions(List<Function> functions) {
    ObjectNode out = JSON.objectNode();
    for (Function f : functions) {
      ObjectNode o = out.putObject(f.name());
      put(o, "arn", f.arn());
      put(o, "runtime", f.runtime());
      put(o, "handler", f.handler());
      put(o, "code", f.code());
      put(o, "memoryMb", f.memoryMb());
      put(o, "timeoutSeconds", f.timeoutSeconds());
      put(o, "environment", f.environment());
      put(o, "concurrency", f.concurrency());
    }
    return out;
  }

  static ObjectNode writeStages(List<Stage> stages) {
    ObjectNode out = JSON.objectNode();
    for (Stage s : stages) {
      ObjectNode o = out.putObject(s.name());
      put(o, "description", s.description());
      put(o, "variables", s.variables());
      if (!s.settings().isEmpty()) {
        ObjectNode settings = o.putObject("settings");
        for (MethodSetting m : s.settings()) {
          ObjectNode so = settings.putObject(m.route());
          putThrottle(so, "throttle", m.throttle());
          put(so, "loggingLevel", m.loggingLevel() == null ? null : m.loggingLevel().name());
          put(so, "dataTrace", m.dataTrace());
          put(so, "metrics", m.metrics());
          put(so, "cachingEnabled", m.cachingEnabled());
          put(so, "cacheTtlSeconds", m.cacheTtlSeconds());
          put(so, "cacheDataEncrypted", m.cacheDataEncrypted());
          put(so, "requireAuthorizationForCacheControl", m.requireAuthorizationForCacheControl());
        }
      }
      put(o, "cacheClusterEnabled", s.cacheClusterEnabled());
      put(o, "cacheClusterSize", s.cacheClusterSize());
      if (s.accessLog() != null) {
        ObjectNode log = o.putObject("accessLog");
        put(log, "destinationArn", s.accessLog().destinationArn());
        put(log, "format", s.accessLog().format());
      }
      put(o, "tracing", s.tracing());
      if (s.canary() != null) {
        ObjectNode canary = o.putObject("canary");
        put(canary, "percentTraffic", s.canary().percentTraffic());
        put(canary, "variables", s.canary().variables());
        put(canary, "useStageCache", s.canary().useStageCache());
      }
      put(o, "autoDeploy", s.autoDeploy());
      put(o, "webAclArn", s.webAclArn());
      put(o, "tags", s.tags());
    }
    return out;
  }

  static ObjectNode writeApiKeys(List<ApiKey> keys) {
    ObjectNode out = JSON.objectNode();
    for (ApiKey k : keys) {
      ObjectNode o = out.putObject(k.name());
      put(o, "value", k.value());
      if (!k.enabled()) {
        o.put("enabled", false);
      }
      put(o, "description", k.description());
    }
    return out;
  }

  static ObjectNode writeUsagePlans(List<UsagePlan> plans) {
    ObjectNode out = JSON.objectNode();
    for (UsagePlan p : plans) {
      ObjectNode o = out.putObject(p.name());
      put(o, "description", p.description());
      putThrottle(o, "throttle", p.throttle());
      if (p.quota() != null) {
        ObjectNode q = o.putObject("quota");
        q.put("limit", p.quota().limit());
        q.put("period", p.quota().period().name());
        put(q, "offset", p.quota().offset());
      }
      if (!p.stages().isEmpty()) {
        ArrayNode stages = o.putArray("stages");
        for (PlanStage st : p.stages()) {
          ObjectNode so = stages.addObject();
          so.put("stage", st.stage());
          if (!st.routeThrottles().isEmpty()) {
            ObjectNode throttles = so.putObject("routeThrottles");
            st.routeThrottles().forEach((route, t) -> putThrottle(throttles, route, t));
          }
        }
      }
      if (!p.keys().isEmpty()) {
        ArrayNode keys = o.putArray("keys");
        p.keys().forEach(keys::add);
      }
    }
    return out;
  }

  static ObjectNode writeDomains(List<CustomDomain> domains) {
    ObjectNode out = JSON.objectNode();
    for (CustomDomain d : domains) {
      ObjectNode o = out.putObject(d.domainName());
      put(o, "certificateArn", d.certificateArn());
      put(o, "endpointType", d.endpointType() == null ? null : d.endpointType().name());
      put(o, "securityPolicy", d.securityPolicy());
      put(o, "truststoreUri", d.truststoreUri());
      if (!d.mappings().isEmpty()) {
        ArrayNode mappings = o.putArray("mappings");
        for (BasePathMapping m : d.mappings()) {
          ObjectNode mo = mappings.addObject();
          mo.put("basePath", m.basePath());
          mo.put("stage", m.stage());
        }
      }
    }
    return out;
  }

  private static void putThrottle(ObjectNode parent, String field, Throttle throttle) {
    if (throttle == null) {
      return;
    }
    ObjectNode t = parent.putObject(field);
    put(t, "rateLimit", throttle.rateLimit());
    put(t, "burstLimit", throttle.burstLimit());
  }

  static void put(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  static void put(ObjectNode o, String field, Integer value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  static void put(ObjectNode o, String field, Double value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  static void put(ObjectNode o, String field, Boolean value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  static void put(ObjectNode o, String field, Map<String, String> value) {
    if (!value.isEmpty()) {
      ObjectNode map = o.putObject(field);
      value.forEach(map::put);
    }
  }

  static void put(ObjectNode o, String field, List<String> value) {
    if (!value.isEmpty()) {
      ArrayNode list = o.putArray(field);
      value.forEach(list::add);
    }
  }
}
