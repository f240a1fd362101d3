package io.apigw.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.AccessLog;
import io.apigw.model.Api;
import io.apigw.model.ApiKey;
import io.apigw.model.ApiKeySource;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.BasePathMapping;
import io.apigw.model.Canary;
import io.apigw.model.Cors;
import io.apigw.model.CustomDomain;
import io.apigw.model.Endpoint;
import io.apigw.model.EndpointType;
import io.apigw.model.Function;
import io.apigw.model.GatewayResponse;
import io.apigw.model.HttpMethod;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.InvokePermission;
import io.apigw.model.LoggingLevel;
import io.apigw.model.MethodSetting;
import io.apigw.model.ParamLocation;
import io.apigw.model.PlanStage;
import io.apigw.model.Protocol;
import io.apigw.model.Quota;
import io.apigw.model.QuotaPeriod;
import io.apigw.model.RequestParameter;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.SourceRange;
import io.apigw.model.Stage;
import io.apigw.model.Throttle;
import io.apigw.model.UsagePlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One API of a template into the model: SAM's resources and their properties, or CloudFormation's.
 */
final class TemplateApi {
  private static final Set<String> SAM_API_READ =
      Set.of(
          "AccessLogSetting",
          "ApiKeySourceType",
          "Auth",
          "BinaryMediaTypes",
          "CacheClusterEnabled",
          "CacheClusterSize",
          "CanarySetting",
          "Cors",
          "DefinitionBody",
          "DefinitionUri",
          "Description",
          "DisableExecuteApiEndpoint",
          "Domain",
          "EndpointConfiguration",
          "GatewayResponses",
          "MethodSettings",
          "MinimumCompressionSize",
          "Name",
          "StageName",
          "Tags",
          "TracingEnabled",
          "Variables");
  private static final Set<String> SAM_HTTP_READ =
      Set.of(
          "AccessLogSettings",
          "Auth",
          "CorsConfiguration",
          "DefaultRouteSettings",
          "DefinitionBody",
          "DefinitionUri",
          "Description",
          "DisableExecuteApiEndpoint",
          "Domain",
          "Name",
          "RouteSettings",
          "StageName",
          "StageVariables",
          "Tags");
  private static final Set<String> NOT_CARRIED = Set.of("Models");
  private static final Set<String> DEPLOY_ONLY =
      Set.of(
          "AlwaysDeploy",
          "FailOnWarnings",
          "MergeDefinitions",
          "Mode",
          "OpenApiVersion",
          "PropagateTags");

  private final Reading r;
  private final Intrinsics intrinsics;
  private final OpenApi.ReaderOptions options;
  private final Map<String, TemplateReader.Resource> resources;
  private final ObjectNode globals;
  private final Functions functionReader;
  private final Map<String, Function> functions = new LinkedHashMap<>();
  private ObjectNode body;

  TemplateApi(
      Reading reading,
      Intrinsics intrinsics,
      OpenApi.ReaderOptions options,
      Map<String, TemplateReader.Resource> resources,
      ObjectNode globals) {
    this.r = reading;
    this.intrinsics = intrinsics;
    this.options = options;
    this.resources = resources;
    this.globals = globals;
    this.functionReader = new Functions(reading, intrinsics, globals);
  }

  /** The OpenAPI document the API was read from, if any. */
  ObjectNode body() {
    return body;
  }

  /** The model of the chosen API, or null when nothing usable could be read. */
  Api build(TemplateReader.Candidate api, List<TemplateReader.Event> events) {
    Api built =
        switch (api.type()) {
          case TemplateReader.REST_API, TemplateReader.V2_API -> cloudFormation(api);
          default -> serverless(api, events);
        };
    if (built == null) {
      return null;
    }
    return linkFunctions(built);
  }

  // ---------------------------------------------------------------- SAM

