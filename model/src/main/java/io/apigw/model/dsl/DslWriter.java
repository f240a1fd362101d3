package io.apigw.model.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.model.AccessLog;
import io.apigw.model.Api;
import io.apigw.model.ApiKey;
import io.apigw.model.ApiWriter;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.BasePathMapping;
import io.apigw.model.Canary;
import io.apigw.model.ConnectionType;
import io.apigw.model.Cors;
import io.apigw.model.CustomDomain;
import io.apigw.model.Endpoint;
import io.apigw.model.Function;
import io.apigw.model.GatewayResponse;
import io.apigw.model.HttpMethod;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.IntegrationResponse;
import io.apigw.model.MethodResponse;
import io.apigw.model.MethodSetting;
import io.apigw.model.PlanStage;
import io.apigw.model.Protocol;
import io.apigw.model.Quota;
import io.apigw.model.RequestParameter;
import io.apigw.model.RequestValidator;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.SchemaModel;
import io.apigw.model.SourceRange;
import io.apigw.model.Stage;
import io.apigw.model.Throttle;
import io.apigw.model.TlsConfig;
import io.apigw.model.UsagePlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes the model in the DSL's canonical form; see "Canonical form" in {@code docs/dsl.md}. */
final class DslWriter implements ApiWriter {
  @Override
  public String write(Api api) {
    return new Writing(api, null).write();
  }

  /** The canonical form with the comments of the text the model was read from kept in it. */
  String write(Api api, Comments comments) {
    return new Writing(api, comments).write();
  }