  private Api serverless(TemplateReader.Candidate api, List<TemplateReader.Event> events) {
    boolean http = api.protocol() == Protocol.HTTP;
    String kind = http ? "HttpApi" : "Api";
    ObjectNode own = api.implicit() ? null : api.resource().properties();
    ObjectNode global = globals.get(kind) instanceof ObjectNode g ? g : null;
    Props p = new Props(r, intrinsics, own, global);
    p.check(
        api.implicit() ? "the implicit API (Globals." + kind + ")" : api.type(),
        http ? SAM_HTTP_READ : SAM_API_READ,
        NOT_CARRIED,
        DEPLOY_ONLY);

    Api.Builder b = definition(p, "DefinitionBody", "DefinitionUri", api.protocol());
    if (b == null) {
      b = Api.builder(api.id(), api.protocol()).source(api.at());
    }
    String name = p.text("Name");
    if (name != null) {
      b.name(name);
    } else if (body == null) {
      b.name(api.id());
    }
    if (p.has("Description")) {
      b.description(p.text("Description"));
    }
    Api base = b.build();

    Map<String, Route> routes = new LinkedHashMap<>();
    for (Route route : base.routes()) {
      routes.put(route.key().text(), route);
    }
    Set<String> ownAuth = new HashSet<>();
    Set<String> ownKey = new HashSet<>();
    for (TemplateReader.Event event : events) {
      eventRoute(event, http, routes, ownAuth, ownKey);
    }

    List<Authorizer> authorizers = new ArrayList<>(base.authorizers());
    ObjectNode auth = p.object("Auth");
    if (auth != null) {
      Props a = Props.of(r, intrinsics, auth);
      authorizers(a, http, authorizers);
      String defaultAuthorizer = a.text("DefaultAuthorizer");
      Boolean iam = http ? a.bool("EnableIamAuthorizer") : null;
      Boolean keys = http ? null : a.bool("ApiKeyRequired");
      for (Map.Entry<String, Route> entry : routes.entrySet()) {
        Route route = entry.getValue();
        Route.Builder changed = route.toBuilder();
        if (defaultAuthorizer != null
            && !ownAuth.contains(entry.getKey())
            && route.method() != HttpMethod.OPTIONS
            && route.authorization() instanceof Authorization.None) {
          changed.authorization(
              defaultAuthorizer.equals("AWS_IAM")
                  ? new Authorization.Iam(a.key("DefaultAuthorizer"))
                  : new Authorization.Custom(
                      a.key("DefaultAuthorizer"), defaultAuthorizer, List.of()));
        }
        if (keys != null
            && keys
            && !ownKey.contains(entry.getKey())
            && route.method() != HttpMethod.OPTIONS) {
          changed.apiKeyRequired(true);
        }
        entry.setValue(changed.build());
      }
      if (iam != null && iam && defaultAuthorizer == null) {
        r.info(
            "template.auth",
            "`EnableIamAuthorizer` lets routes name AWS_IAM; it does not protect the others",
            a.key("EnableIamAuthorizer"));
      }
      if (!http) {
        usagePlan(a, b);
        JsonNode policy = resourcePolicy(a);
        if (policy != null) {
          b.resourcePolicy(policy);
        }
      }
    }
    b.routes(new ArrayList<>(routes.values()));
    b.authorizers(authorizers);

    // Endpoint, CORS, responses, media types.
    Endpoint endpoint = base.endpoint();
    if (p.has("EndpointConfiguration")) {
      endpoint = endpoint(p.get("EndpointConfiguration"), p.value("EndpointConfiguration"));
    }
    Boolean disable = p.bool("DisableExecuteApiEndpoint");
    if (disable != null) {
      endpoint =
          new Endpoint(endpoint.source(), endpoint.type(), endpoint.vpcEndpointIds(), disable);
    }
    b.endpoint(endpoint);
    if (http && p.has("CorsConfiguration")) {
      b.cors(httpCors(p));
    } else if (!http && p.has("Cors")) {
      b.cors(restCors(p));
    }
    if (!http) {
      List<GatewayResponse> responses = new ArrayList<>(base.gatewayResponses());
      responses.addAll(gatewayResponses(p));
      b.gatewayResponses(responses);
      List<String> media = new ArrayList<>(base.binaryMediaTypes());
      for (String type : p.texts("BinaryMediaTypes")) {
        String decoded = type.replace("~1", "/");
        if (!media.contains(decoded)) {
          media.add(decoded);
        }
      }
      b.binaryMediaTypes(media);
      if (p.has("MinimumCompressionSize")) {
        b.minimumCompressionSize(p.integer("MinimumCompressionSize"));
      }
      if (p.has("ApiKeySourceType")) {
        b.apiKeySource(
            r.enumValue(p.holder("ApiKeySourceType"), "ApiKeySourceType", ApiKeySource.class));
      }
    }
    Map<String, String> tags = new LinkedHashMap<>(base.tags());
    tags.putAll(p.map("Tags"));
    b.tags(tags);

    // The stage.
    String stageName = p.text("StageName");
    if (stageName == null) {
      if (!http && !api.implicit()) {
        r.error(
            "template.required",
            "AWS::Serverless::Api needs a `StageName`; read as `Prod`",
            api.at());
      }
      stageName = http ? Stage.DEFAULT : "Prod";
    }
    Stage.Builder stage =
        Stage.builder(stageName).source(p.has("StageName") ? p.key("StageName") : api.at());
    if (http) {
      httpStage(p, stage);
    } else {
      restStage(p, stage);
    }
    List<Stage> stages = new ArrayList<>();
    stages.add(stage.build());
    for (Stage other : base.stages()) {
      if (!other.name().equals(stageName)) {
        stages.add(other);
      }
    }
    b.stages(stages);
    if (p.has("Domain")) {
      CustomDomain domain = domain(p, stageName);
      if (domain != null) {
        b.domain(domain);
      }
    }
    return b.build();
  }

  /** The API of an OpenAPI body or local file, or null when there is none. */
  private Api.Builder definition(Props p, String bodyField, String uriField, Protocol protocol) {
    JsonNode definition = p.get(bodyField);
    if (definition == null && uriField != null && p.has(uriField)) {
      JsonNode uri = p.get(uriField);
      String location = uri.isTextual() ? uri.asText() : null;
      if (location == null || location.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
        r.warning(
            "template.definition-uri",
            "the definition is in S3; apigw reads local files only, so the API has no routes but"
                + " those of function events",
            p.value(uriField));
        return null;
      }
      definition = readFile(location, p.value(uriField));
      if (definition != null) {
        definition = intrinsics.resolveTree(definition);
      }
    }
    if (definition == null) {
      return null;
    }
    if (!(definition instanceof ObjectNode document)) {
      r.error(
          "template.definition",
          "`" + bodyField + "` must be an OpenAPI object",
          p.value(bodyField));
      return null;
    }
    body = document;
    Api api = new OpenApiReader(options.withProtocol(protocol)).readTree(r, document);
    return api.toBuilder();
  }

  private JsonNode readFile(String location, SourceRange at) {
    try {
      Path parent = Path.of(r.mainFile).getParent();
      Path path = parent == null ? Path.of(location) : parent.resolve(location).normalize();
      String text = Files.readString(path, StandardCharsets.UTF_8);
      return r.parse(path.toString(), text);
    } catch (java.io.IOException | InvalidPathException | java.io.UncheckedIOException e) {
      r.error("template.definition-uri", "cannot read the definition `" + location + "`", at);
      return null;
    }
  }

  private void eventRoute(
      TemplateReader.Event event,
      boolean http,
      Map<String, Route> routes,
      Set<String> ownAuth,
      Set<String> ownKey) {
    Props e = Props.of(r, intrinsics, event.properties());
    String path = e.text("Path");
    String method = e.text("Method");
    RouteKey key;
    String what = "event `" + event.name() + "` of `" + event.function() + "`";
    if (event.http() && path == null && http) {
      key = new RouteKey.Default();
    } else if (event.http() && path == null) {
      r.warning(
          "template.event",
          what + " has no `Path`; a REST API has no `$default` route",
          event.at());
      return;
    } else if (path == null || (!http && method == null)) {
      r.error("template.event", what + " needs a `Path` and a `Method`", event.at());
      return;
    } else {
      HttpMethod parsed = HttpMethod.parse(method == null ? "ANY" : method).orElse(null);
      if (parsed == null) {
        r.error(
            "template.event",
            what + " has an unknown `Method` `" + method + "`",
            e.value("Method"));
        return;
      }
      if (!path.startsWith("/")) {
        r.error("template.event", what + ": `Path` must start with `/`", e.value("Path"));
        return;
      }
      key = new RouteKey.Http(parsed, io.apigw.model.PathTemplate.of(path));
    }
    if (event.http() != http) {
      r.warning(
          "template.event",
          what
              + " is "
              + (event.http() ? "an HttpApi" : "an Api")
              + " event of "
              + (http ? "an HTTP API" : "a REST API")
              + "; it is read as the API's own kind",
          event.at());
    }
    Integration.Builder integration =
        Integration.builder(IntegrationKind.LAMBDA_PROXY)
            .source(event.at())
            .function(event.function())
            .httpMethod("POST")
            .timeoutMillis(e.integer("TimeoutInMillis"));
    if (http) {
      String version = e.text("PayloadFormatVersion");
      integration.payloadFormatVersion(version == null ? "2.0" : version);
    }
    Route existing = routes.get(key.text());
    Route.Builder route =
        existing == null ? Route.builder(key).source(event.at()) : existing.toBuilder();
    if (existing == null || existing.integration() == null) {
      route.integration(integration.build());
    }
    ObjectNode auth = e.object("Auth");
    if (auth != null) {
      Props a = Props.of(r, intrinsics, auth);
      String authorizer = a.text("Authorizer");
      if (authorizer != null) {
        ownAuth.add(key.text());
        SourceRange at = a.key("Authorizer");
        route.authorization(
            switch (authorizer) {
              case "NONE" -> new Authorization.None(at);
              case "AWS_IAM" -> new Authorization.Iam(at);
              default -> new Authorization.Custom(at, authorizer, a.texts("AuthorizationScopes"));
            });
      }
      Boolean key2 = a.bool("ApiKeyRequired");
      if (key2 != null) {
        ownKey.add(key.text());
        route.apiKeyRequired(key2);
      }
    }
    for (RequestParameter parameter : requestParameters(e)) {
      route.parameter(parameter);
    }
    routes.put(key.text(), route.build());
  }

  private List<RequestParameter> requestParameters(Props e) {
    List<RequestParameter> out = new ArrayList<>();
    JsonNode list = e.get("RequestParameters");
    if (!(list instanceof ArrayNode array)) {
      return out;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      SourceRange at = r.positions.item(array, i);
      String expression;
      boolean required = false;
      if (item.isTextual()) {
        expression = item.asText();
      } else if (item instanceof ObjectNode object && object.size() == 1) {
        expression = object.fieldNames().next();
        required = object.path(expression).path("Required").asBoolean(false);
      } else {
        continue;
      }
      String[] parts = expression.split("\\.", 4);
      if (parts.length != 4 || !parts[0].equals("method") || !parts[1].equals("request")) {
        r.warning(
            "template.event",
            "request parameter `" + expression + "` is not `method.request.<where>.<name>`",
            at);
        continue;
      }
      ParamLocation in =
          switch (parts[2]) {
            case "header" -> ParamLocation.HEADER;
            case "querystring" -> ParamLocation.QUERY;
            case "path" -> ParamLocation.PATH;
            default -> null;
          };
      if (in != null) {
        out.add(new RequestParameter(at, in, parts[3], required));
      }
    }
    return out;
  }

  private void authorizers(Props a, boolean http, List<Authorizer> out) {
    ObjectNode all = a.object("Authorizers");
    if (all == null) {
      return;
    }
    Set<String> known = new HashSet<>();
    out.forEach(x -> known.add(x.name()));
    for (Map.Entry<String, JsonNode> entry : all.properties()) {
      SourceRange at = r.key(all, entry.getKey());
      if (!(entry.getValue() instanceof ObjectNode config)) {
        r.error("template.auth", "authorizer `" + entry.getKey() + "` must be an object", at);
        continue;
      }
      Authorizer authorizer =
          http
              ? httpAuthorizer(entry.getKey(), config, at)
              : restAuthorizer(entry.getKey(), config, at);
      if (authorizer != null) {
        out.removeIf(x -> x.name().equals(entry.getKey()));
        out.add(authorizer);
      }
    }
  }