  private static final class Writing {
    private static final Pattern MOCK_TEMPLATE = Pattern.compile("\\{\"statusCode\": (\\d+)}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    // What the reader may take for a keyword where a route line has free text.
    private static final List<String> ROUTE_WORDS = routeWords();

    private final Api api;
    private final StringBuilder out = new StringBuilder();
    private final List<List<Out>> groups = new ArrayList<>();
    private final Set<String> sugarPlans = new HashSet<>();
    private final Comments comments;

    Writing(Api api, Comments comments) {
      this.api = api;
      this.comments = comments;
    }

    String write() {
      planSugar();
      List<Out> head = new ArrayList<>();
      head.add(apiLine());
      apiSettings(head);
      groups.add(head);
      groups.add(each(api.functions(), this::function, Function::source));
      groups.add(each(api.authorizers(), this::authorizer, Authorizer::source));
      groups.add(each(api.stages(), this::stage, Stage::source));
      groups.add(each(api.usagePlans(), this::plan, UsagePlan::source));
      groups.add(each(api.apiKeys(), this::key, ApiKey::source));
      groups.add(each(api.models(), this::model, SchemaModel::source));
      groups.add(each(api.validators(), this::validator, RequestValidator::source));
      groups.add(each(api.gatewayResponses(), this::gatewayResponse, GatewayResponse::source));
      groups.add(each(api.domains(), this::domain, CustomDomain::source));
      groups.add(routes());
      if (comments != null) {
        Set<Integer> printed = new HashSet<>();
        for (List<Out> group : groups) {
          for (Out line : group) {
            line.origins(comments, printed);
          }
        }
        comments.settle(printed);
      }
      boolean first = true;
      for (List<Out> group : groups) {
        if (group.isEmpty()) {
          continue;
        }
        if (!first) {
          out.append('\n');
        }
        first = false;
        for (Out line : group) {
          line.render(out, comments);
        }
      }
      if (comments != null && !comments.end().isEmpty()) {
        out.append('\n');
        comments.end().forEach(comment -> out.append(comment).append('\n'));
      }
      return out.toString();
    }

    private <T> List<Out> each(
        List<T> items,
        java.util.function.Function<T, Out> writer,
        java.util.function.Function<T, SourceRange> source) {
      List<Out> lines = new ArrayList<>();
      for (T item : items) {
        lines.add(writer.apply(item).from(source.apply(item)));
      }
      return lines;
    }

    // ---------------------------------------------------------------- api

    private Out apiLine() {
      Endpoint endpoint = api.endpoint();
      String protocol = lower(api.protocol().name());
      Out line = new Out(0).add("api", Quote.name(api.name()) + ":").from(api.source());
      if (endpoint.type() != Endpoint.defaultFor(api.protocol()).type()) {
        line.add(protocol + ",", lower(endpoint.type().name()));
      } else {
        line.add(protocol);
      }
      return line;
    }

    private void apiSettings(List<Out> lines) {
      if (api.description() != null) {
        lines.add(new Out(0).add("description").text(api.description()));
      }
      if (api.version() != null) {
        lines.add(new Out(0).add("version").text(api.version()));
      }
      if (!api.endpoint().vpcEndpointIds().isEmpty()) {
        Out line = new Out(0).add("vpc-endpoints");
        api.endpoint().vpcEndpointIds().forEach(id -> line.add(Quote.text(id)));
        lines.add(line);
      }
      if (api.endpoint().disableExecuteApiEndpoint()) {
        lines.add(new Out(0).add("disable-execute-api-endpoint"));
      }
      if (!api.binaryMediaTypes().isEmpty()) {
        Out line = new Out(0).add("binary-media-types");
        api.binaryMediaTypes().forEach(type -> line.add(Quote.text(type)));
        lines.add(line);
      }
      if (api.minimumCompressionSize() != null) {
        lines.add(
            new Out(0).add("minimum-compression-size", api.minimumCompressionSize().toString()));
      }
      if (api.apiKeySource() != null) {
        lines.add(new Out(0).add("api-key-source", lower(api.apiKeySource().name())));
      }
      if (api.defaultValidator() != null) {
        lines.add(new Out(0).add("default-validator").text(api.defaultValidator()));
      }
      if (api.routeSelectionExpression() != null) {
        lines.add(new Out(0).add("route-selection").text(api.routeSelectionExpression()));
      }
      if (api.apiKeySelectionExpression() != null) {
        lines.add(new Out(0).add("api-key-selection").text(api.apiKeySelectionExpression()));
      }
      if (api.importExportVersion() != null) {
        lines.add(new Out(0).add("importexport-version").text(api.importExportVersion()));
      }
      if (!api.tags().isEmpty()) {
        lines.add(pairs(new Out(0).add("tag"), api.tags()));
      }
      if (api.resourcePolicy() != null) {
        lines.add(new Out(0).add("policy").json(api.resourcePolicy()));
      }
      if (api.documentation() != null) {
        lines.add(new Out(0).add("documentation").json(api.documentation()));
      }
      if (api.cors() != null) {
        lines.add(cors(api.cors()));
      }
    }

    private Out cors(Cors cors) {
      Out line = new Out(0).add("cors");
      list(line, "origins", cors.allowOrigins());
      list(line, "methods", cors.allowMethods());
      list(line, "headers", cors.allowHeaders());
      list(line, "expose", cors.exposeHeaders());
      flag(line, "credentials", cors.allowCredentials());
      if (cors.maxAgeSeconds() != null) {
        line.add("max-age=" + cors.maxAgeSeconds());
      }
      return line;
    }

    // ---------------------------------------------------------------- definitions

    private Out function(Function f) {
      Out line = new Out(0).add("function", Quote.name(f.name()) + ":");
      boolean runtimeShown = false;
      boolean arnShown = false;
      if (f.runtime() != null && !f.runtime().startsWith("arn:")) {
        line.add(Quote.free(f.runtime(), Words.FUNCTION));
        runtimeShown = true;
      } else if (f.runtime() == null && f.arn() != null && f.arn().startsWith("arn:")) {
        line.add(Quote.free(f.arn(), Words.FUNCTION));
        arnShown = true;
      }
      option(line, "handler", f.handler());
      option(line, "code", f.code());
      if (f.memoryMb() != null) {
        line.add("memory=" + f.memoryMb());
      }
      if (f.timeoutSeconds() != null) {
        line.add("timeout=" + f.timeoutSeconds() + "s");
      }
      if (f.concurrency() != null) {
        line.add("concurrency=" + f.concurrency());
      }
      if (!arnShown) {
        option(line, "arn", f.arn());
      }
      if (!runtimeShown) {
        option(line, "runtime", f.runtime());
      }
      if (!f.environment().isEmpty()) {
        line.child(pairs(new Out(2).add("env"), f.environment()));
      }
      return line;
    }

    private Out authorizer(Authorizer a) {
      String type =
          switch (a.type()) {
            case TOKEN -> "token";
            case REQUEST -> "request";
            case COGNITO_USER_POOLS -> "cognito";
            case JWT -> "jwt";
          };
      Out line = new Out(0).add("auth", Quote.name(a.name()) + ":", type);
      option(line, "function", a.function());
      option(line, "uri", a.uri());
      list(line, "pools", a.providerArns());
      option(line, "issuer", a.issuer());
      list(line, "audience", a.audiences());
      String prefix = Reading.headerPrefix(api.protocol());
      List<String> identity = a.identitySources();
      if (identity.size() == 1 && identity.get(0).startsWith(prefix)) {
        option(line, "header", identity.get(0).substring(prefix.length()));
      } else {
        list(line, "identity", identity);
      }
      option(line, "validate", a.validationExpression());
      if (a.ttlSeconds() != null) {
        line.add("ttl=" + a.ttlSeconds() + "s");
      }
      option(line, "payload", a.payloadFormatVersion());
      flag(line, "simple", a.simpleResponses());
      option(line, "role", a.credentials());
      option(line, "authtype", a.authType());
      return line;
    }

    private Out stage(Stage s) {
      Out line = new Out(0).add("stage", Quote.name(s.name()));
      if (!s.variables().isEmpty()) {
        pairs(line.add("vars"), s.variables(), Words.STAGE);
      }
      List<MethodSetting> settings = s.settings();
      MethodSetting first = settings.isEmpty() ? null : settings.get(0);
      boolean onLine =
          first != null
              && first.appliesToAllRoutes()
              && (first.throttle() != null
                  || first.loggingLevel() != null
                  || first.dataTrace() != null
                  || first.metrics() != null);
      if (onLine) {
        lineSettings(line, first);
      }
      Boolean enabled = s.cacheClusterEnabled();
      String size = s.cacheClusterSize();
      if (Boolean.TRUE.equals(enabled) && size != null && NUMBER.matcher(size).matches()) {
        line.add("cache", size);
      } else {
        if (enabled != null) {
          line.add("cache", enabled ? "on" : "off");
        }
        option(line, "cache-size", size);
      }
      flag(line, "tracing", s.tracing());
      flag(line, "auto-deploy", s.autoDeploy());
      option(line, "waf", s.webAclArn());
      if (s.description() != null) {
        line.add("description", inline(s.description()));
      }
      if (s.accessLog() != null) {
        line.child(accessLog(s.accessLog()));
      }
      if (s.canary() != null) {
        line.child(canary(s.canary()));
      }
      for (int i = 0; i < settings.size(); i++) {
        MethodSetting setting = settings.get(i);
        if (i == 0 && onLine) {
          // The reader adds the first `route *:` line to the stage line's settings, so one is
          // needed when there is more to say for all routes, and also before another `*` entry.
          boolean another = settings.stream().skip(1).anyMatch(MethodSetting::appliesToAllRoutes);
          if (hasCacheSettings(setting) || another) {
            Out route = new Out(2).add("route", routeKey(MethodSetting.ALL_ROUTES, false) + ":");
            cacheSettings(route, setting);
            line.child(route);
          }
          continue;
        }
        Out route =
            new Out(2).add("route", routeKey(setting.route(), false) + ":").from(setting.source());
        lineSettings(route, setting);
        cacheSettings(route, setting);
        line.child(route);
      }
      if (!s.tags().isEmpty()) {
        line.child(pairs(new Out(2).add("tag"), s.tags()));
      }
      return line;
    }

    private void lineSettings(Out line, MethodSetting setting) {
      throttle(line, setting.throttle());
      if (setting.loggingLevel() != null) {
        line.add("log", lower(setting.loggingLevel().name()));
      }
      flag(line, "data-trace", setting.dataTrace());
      flag(line, "metrics", setting.metrics());
    }

    private static boolean hasCacheSettings(MethodSetting setting) {
      return setting.cachingEnabled() != null
          || setting.cacheTtlSeconds() != null
          || setting.cacheDataEncrypted() != null
          || setting.requireAuthorizationForCacheControl() != null;
    }

    private void cacheSettings(Out line, MethodSetting setting) {
      Boolean enabled = setting.cachingEnabled();
      Integer ttl = setting.cacheTtlSeconds();
      if (Boolean.TRUE.equals(enabled) && ttl != null) {
        line.add("cache", ttl + "s");
      } else {
        if (enabled != null) {
          line.add("cache", enabled ? "on" : "off");
        }
        if (ttl != null) {
          line.add("cache-ttl=" + ttl + "s");
        }
      }
      flag(line, "encrypted", setting.cacheDataEncrypted());
      flag(line, "require-auth-for-cache-control", setting.requireAuthorizationForCacheControl());
    }

    private Out accessLog(AccessLog log) {
      Out line = new Out(2).add("access-log").from(log.source());
      if (log.destinationArn() != null) {
        line.add(Quote.free(log.destinationArn(), Words.OTHER_OPTIONS));
      }
      option(line, "format", log.format());
      return line;
    }

    private Out canary(Canary canary) {
      Out line = new Out(2).add("canary").from(canary.source());
      if (canary.percentTraffic() != null) {
        line.add(number(canary.percentTraffic()) + "%");
      }
      if (!canary.variables().isEmpty()) {
        pairs(line.add("vars"), canary.variables(), Words.CANARY);
      }
      flag(line, "stage-cache", canary.useStageCache());
      return line;
    }

    /** A route key in a stage or plan block: plain words when they read back, else quoted. */
    private static String routeKey(String key, boolean beforeThrottle) {
      if (key == null) {
        return Quote.quote("");
      }
      String[] parts = key.split(" ", -1);
      boolean plain = true;
      for (String part : parts) {
        plain &=
            Quote.plain(part)
                && part.indexOf('=') < 0
                && !part.endsWith(":")
                && !(beforeThrottle && part.equals("throttle"));
      }
      return plain ? key : Quote.quote(key);
    }

    private void throttle(Out line, Throttle throttle) {
      if (throttle == null) {
        return;
      }
      line.add("throttle");
      throttleLimits(line, throttle);
    }

    private void throttleLimits(Out line, Throttle throttle) {
      if (throttle.rateLimit() != null) {
        line.add(number(throttle.rateLimit()) + "/s");
      }
      if (throttle.burstLimit() != null) {
        line.add("burst", throttle.burstLimit().toString());
      }
    }

    /** Which plans list their keys through the keys' {@code plan} option (the sugar form). */
    private void planSugar() {
      Set<String> seen = new HashSet<>();
      Set<String> duplicated = new HashSet<>();
      for (UsagePlan plan : api.usagePlans()) {
        if (!seen.add(plan.name())) {
          duplicated.add(plan.name());
        }
      }
      for (UsagePlan plan : api.usagePlans()) {
        if (duplicated.contains(plan.name())) {
          continue;
        }
        List<String> expected = new ArrayList<>();
        for (ApiKey key : api.apiKeys()) {
          if (plan.keys().contains(key.name())) {
            expected.add(key.name());
          }
        }
        if (expected.equals(plan.keys())) {
          sugarPlans.add(plan.name());
        }
      }
    }

    private Out plan(UsagePlan plan) {
      Out line = new Out(0).add("plan", Quote.name(plan.name()) + ":");
      throttle(line, plan.throttle());
      Quota quota = plan.quota();
      if (quota != null) {
        line.add("quota", quota.limit() + "/" + lower(quota.period().name()));
        if (quota.offset() != null) {
          line.add("offset", quota.offset().toString());
        }
      }
      if (!plan.stages().isEmpty()) {
        line.add("stages");
        plan.stages().forEach(stage -> line.add(Quote.free(stage.stage(), Words.PLAN)));
      }
      if (!sugarPlans.contains(plan.name()) && !plan.keys().isEmpty()) {
        line.add("keys");
        plan.keys().forEach(key -> line.add(Quote.free(key, Words.PLAN)));
      }
      if (plan.description() != null) {
        line.add("description", inline(plan.description()));
      }
      for (PlanStage stage : plan.stages()) {
        for (Map.Entry<String, Throttle> entry : stage.routeThrottles().entrySet()) {
          Out child =
              new Out(2)
                  .add("stage", Quote.name(stage.stage()) + ":", routeKey(entry.getKey(), true))
                  .add("throttle");
          // A null throttle in the map has no spelling of its own; it reads back as an empty one.
          if (entry.getValue() != null) {
            throttleLimits(child, entry.getValue());
          }
          line.child(child);
        }
      }
      return line;
    }

    private Out key(ApiKey key) {
      Out line = new Out(0).add("key", Quote.name(key.name()) + ":");
      List<String> plans = new ArrayList<>();
      for (UsagePlan plan : api.usagePlans()) {
        if (sugarPlans.contains(plan.name())
            && plan.keys().contains(key.name())
            && !plans.contains(plan.name())) {
          plans.add(plan.name());
        }
      }
      if (!plans.isEmpty()) {
        line.add("plan");
        plans.forEach(plan -> line.add(Quote.free(plan, Words.KEY)));
      }
      option(line, "value", key.value());
      if (!key.enabled()) {
        line.add("disabled");
      }
      if (key.description() != null) {
        line.add("description", inline(key.description()));
      }
      return line;
    }

    private Out model(SchemaModel model) {
      Out line = new Out(0).add("model", Quote.name(model.name()) + ":");
      if (model.contentType() != null) {
        line.add(Quote.free(model.contentType()));
      }
      return line.json(model.schema());
    }

    private Out validator(RequestValidator validator) {
      Out line = new Out(0).add("validator", Quote.name(validator.name()) + ":");
      if (validator.validateBody()) {
        line.add("body");
      }
      if (validator.validateParameters()) {
        line.add("params");
      }
      return line;
    }

    private Out gatewayResponse(GatewayResponse response) {
      Out line = new Out(0).add("gateway-response", Quote.name(response.type()));
      if (response.statusCode() != null) {
        line.add("status=" + response.statusCode());
      }
      for (Map.Entry<String, String> header : response.headers().entrySet()) {
        line.child(new Out(2).add("header", pair(header.getKey(), header.getValue())));
      }
      templates(line, response.templates(), "template", 2);
      return line;
    }

    private void templates(Out line, Map<String, String> templates, String word, int indent) {
      for (Map.Entry<String, String> template : templates.entrySet()) {
        line.child(
            new Out(indent).add(word, Quote.free(template.getKey())).text(template.getValue()));
      }
    }

    private Out domain(CustomDomain domain) {
      Out line = new Out(0).add("domain", Quote.name(domain.domainName()));
      option(line, "cert", domain.certificateArn());
      if (domain.endpointType() != null) {
        line.add("endpoint=" + lower(domain.endpointType().name()));
      }
      option(line, "tls", domain.securityPolicy());
      option(line, "truststore", domain.truststoreUri());
      for (BasePathMapping mapping : domain.mappings()) {
        line.child(
            new Out(2)
                .add(
                    "map", Quote.free(mapping.basePath()), Words.ARROW, Quote.free(mapping.stage()))
                .from(mapping.source()));
      }
      return line;
    }

    // ---------------------------------------------------------------- routes

    private List<Out> routes() {
      List<Out> lines = new ArrayList<>();
      int methodWidth = 0;
      for (Route route : api.routes()) {
        if (route.key() instanceof RouteKey.Http http) {
          methodWidth = Math.max(methodWidth, http.method().name().length());
        }
      }
      List<String> keys = new ArrayList<>();
      int keyWidth = 0;
      for (Route route : api.routes()) {
        String key = routeKeyText(route.key(), methodWidth);
        keys.add(key);
        keyWidth = Math.max(keyWidth, key.length());
      }
      for (int i = 0; i < api.routes().size(); i++) {
        Route route = api.routes().get(i);
        String key = keys.get(i);
        Out line =
            new Out(0)
                .add(key + " ".repeat(keyWidth - key.length()), Words.ARROW)
                .from(route.source());
        route(line, route);
        lines.add(line);
      }
      return lines;
    }

    private String routeKeyText(RouteKey key, int methodWidth) {
      if (key instanceof RouteKey.Http http) {
        String method = http.method().name();
        return method
            + " ".repeat(methodWidth - method.length())
            + " "
            + Quote.free(http.path().value());
      }
      if (key instanceof RouteKey.Default) {
        return "$default";
      }
      String name = ((RouteKey.WebSocket) key).name();
      boolean plain =
          api.protocol() == Protocol.WEBSOCKET
              && Quote.plain(name)
              && name.indexOf('=') < 0
              && !name.equals(Words.ARROW);
      return plain ? name : Quote.quote(name);
    }

    private void route(Out line, Route route) {
      Integration integration = route.integration();
      if (integration != null) {
        integration(line, integration);
      }
      Authorization authorization = route.authorization();
      if (authorization instanceof Authorization.Iam) {
        line.add("auth", "iam");
      } else if (authorization instanceof Authorization.Custom custom) {
        line.add("auth", Quote.free(custom.authorizer(), List.of("iam", "none")));
        list(line, "scopes", custom.scopes());
      }
      if (route.apiKeyRequired()) {
        line.add("key");
      }
      option(line, "op", route.operationId());
      option(line, "validator", route.validator());
      for (Map.Entry<String, String> model : route.requestModels().entrySet()) {
        if (Reading.JSON_TYPE.equals(model.getKey())) {
          line.add("body=" + Quote.value(model.getValue()));
        } else {
          line.add("body", pair(model.getKey(), model.getValue()));
        }
      }
      if (!route.parameters().isEmpty()) {
        List<String> items = new ArrayList<>();
        for (RequestParameter p : route.parameters()) {
          String name = p.name();
          String marker =
              p.required() ? "!" : (name.endsWith("!") || name.endsWith("?") ? "?" : "");
          items.add(lower(p.in().name()) + "." + name + marker);
        }
        // The list is a word of its own here, so `=` in it would make it read as an option.
        String list = listValue(items);
        line.add("params", list.indexOf('=') < 0 ? list : Json.array(items));
      }
      option(line, "response-selection", route.routeResponseSelectionExpression());
      if (integration != null) {
        integrationBlock(line, integration);
      }
      for (MethodResponse response : route.responses()) {
        Out child =
            new Out(2)
                .add("method-response", Quote.free(response.statusCode()))
                .from(response.source());
        list(child, "headers", response.headers());
        if (!response.models().isEmpty()) {
          pairs(child.add("models"), response.models(), Words.METHOD_RESPONSE);
        }
        line.child(child);
      }
    }

    private void integration(Out line, Integration i) {
      boolean uriShown = false;
      boolean subtypeShown = false;
      boolean methodShown = false;
      switch (i.kind()) {
        case LAMBDA_PROXY, LAMBDA -> {
          line.add(i.kind() == IntegrationKind.LAMBDA ? "lambda-custom" : "lambda");
          if (i.function() != null) {
            line.add(Quote.free(i.function(), ROUTE_WORDS));
          }
        }
        case HTTP_PROXY, HTTP -> {
          line.add(i.kind() == IntegrationKind.HTTP ? "http-custom" : "http");
          if (i.httpMethod() != null
              && HttpMethod.parse(i.httpMethod()).isPresent()
              && HttpMethod.parse(i.httpMethod()).get().name().equals(i.httpMethod())) {
            line.add(i.httpMethod());
            methodShown = true;
          }
          if (i.uri() != null) {
            line.add(Quote.free(i.uri(), ROUTE_WORDS));
            uriShown = true;
          }
        }
        case MOCK -> {
          line.add("mock");
          String[] sugar = mockSugar(i);
          if (sugar != null) {
            line.add(sugar);
          }
        }
        case AWS_SERVICE -> {
          line.add("aws");
          String action = awsAction(i.uri());
          if (action != null) {
            line.add(action);
            uriShown = true;
          } else if (i.subtype() != null && i.subtype().indexOf(':') < 0) {
            line.add(Quote.free(i.subtype(), ROUTE_WORDS));
            subtypeShown = true;
          }
        }
      }
      if (!uriShown) {
        option(line, "uri", i.uri());
      }
      if (!i.kind().isLambda()) {
        option(line, "function", i.function());
      }
      if (!subtypeShown) {
        option(line, "subtype", i.subtype());
      }
      if (!methodShown) {
        String method = i.httpMethod();
        if (i.kind().isLambda()) {
          if (method == null) {
            line.add("method=none");
          } else if (!method.equals("POST")) {
            line.add(
                "method=" + (method.equals("none") ? Quote.quote(method) : Quote.value(method)));
          }
        } else if (method != null) {
          line.add("method=" + (method.equals("none") ? Quote.quote(method) : Quote.value(method)));
        }
      }
      option(line, "payload", i.payloadFormatVersion());
      if (i.timeoutMillis() != null) {
        int ms = i.timeoutMillis();
        line.add("timeout=" + (ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms"));
      }
      option(line, "role", i.credentials());
      if (i.connectionType() == ConnectionType.VPC_LINK && i.connectionId() != null) {
        option(line, "vpc-link", i.connectionId());
      } else {
        if (i.connectionType() != null) {
          line.add(
              "connection="
                  + (i.connectionType() == ConnectionType.VPC_LINK ? "vpc-link" : "internet"));
        }
        option(line, "connection-id", i.connectionId());
      }
      if (i.passthroughBehavior() != null) {
        line.add("passthrough=" + lower(i.passthroughBehavior().name()));
      }
      if (i.contentHandling() != null) {
        line.add("content=" + lower(i.contentHandling().name()));
      }
      list(line, "cache-key", i.cacheKeyParameters());
      option(line, "cache-namespace", i.cacheNamespace());
      TlsConfig tls = i.tls();
      if (tls != null) {
        if (tls.insecureSkipVerification()) {
          line.add("insecure-tls");
        }
        option(line, "sni", tls.serverNameToVerify());
        if (!tls.insecureSkipVerification() && tls.serverNameToVerify() == null) {
          line.add("insecure-tls=false");
        }
      }
      option(line, "template-selection", i.templateSelectionExpression());
    }

    /**
     * {@code [STATUS, BODY?]} when the mock has exactly the shape {@code mock 200 BODY} stands for.
     */
    private static String[] mockSugar(Integration i) {
      if (i.requestTemplates().size() != 1 || i.responses().size() != 1) {
        return null;
      }
      String template = i.requestTemplates().get(Reading.JSON_TYPE);
      Matcher m = template == null ? null : MOCK_TEMPLATE.matcher(template);
      if (m == null || !m.matches()) {
        return null;
      }
      IntegrationResponse response = i.responses().get(0);
      boolean shape =
          response.isDefault()
              && response.statusCode().equals(m.group(1))
              && response.parameters().isEmpty()
              && response.contentHandling() == null
              && (response.templates().isEmpty()
                  || (response.templates().size() == 1
                      && response.templates().containsKey(Reading.JSON_TYPE)));
      if (!shape) {
        return null;
      }
      if (response.templates().isEmpty()) {
        return new String[] {m.group(1)};
      }
      String body = response.templates().get(Reading.JSON_TYPE);
      return new String[] {m.group(1), Quote.rawJson(body) ? body : Quote.quote(body)};
    }

    /** {@code SERVICE:ACTION} for the URI {@code aws SERVICE:ACTION} stands for, else null. */
    private static String awsAction(String uri) {
      if (uri == null || !uri.startsWith(Reading.AWS_ACTION)) {
        return null;
      }
      String rest = uri.substring(Reading.AWS_ACTION.length());
      int colon = rest.indexOf(':');
      if (colon <= 0 || rest.substring(0, colon).indexOf('/') >= 0) {
        return null;
      }
      String service = rest.substring(0, colon);
      String tail = rest.substring(colon + 1);
      if (!tail.startsWith("action/") || tail.length() == "action/".length()) {
        return null;
      }
      String target = service + ":" + tail.substring("action/".length());
      return Quote.free(target, ROUTE_WORDS).equals(target) ? target : null;
    }

    private void integrationBlock(Out line, Integration i) {
      for (Map.Entry<String, String> p : i.requestParameters().entrySet()) {
        line.child(new Out(2).add("request-param", pair(p.getKey(), p.getValue())));
      }
      boolean sugar = i.kind() == IntegrationKind.MOCK && mockSugar(i) != null;
      if (sugar) {
        return;
      }
      templates(line, i.requestTemplates(), "request-template", 2);
      for (IntegrationResponse response : i.responses()) {
        Out child =
            new Out(2)
                .add(
                    "response",
                    Quote.free(response.selectionPattern()),
                    Quote.free(response.statusCode()))
                .from(response.source());
        if (response.contentHandling() != null) {
          child.add("content=" + lower(response.contentHandling().name()));
        }
        for (Map.Entry<String, String> p : response.parameters().entrySet()) {
          String name = p.getKey();
          if (name != null && name.startsWith(Reading.RESPONSE_HEADER)) {
            child.child(
                new Out(4)
                    .add(
                        "header",
                        pair(name.substring(Reading.RESPONSE_HEADER.length()), p.getValue())));
          } else {
            child.child(new Out(4).add("param", pair(name, p.getValue())));
          }
        }
        templates(child, response.templates(), "template", 4);
        line.child(child);
      }
    }

    // ---------------------------------------------------------------- values

    private static void option(Out line, String name, String value) {
      if (value != null) {
        line.add(name + "=" + Quote.value(value));
      }
    }

    private static void flag(Out line, String name, Boolean value) {
      if (value != null) {
        line.add(value ? name : name + "=false");
      }
    }

    private static void list(Out line, String name, List<String> items) {
      if (!items.isEmpty()) {
        line.add(name + "=" + listValue(items));
      }
    }

    /** {@code a,b,c}, or a JSON array when an item is empty or has a comma or a space. */
    private static String listValue(List<String> items) {
      boolean plain = true;
      for (String item : items) {
        plain &= Quote.plain(item) && item.indexOf(',') < 0;
      }
      return plain ? String.join(",", items) : Json.array(items);
    }

    private static String pair(String key, String value) {
      return Quote.key(key, List.of()) + "=" + Quote.value(value);
    }

    private static Out pairs(Out line, Map<String, String> pairs) {
      return pairs(line, pairs, List.of());
    }

    /** Pairs that the reader stops taking at an option of {@code options}. */
    private static Out pairs(Out line, Map<String, String> pairs, List<String> options) {
      for (Map.Entry<String, String> pair : pairs.entrySet()) {
        line.add(Quote.key(pair.getKey(), options) + "=" + Quote.value(pair.getValue()));
      }
      return line;
    }

    /** Text in the middle of a line: never a text block. */
    private static String inline(String text) {
      return Quote.text(text);
    }

    /** A number as the reader reads it back exactly: {@code 100}, {@code 0.5}, {@code 1.0E-7}. */
    static String number(double value) {
      String text = Double.toString(value);
      return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String lower(String text) {
      return text.toLowerCase(Locale.ROOT);
    }

    private static List<String> routeWords() {
      List<String> words =
          new ArrayList<>(Words.union(Words.ROUTE_OPTIONS, Words.INTEGRATION_OPTIONS));
      for (HttpMethod method : HttpMethod.values()) {
        words.add(method.name());
      }
      return List.copyOf(words);
    }
  }

  /** One output line, its text block if it ends with one, and the lines of its block. */
  private static final class Out {
    private final int indent;
    private final List<String> parts = new ArrayList<>();
    private String block;
    private final List<Out> children = new ArrayList<>();
    // The input line this output line stands for, for keeping comments; 0 when unknown.
    private int origin;

    Out(int indent) {
      this.indent = indent;
    }

    Out from(SourceRange source) {
      origin = source.line();
      return this;
    }

    /**
     * Settles this line's origin (a top-level setting without an element of its own stands for the
     * first statement with its keyword) and collects the origins of this line and its block.
     */
    void origins(Comments comments, Set<Integer> printed) {
      if (origin == 0 && indent == 0 && !parts.isEmpty()) {
        origin = comments.keywordLine(parts.get(0));
      }
      if (origin > 0) {
        printed.add(origin);
      }
      for (Out child : children) {
        child.origins(comments, printed);
      }
    }

    Out add(String... more) {
      parts.addAll(List.of(more));
      return this;
    }

    Out child(Out line) {
      children.add(line);
      return this;
    }

    /** A whole value at the end of the line: a text block when it has several lines. */
    Out text(String value) {
      if (Quote.textBlock(value)) {
        block = value;
        return this;
      }
      return add(Quote.text(value));
    }

    /** A JSON value at the end of the line: inline when short, else a text block. */
    Out json(JsonNode value) {
      if (value.isTextual()) {
        return add(Quote.quote(value.textValue()));
      }
      String compact = Json.compact(value);
      if (compact.isEmpty()) {
        return add("null");
      }
      if (!value.isContainerNode() || compact.length() <= INLINE_JSON) {
        return add(compact);
      }
      block = Json.pretty(value);
      return this;
    }

    // Compact JSON up to this length stays on its line; longer values become text blocks.
    private static final int INLINE_JSON = 100;

    void render(StringBuilder out, Comments comments) {
      String pad = " ".repeat(indent);
      String trailing = null;
      if (comments != null && origin > 0) {
        comments.takeBefore(origin).forEach(c -> out.append(pad).append(c).append('\n'));
        trailing = comments.takeTrailing(origin);
        if (trailing != null && block != null) {
          // Nothing may follow a text block's opening quotes, so the comment goes above.
          out.append(pad).append(trailing).append('\n');
          trailing = null;
        }
      }
      out.append(pad).append(String.join(" ", parts));
      if (trailing != null) {
        out.append(parts.isEmpty() ? "" : "  ").append(trailing);
      }
      if (block != null) {
        String inner = " ".repeat(indent + 2);
        out.append(parts.isEmpty() ? "" : " ").append(DslLexer.TRIPLE).append('\n');
        for (String line : block.split("\n", -1)) {
          if (!line.isEmpty()) {
            out.append(inner).append(line);
          }
          out.append('\n');
        }
        out.append(inner).append(DslLexer.TRIPLE);
      }
      out.append('\n');
      for (Out child : children) {
        child.render(out, comments);
      }
    }
  }
}