  private Authorizer restAuthorizer(String name, ObjectNode config, SourceRange at) {
    Props c = Props.of(r, intrinsics, config);
    ObjectNode identityNode = c.object("Identity");
    Props identity = Props.of(r, intrinsics, identityNode);
    if (c.has("UserPoolArn")) {
      String header = identity.text("Header");
      return Authorizer.builder(name, AuthorizerType.COGNITO_USER_POOLS)
          .source(at)
          .providerArns(c.texts("UserPoolArn"))
          .identitySource("method.request.header." + (header == null ? "Authorization" : header))
          .validationExpression(identity.text("ValidationExpression"))
          .ttlSeconds(identity.integer("ReauthorizeEvery"))
          .build();
    }
    if (!c.has("FunctionArn")) {
      r.warning(
          "template.auth",
          "authorizer `"
              + name
              + "` has neither `UserPoolArn` nor `FunctionArn`; it calls no"
              + " function",
          at);
    }
    String payload = c.text("FunctionPayloadType");
    boolean request = payload != null && payload.equalsIgnoreCase("REQUEST");
    Authorizer.Builder b =
        Authorizer.builder(name, request ? AuthorizerType.REQUEST : AuthorizerType.TOKEN)
            .source(at);
    lambda(b, c.text("FunctionArn"));
    String role = c.text("FunctionInvokeRole");
    if (role != null && !role.equals("NONE")) {
      b.credentials(role);
    }
    if (request) {
      b.identitySources(
          identities(
              identity,
              "method.request.header.",
              "method.request.querystring.",
              "stageVariables.",
              "context."));
    } else {
      String header = identity.text("Header");
      b.identitySource("method.request.header." + (header == null ? "Authorization" : header));
      b.validationExpression(identity.text("ValidationExpression"));
    }
    b.ttlSeconds(identity.integer("ReauthorizeEvery"));
    return b.build();
  }

  private Authorizer httpAuthorizer(String name, ObjectNode config, SourceRange at) {
    Props c = Props.of(r, intrinsics, config);
    if (c.has("JwtConfiguration")) {
      Props jwt = Props.of(r, intrinsics, c.object("JwtConfiguration"));
      String source = c.text("IdentitySource");
      return Authorizer.builder(name, AuthorizerType.JWT)
          .source(at)
          .issuer(jwt.text("issuer"))
          .audiences(jwt.texts("audience"))
          .identitySource(source == null ? "$request.header.Authorization" : source)
          .build();
    }
    if (!c.has("FunctionArn")) {
      r.error(
          "template.auth",
          "authorizer `" + name + "` has neither `JwtConfiguration` nor `FunctionArn`",
          at);
      return null;
    }
    Authorizer.Builder b = Authorizer.builder(name, AuthorizerType.REQUEST).source(at);
    lambda(b, c.text("FunctionArn"));
    String role = c.text("FunctionInvokeRole");
    if (role != null) {
      b.credentials(role);
    }
    b.payloadFormatVersion(c.text("AuthorizerPayloadFormatVersion"));
    b.simpleResponses(c.bool("EnableSimpleResponses"));
    Props identity = Props.of(r, intrinsics, c.object("Identity"));
    b.identitySources(
        identities(
            identity,
            "$request.header.",
            "$request.querystring.",
            "$stageVariables.",
            "$context."));
    b.ttlSeconds(identity.integer("ReauthorizeEvery"));
    return b.build();
  }

  private static List<String> identities(
      Props identity, String header, String query, String stage, String context) {
    List<String> out = new ArrayList<>();
    identity.texts("Headers").forEach(h -> out.add(header + h));
    identity.texts("QueryStrings").forEach(q -> out.add(query + q));
    identity.texts("StageVariables").forEach(s -> out.add(stage + s));
    identity.texts("Context").forEach(c -> out.add(context + c));
    return out;
  }

  private void lambda(Authorizer.Builder b, String arn) {
    if (arn == null) {
      return;
    }
    String function = templateFunction(arn);
    if (function != null) {
      b.function(function);
    } else {
      b.uri(
          "arn:aws:apigateway:"
              + intrinsics.region()
              + ":lambda:path/2015-03-31/functions/"
              + arn
              + "/invocations");
    }
  }

  /** The logical id of the template's function an ARN (or invocation URI) names, or null. */
  private String templateFunction(String arnOrUri) {
    if (arnOrUri == null) {
      return null;
    }
    for (TemplateReader.Resource resource : resources.values()) {
      if (Intrinsics.isFunction(resource.type())) {
        String arn = intrinsics.functionArn(resource.id());
        if (arnOrUri.equals(arn)
            || arnOrUri.contains(arn + "/invocations")
            || arnOrUri.endsWith("/functions/" + arn)) {
          return resource.id();
        }
      }
    }
    return null;
  }

  private void usagePlan(Props a, Api.Builder b) {
    ObjectNode plan = a.object("UsagePlan");
    if (plan == null) {
      return;
    }
    Props u = Props.of(r, intrinsics, plan);
    String create = u.text("CreateUsagePlan");
    if (create == null || create.equals("NONE")) {
      return;
    }
    SourceRange at = a.key("UsagePlan");
    boolean shared = create.equals("SHARED");
    Api current = b.build();
    String prefix = shared ? "Serverless" : current.name();
    String planName = u.text("UsagePlanName");
    if (planName == null) {
      planName = prefix + "UsagePlan";
    }
    String keyName = prefix + "ApiKey";
    Throttle throttle = null;
    ObjectNode t = u.object("Throttle");
    if (t != null) {
      Props tp = Props.of(r, intrinsics, t);
      throttle = new Throttle(u.key("Throttle"), tp.decimal("RateLimit"), tp.integer("BurstLimit"));
    }
    Quota quota = null;
    ObjectNode q = u.object("Quota");
    if (q != null) {
      Props qp = Props.of(r, intrinsics, q);
      Integer limit = qp.integer("Limit");
      QuotaPeriod period = r.enumValue(q, "Period", QuotaPeriod.class);
      if (limit != null && period != null) {
        quota = new Quota(u.key("Quota"), limit, period, qp.integer("Offset"));
      } else {
        r.error("template.usage-plan", "a quota needs a `Limit` and a `Period`", u.key("Quota"));
      }
    }
    b.apiKey(new ApiKey(at, keyName, null, true, null));
    b.usagePlan(
        new UsagePlan(
            at, planName, u.text("Description"), throttle, quota, List.of(), List.of(keyName)));
    pendingPlanStage = planName;
  }

  /** The SAM usage plan whose stage is the API's own, known only once the stage is read. */
  private String pendingPlanStage;

  private JsonNode resourcePolicy(Props a) {
    ObjectNode policy = a.object("ResourcePolicy");
    if (policy == null) {
      return null;
    }
    Props p = Props.of(r, intrinsics, policy);
    for (Map.Entry<String, JsonNode> entry : policy.properties()) {
      if (!entry.getKey().equals("CustomStatements")) {
        r.warning(
            "template.not-carried",
            "`ResourcePolicy."
                + entry.getKey()
                + "` is not turned into a policy here; only"
                + " `CustomStatements` are",
            r.key(policy, entry.getKey()));
      }
    }
    JsonNode statements = p.get("CustomStatements");
    if (statements == null) {
      return null;
    }
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.put("Version", "2012-10-17");
    ArrayNode list = document.putArray("Statement");
    if (statements.isArray()) {
      statements.forEach(list::add);
    } else {
      list.add(statements);
    }
    return document;
  }

  private Endpoint endpoint(JsonNode node, SourceRange at) {
    String type;
    List<String> vpc = new ArrayList<>();
    if (node.isTextual()) {
      type = node.asText();
    } else if (node instanceof ObjectNode object) {
      Props e = Props.of(r, intrinsics, object);
      type = e.text("Type");
      if (type == null) {
        List<String> types = e.texts("Types");
        type = types.isEmpty() ? null : types.get(0);
      }
      vpc = e.has("VPCEndpointIds") ? e.texts("VPCEndpointIds") : e.texts("VpcEndpointIds");
    } else {
      r.error("template.type", "`EndpointConfiguration` must be a type or an object", at);
      return null;
    }
    EndpointType endpointType = EndpointType.EDGE;
    if (type != null && !type.contains("${")) {
      try {
        endpointType = EndpointType.valueOf(type.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        r.error(
            "template.value",
            "endpoint type `" + type + "`; expected EDGE, REGIONAL or PRIVATE",
            at);
      }
    }
    return new Endpoint(at, endpointType, vpc, false);
  }

  private Cors restCors(Props p) {
    JsonNode node = p.get("Cors");
    SourceRange at = p.key("Cors");
    if (node.isTextual()) {
      return new Cors(
          at, List.of(unquote(node.asText())), List.of(), List.of(), List.of(), null, null);
    }
    if (!(node instanceof ObjectNode object)) {
      r.error("template.type", "`Cors` must be an origin or an object", at);
      return null;
    }
    Props c = Props.of(r, intrinsics, object);
    String maxAge = c.text("MaxAge");
    Integer age = null;
    if (maxAge != null) {
      try {
        age = Integer.valueOf(unquote(maxAge).trim());
      } catch (NumberFormatException e) {
        r.error("template.value", "`MaxAge` must be a number of seconds", c.value("MaxAge"));
      }
    }
    return new Cors(
        at,
        split(c.text("AllowOrigin")),
        split(c.text("AllowMethods")),
        split(c.text("AllowHeaders")),
        List.of(),
        credentials(c),
        age);
  }

  /** SAM writes {@code AllowCredentials: true}, but also the header value {@code "'true'"}. */
  private Boolean credentials(Props c) {
    JsonNode node = c.get("AllowCredentials");
    if (node != null && node.isTextual()) {
      String text = unquote(node.asText()).trim();
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        return Boolean.valueOf(text);
      }
    }
    return c.bool("AllowCredentials");
  }

  /** {@code "'GET,POST'"}: SAM's CORS values are quoted header values. */
  private static List<String> split(String quoted) {
    List<String> out = new ArrayList<>();
    if (quoted == null) {
      return out;
    }
    for (String part : unquote(quoted).split(",")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private static String unquote(String text) {
    String t = text.strip();
    return t.length() >= 2 && t.startsWith("'") && t.endsWith("'")
        ? t.substring(1, t.length() - 1)
        : t;
  }

  private Cors httpCors(Props p) {
    JsonNode node = p.get("CorsConfiguration");
    SourceRange at = p.key("CorsConfiguration");
    if (node.isBoolean() || node.isTextual()) {
      if (!node.asBoolean() && !"true".equalsIgnoreCase(node.asText())) {
        return null;
      }
      return new Cors(at, List.of("*"), List.of("*"), List.of("*"), List.of(), null, null);
    }
    if (!(node instanceof ObjectNode object)) {
      r.error("template.type", "`CorsConfiguration` must be true or an object", at);
      return null;
    }
    Props c = Props.of(r, intrinsics, object);
    return new Cors(
        at,
        c.texts("AllowOrigins"),
        c.texts("AllowMethods"),
        c.texts("AllowHeaders"),
        c.texts("ExposeHeaders"),
        c.bool("AllowCredentials"),
        c.integer("MaxAge"));
  }

  private List<GatewayResponse> gatewayResponses(Props p) {
    List<GatewayResponse> out = new ArrayList<>();
    ObjectNode all = p.object("GatewayResponses");
    if (all == null) {
      return out;
    }
    for (Map.Entry<String, JsonNode> entry : all.properties()) {
      SourceRange at = r.key(all, entry.getKey());
      if (!(entry.getValue() instanceof ObjectNode response)) {
        continue;
      }
      Props g = Props.of(r, intrinsics, response);
      Map<String, String> headers = new LinkedHashMap<>();
      ObjectNode parameters = g.object("ResponseParameters");
      if (parameters != null) {
        headers.putAll(Props.of(r, intrinsics, parameters).map("Headers"));
      }
      out.add(
          new GatewayResponse(
              at, entry.getKey(), g.integer("StatusCode"), headers, g.map("ResponseTemplates")));
    }
    return out;
  }

  private void restStage(Props p, Stage.Builder stage) {
    stage.variables(p.map("Variables"));
    stage.cacheClusterEnabled(p.bool("CacheClusterEnabled"));
    stage.cacheClusterSize(p.text("CacheClusterSize"));
    stage.tracing(p.bool("TracingEnabled"));
    JsonNode settings = p.get("MethodSettings");
    if (settings instanceof ArrayNode list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) instanceof ObjectNode setting) {
          stage.setting(methodSetting(setting, r.positions.item(list, i)));
        }
      }
    }
    ObjectNode log = p.object("AccessLogSetting");
    if (log != null) {
      Props l = Props.of(r, intrinsics, log);
      stage.accessLog(
          new AccessLog(p.key("AccessLogSetting"), l.text("DestinationArn"), l.text("Format")));
    }
    ObjectNode canary = p.object("CanarySetting");
    if (canary != null) {
      stage.canary(canary(Props.of(r, intrinsics, canary), p.key("CanarySetting")));
    }
  }

  private Canary canary(Props c, SourceRange at) {
    return new Canary(
        at, c.decimal("PercentTraffic"), c.map("StageVariableOverrides"), c.bool("UseStageCache"));
  }

  /** A method setting of SAM or CloudFormation: {@code HttpMethod} and {@code ResourcePath}. */
  private MethodSetting methodSetting(ObjectNode setting, SourceRange at) {
    Props s = Props.of(r, intrinsics, setting);
    String method = s.text("HttpMethod");
    String path = s.text("ResourcePath");
    String route;
    if ((method == null || method.equals("*")) && (path == null || path.equals("/*"))) {
      route = MethodSetting.ALL_ROUTES;
    } else {
      String decoded = path == null ? "/*" : path.replace("~1", "/");
      if (!decoded.startsWith("/")) {
        decoded = "/" + decoded;
      }
      route = (method == null ? "*" : method.toUpperCase(Locale.ROOT)) + " " + decoded;
    }
    Double rate = s.decimal("ThrottlingRateLimit");
    Integer burst = s.integer("ThrottlingBurstLimit");
    return new MethodSetting(
        at,
        route,
        rate == null && burst == null ? null : new Throttle(at, rate, burst),
        r.enumValue(setting, "LoggingLevel", LoggingLevel.class),
        s.bool("DataTraceEnabled"),
        s.has("MetricsEnabled") ? s.bool("MetricsEnabled") : s.bool("DetailedMetricsEnabled"),
        s.bool("CachingEnabled"),
        s.integer("CacheTtlInSeconds"),
        s.bool("CacheDataEncrypted"),
        s.bool("RequireAuthorizationForCacheControl"));
  }

  private void httpStage(Props p, Stage.Builder stage) {
    stage.variables(p.map("StageVariables"));
    stage.autoDeploy(true);
    ObjectNode defaults = p.object("DefaultRouteSettings");
    if (defaults != null) {
      stage.setting(
          routeSetting(MethodSetting.ALL_ROUTES, defaults, p.key("DefaultRouteSettings")));
    }
    ObjectNode routes = p.object("RouteSettings");
    if (routes != null) {
      for (Map.Entry<String, JsonNode> entry : routes.properties()) {
        if (entry.getValue() instanceof ObjectNode setting) {
          stage.setting(routeSetting(entry.getKey(), setting, r.key(routes, entry.getKey())));
        }
      }
    }
    ObjectNode log = p.object("AccessLogSettings");
    if (log != null) {
      Props l = Props.of(r, intrinsics, log);
      stage.accessLog(
          new AccessLog(p.key("AccessLogSettings"), l.text("DestinationArn"), l.text("Format")));
    }
  }

  private MethodSetting routeSetting(String route, ObjectNode setting, SourceRange at) {
    Props s = Props.of(r, intrinsics, setting);
    Double rate = s.decimal("ThrottlingRateLimit");
    Integer burst = s.integer("ThrottlingBurstLimit");
    return new MethodSetting(
        at,
        route,
        rate == null && burst == null ? null : new Throttle(at, rate, burst),
        r.enumValue(setting, "LoggingLevel", LoggingLevel.class),
        s.bool("DataTraceEnabled"),
        s.bool("DetailedMetricsEnabled"),
        null,
        null,
        null,
        null);
  }

  private CustomDomain domain(Props p, String stage) {
    ObjectNode domain = p.object("Domain");
    if (domain == null) {
      return null;
    }
    Props d = Props.of(r, intrinsics, domain);
    String name = d.text("DomainName");
    if (name == null) {
      r.error("template.domain", "`Domain` needs a `DomainName`", p.key("Domain"));
      return null;
    }
    EndpointType type = null;
    String endpoint = d.text("EndpointConfiguration");
    if (endpoint != null) {
      try {
        type = EndpointType.valueOf(endpoint.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        r.error(
            "template.value",
            "endpoint type `" + endpoint + "`; expected EDGE or REGIONAL",
            d.value("EndpointConfiguration"));
      }
    }
    List<BasePathMapping> mappings = new ArrayList<>();
    List<String> paths = d.texts("BasePath");
    if (paths.isEmpty()) {
      paths = List.of("");
    }
    for (String path : paths) {
      String base = path.startsWith("/") ? path.substring(1) : path;
      mappings.add(new BasePathMapping(d.key("BasePath"), base, stage));
    }
    ObjectNode tls = d.object("MutualTlsAuthentication");
    return new CustomDomain(
        p.key("Domain"),
        name,
        d.text("CertificateArn"),
        type,
        d.text("SecurityPolicy"),
        tls == null ? null : Props.of(r, intrinsics, tls).text("TruststoreUri"),
        mappings);
  }

  /**
   * The {@code AWS::Lambda::Permission}s of the template that name a function (by {@code Ref},
   * {@code Fn::GetAtt} or its logical id), with their source ARN as written: lint checks how far
   * they reach. Read without resolving, so an ARN of the template's own API is no diagnostic.
   */
  private List<InvokePermission> invokePermissions(String functionId) {
    List<InvokePermission> out = new ArrayList<>();
    for (TemplateReader.Resource resource : resources.values()) {
      if (!resource.type().equals("AWS::Lambda::Permission") || resource.properties() == null) {
        continue;
      }
      ObjectNode p = resource.properties();
      if (!functionId.equals(Intrinsics.refName(p.get("FunctionName")))) {
        continue;
      }
      JsonNode principal = p.get("Principal");
      JsonNode arn = p.get("SourceArn");
      String sourceArn = null;
      if (arn != null && arn.isTextual()) {
        sourceArn = arn.asText();
      } else if (arn != null && arn.has("Fn::Sub")) {
        JsonNode sub = arn.get("Fn::Sub");
        sourceArn = sub.isArray() && sub.size() > 0 ? sub.get(0).asText() : sub.asText();
      } else if (arn != null) {
        sourceArn = arn.toString();
      }
      out.add(
          new InvokePermission(
              resource.at(),
              resource.id(),
              principal == null || !principal.isTextual() ? null : principal.asText(),
              sourceArn));
    }
    return out;
  }

  // ---------------------------------------------------------------- CloudFormation

  private Api cloudFormation(TemplateReader.Candidate api) {
    boolean http = api.protocol() == Protocol.HTTP;
    Props p = Props.of(r, intrinsics, api.resource().properties());
    Api.Builder b = definition(p, "Body", null, api.protocol());
    if (b == null) {
      if (p.has("BodyS3Location")) {
        r.warning(
            "template.definition-uri",
            "the definition is in S3; apigw reads local files only",
            p.key("BodyS3Location"));
      }
      b = Api.builder(api.id(), api.protocol()).source(api.at());
    }
    String name = p.text("Name");
    if (name != null) {
      b.name(name);
    }
    if (p.has("Description")) {
      b.description(p.text("Description"));
    }
    if (!http) {
      if (p.has("EndpointConfiguration")) {
        b.endpoint(endpoint(p.get("EndpointConfiguration"), p.value("EndpointConfiguration")));
      }
      if (p.has("BinaryMediaTypes")) {
        List<String> media = new ArrayList<>();
        p.texts("BinaryMediaTypes").forEach(t -> media.add(t.replace("~1", "/")));
        b.binaryMediaTypes(media);
      }
      if (p.has("MinimumCompressionSize")) {
        b.minimumCompressionSize(p.integer("MinimumCompressionSize"));
      }
      if (p.has("Policy")) {
        b.resourcePolicy(p.get("Policy"));
      }
    }
    List<Stage> stages = new ArrayList<>(b.build().stages());
    Map<String, String> stageIds = new LinkedHashMap<>();
    for (TemplateReader.Resource resource : resources.values()) {
      boolean stageType =
          resource.type().equals(http ? "AWS::ApiGatewayV2::Stage" : "AWS::ApiGateway::Stage");
      String apiField = http ? "ApiId" : "RestApiId";
      if (!stageType || !api.id().equals(Intrinsics.refName(resource.properties().get(apiField)))) {
        continue;
      }
      Props s = Props.of(r, intrinsics, resource.properties());
      String stageName = s.text("StageName");
      if (stageName == null) {
        continue;
      }
      stageIds.put(resource.id(), stageName);
      Stage.Builder stage =
          Stage.builder(stageName).source(resource.at()).description(s.text("Description"));
      if (http) {
        stage.variables(s.map("StageVariables"));
        stage.autoDeploy(s.bool("AutoDeploy"));
      } else {
        restStage(s, stage);
      }
      stages.removeIf(x -> x.name().equals(stageName));
      stages.add(stage.build());
    }
    b.stages(stages);
    if (!http) {
      keysAndPlans(api.id(), stageIds, b);
    }
    return b.build();
  }

  private void keysAndPlans(String apiId, Map<String, String> stageIds, Api.Builder b) {
    Map<String, String> keyNames = new LinkedHashMap<>();
    for (TemplateReader.Resource resource : resources.values()) {
      if (resource.type().equals("AWS::ApiGateway::ApiKey")) {
        Props k = Props.of(r, intrinsics, resource.properties());
        String name = k.text("Name");
        keyNames.put(resource.id(), name == null ? resource.id() : name);
      }
    }
    Map<String, List<String>> planKeys = new LinkedHashMap<>();
    for (TemplateReader.Resource resource : resources.values()) {
      if (resource.type().equals("AWS::ApiGateway::UsagePlanKey")) {
        String plan = Intrinsics.refName(resource.properties().get("UsagePlanId"));
        String key = Intrinsics.refName(resource.properties().get("KeyId"));
        if (plan != null && key != null && keyNames.containsKey(key)) {
          planKeys.computeIfAbsent(plan, x -> new ArrayList<>()).add(keyNames.get(key));
        }
      }
    }
    Set<String> usedKeys = new HashSet<>();
    for (TemplateReader.Resource resource : resources.values()) {
      if (!resource.type().equals("AWS::ApiGateway::UsagePlan")) {
        continue;
      }
      JsonNode apiStages = resource.properties().get("ApiStages");
      List<PlanStage> planStages = new ArrayList<>();
      if (apiStages instanceof ArrayNode list) {
        for (int i = 0; i < list.size(); i++) {
          JsonNode item = list.get(i);
          if (!apiId.equals(Intrinsics.refName(item.get("ApiId")))) {
            continue;
          }
          String stageRef = Intrinsics.refName(item.get("Stage"));
          String stage = stageIds.getOrDefault(stageRef, null);
          if (stage == null) {
            stage = Props.of(r, intrinsics, (ObjectNode) item).text("Stage");
          }
          if (stage != null) {
            planStages.add(new PlanStage(r.positions.item(list, i), stage, Map.of()));
          }
        }
      }
      if (planStages.isEmpty()) {
        continue;
      }
      Props u = Props.of(r, intrinsics, resource.properties());
      String name = u.text("UsagePlanName");
      Throttle throttle = null;
      ObjectNode t = u.object("Throttle");
      if (t != null) {
        Props tp = Props.of(r, intrinsics, t);
        throttle =
            new Throttle(u.key("Throttle"), tp.decimal("RateLimit"), tp.integer("BurstLimit"));
      }
      Quota quota = null;
      ObjectNode q = u.object("Quota");
      if (q != null) {
        Integer limit = Props.of(r, intrinsics, q).integer("Limit");
        QuotaPeriod period = r.enumValue(q, "Period", QuotaPeriod.class);
        if (limit != null && period != null) {
          quota =
              new Quota(
                  u.key("Quota"), limit, period, Props.of(r, intrinsics, q).integer("Offset"));
        }
      }
      List<String> keys = planKeys.getOrDefault(resource.id(), List.of());
      usedKeys.addAll(keys);
      b.usagePlan(
          new UsagePlan(
              resource.at(),
              name == null ? resource.id() : name,
              u.text("Description"),
              throttle,
              quota,
              planStages,
              keys));
    }
    for (TemplateReader.Resource resource : resources.values()) {
      if (resource.type().equals("AWS::ApiGateway::ApiKey")
          && usedKeys.contains(keyNames.get(resource.id()))) {
        Props k = Props.of(r, intrinsics, resource.properties());
        Boolean enabled = k.bool("Enabled");
        b.apiKey(
            new ApiKey(
                resource.at(),
                keyNames.get(resource.id()),
                k.text("Value"),
                enabled == null || enabled,
                k.text("Description")));
      }
    }
  }

  // ---------------------------------------------------------------- functions

  /**
   * Integrations and authorizers that call a function of the template name it, and the model gets
   * those functions, so that {@code serve} runs them.
   */
  private Api linkFunctions(Api api) {
    Api.Builder b = api.toBuilder();
    List<Route> routes = new ArrayList<>();
    for (Route route : api.routes()) {
      Integration integration = route.integration();
      if (integration != null && integration.function() == null && integration.kind().isLambda()) {
        String function = templateFunction(integration.uri());
        if (function != null) {
          route =
              route.toBuilder()
                  .integration(integration.toBuilder().function(function).uri(null).build())
                  .build();
        }
      }
      routes.add(route);
    }
    b.routes(routes);
    List<Authorizer> authorizers = new ArrayList<>();
    for (Authorizer authorizer : api.authorizers()) {
      if (authorizer.function() == null && authorizer.uri() != null) {
        String function = templateFunction(authorizer.uri());
        if (function != null) {
          authorizer = authorizer.toBuilder().function(function).uri(null).build();
        }
      }
      authorizers.add(authorizer);
    }
    b.authorizers(authorizers);
    Map<String, Function> used = new LinkedHashMap<>();
    for (Function function : api.functions()) {
      used.put(function.name(), function);
    }
    List<String> names = new ArrayList<>();
    routes.forEach(
        x -> {
          if (x.integration() != null && x.integration().function() != null) {
            names.add(x.integration().function());
          }
        });
    authorizers.forEach(
        x -> {
          if (x.function() != null) {
            names.add(x.function());
          }
        });
    for (String name : names) {
      TemplateReader.Resource resource = resources.get(name);
      if (!used.containsKey(name) && resource != null && Intrinsics.isFunction(resource.type())) {
        used.put(name, functions.computeIfAbsent(name, n -> functionReader.read(resource)));
      }
    }
    List<Function> withPermissions = new ArrayList<>();
    for (Function function : used.values()) {
      List<InvokePermission> granted = invokePermissions(function.name());
      withPermissions.add(granted.isEmpty() ? function : function.withInvokePermissions(granted));
    }
    b.functions(withPermissions);
    if (pendingPlanStage != null) {
      Api built = b.build();
      List<UsagePlan> plans = new ArrayList<>();
      for (UsagePlan plan : built.usagePlans()) {
        if (plan.name().equals(pendingPlanStage)
            && plan.stages().isEmpty()
            && !built.stages().isEmpty()) {
          plan =
              new UsagePlan(
                  plan.source(),
                  plan.name(),
                  plan.description(),
                  plan.throttle(),
                  plan.quota(),
                  List.of(new PlanStage(plan.source(), built.stages().get(0).name(), Map.of())),
                  plan.keys());
        }
        plans.add(plan);
      }
      b.usagePlans(plans);
    }
    return b.build();
  }
}
