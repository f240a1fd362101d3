package io.apigw.deployers.direct.v2;

import io.apigw.deployers.aws.DeployException;
import io.apigw.deployers.deploy.DirectOptions;
import io.apigw.deployers.deploy.Managed;
import io.apigw.deployers.plan.State;
import io.apigw.model.Authorization;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Cors;
import io.apigw.model.IntegrationKind;
import io.apigw.model.MethodSetting;
import io.apigw.model.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.apigatewayv2.model.AccessLogSettings;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.Authorizer;
import software.amazon.awssdk.services.apigatewayv2.model.Integration;
import software.amazon.awssdk.services.apigatewayv2.model.Route;
import software.amazon.awssdk.services.apigatewayv2.model.RouteResponse;
import software.amazon.awssdk.services.apigatewayv2.model.RouteSettings;
import software.amazon.awssdk.services.apigatewayv2.model.Stage;

/**
 * An HTTP or WebSocket API as a plan compares it, built two ways that must agree: {@link #desired}
 * from the model and {@link Live#state} from apigatewayv2's answers. Both go through the same spec
 * records ({@link ApiSpec}, {@link RouteSpec}, ...), whose {@code fields()} make the {@link State}
 * items, so an unchanged API diffs empty by construction; what differs between the two sides is
 * only the defaults, which the desired side fills in as AWS does (and the deployer sends them
 * explicitly, so AWS and emulators answer the same values).
 *
 * <p>Categories: {@value #API} (the API's own settings, CORS, tags), {@value #ROUTE} (per route
 * key, its integration's settings inlined: integrations have no name of their own in apigatewayv2,
 * so a route is what a user recognises), {@value #AUTHORIZER} (by name), {@value #STAGE} (by name),
 * {@value #INTEGRATION} (live only: integrations no route targets, by id and what they call, which
 * the definition never wants, so they show as removals).
 */
public final class V2State {
  public static final String API = "api";
  public static final String ROUTE = "route";
  public static final String AUTHORIZER = "authorizer";
  public static final String STAGE = "stage";
  public static final String INTEGRATION = "integration";

  /** What AWS fills in when an HTTP API's route selection expression is not given. */
  static final String HTTP_ROUTE_SELECTION = "$request.method $request.path";

  /** What AWS fills in when no API key selection expression is given. */
  static final String API_KEY_SELECTION = "$request.header.x-api-key";

  /** Integration timeouts AWS applies when none is given (HTTP: 30 s; WebSocket: 29 s). */
  static final int HTTP_TIMEOUT_MILLIS = 30_000;

  static final int WEBSOCKET_TIMEOUT_MILLIS = 29_000;

  /** The one route response key WebSocket APIs support. */
  static final String ROUTE_RESPONSE = "$default";

  private V2State() {}

  // ---------------------------------------------------------------- specs

  /** The API's own settings. {@code protocol} is {@code HTTP} or {@code WEBSOCKET}. */
  public record ApiSpec(
      String name,
      String protocol,
      String description,
      String version,
      String routeSelection,
      String apiKeySelection,
      CorsSpec cors,
      boolean disableExecuteApiEndpoint,
      Map<String, String> tags) {
    public ApiSpec {
      tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    Map<String, String> fields() {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("protocol", protocol);
      f.put("description", description);
      f.put("version", version);
      f.put("route selection", routeSelection);
      f.put("api key selection", apiKeySelection);
      if (cors != null) {
        f.putAll(cors.fields());
      }
      f.put("disable execute-api endpoint", disableExecuteApiEndpoint ? "true" : null);
      f.put("tags", joined(tags));
      return f;
    }
  }

  /** An HTTP API's CORS configuration; lists sorted (AWS keeps sets), header names lower case. */
  public record CorsSpec(
      List<String> origins,
      List<String> methods,
      List<String> headers,
      List<String> exposeHeaders,
      Boolean credentials,
      Integer maxAgeSeconds) {
    public CorsSpec {
      origins = sorted(origins, false);
      methods = sorted(methods, false);
      headers = sorted(headers, true);
      exposeHeaders = sorted(exposeHeaders, true);
      credentials = Boolean.TRUE.equals(credentials) ? Boolean.TRUE : null;
    }

    static CorsSpec of(software.amazon.awssdk.services.apigatewayv2.model.Cors cors) {
      if (cors == null) {
        return null;
      }
      return new CorsSpec(
          cors.allowOrigins(),
          cors.allowMethods(),
          cors.allowHeaders(),
          cors.exposeHeaders(),
          cors.allowCredentials(),
          cors.maxAge());
    }

    Map<String, String> fields() {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("cors origins", list(origins));
      f.put("cors methods", list(methods));
      f.put("cors headers", list(headers));
      f.put("cors expose headers", list(exposeHeaders));
      f.put("cors credentials", credentials == null ? null : "true");
      f.put("cors max age", maxAgeSeconds == null ? null : maxAgeSeconds.toString());
      return f;
    }

    software.amazon.awssdk.services.apigatewayv2.model.Cors toSdk() {
      return software.amazon.awssdk.services.apigatewayv2.model.Cors.builder()
          .allowOrigins(origins.isEmpty() ? null : origins)
          .allowMethods(methods.isEmpty() ? null : methods)
          .allowHeaders(headers.isEmpty() ? null : headers)
          .exposeHeaders(exposeHeaders.isEmpty() ? null : exposeHeaders)
          .allowCredentials(credentials)
          .maxAge(maxAgeSeconds)
          .build();
    }
  }

  /** What a route calls: one apigatewayv2 integration. */
  public record IntegrationSpec(
      String type,
      String subtype,
      String uri,
      String method,
      String payloadFormatVersion,
      Integer timeoutMillis,
      String connectionType,
      String connectionId,
      String credentials,
      Map<String, String> requestParameters,
      Map<String, String> requestTemplates,
      String templateSelection,
      String passthroughBehavior,
      String contentHandling) {
    public IntegrationSpec {
      requestParameters = requestParameters == null ? Map.of() : Map.copyOf(requestParameters);
      requestTemplates = requestTemplates == null ? Map.of() : Map.copyOf(requestTemplates);
    }

    static IntegrationSpec of(Integration i, String protocol) {
      boolean http = protocol.equals("HTTP");
      String type = i.integrationTypeAsString();
      return new IntegrationSpec(
          type,
          i.integrationSubtype(),
          i.integrationUri(),
          i.integrationMethod(),
          http ? i.payloadFormatVersion() : null,
          i.timeoutInMillis(),
          i.connectionTypeAsString(),
          i.connectionId(),
          i.credentialsArn(),
          i.hasRequestParameters() ? i.requestParameters() : Map.of(),
          i.hasRequestTemplates() ? i.requestTemplates() : Map.of(),
          i.templateSelectionExpression(),
          !http && !type.endsWith("_PROXY") ? i.passthroughBehaviorAsString() : null,
          i.contentHandlingStrategyAsString());
    }

    Map<String, String> fields() {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("integration", type);
      f.put("integration subtype", subtype);
      f.put("integration uri", uri);
      f.put("integration method", method);
      f.put("payload format", payloadFormatVersion);
      f.put("timeout ms", timeoutMillis == null ? null : timeoutMillis.toString());
      f.put("connection type", connectionType);
      f.put("connection id", connectionId);
      f.put("integration role", credentials);
      f.put("integration parameters", joined(requestParameters));
      f.put("request templates", joined(requestTemplates));
      f.put("template selection", templateSelection);
      f.put("passthrough", passthroughBehavior);
      f.put("content handling", contentHandling);
      return f;
    }
  }

  /** A route and, inlined, its integration (null when it calls nothing yet). */
  public record RouteSpec(
      String key,
      IntegrationSpec integration,
      String authorizationType,
      String authorizer,
      List<String> scopes,
      boolean apiKeyRequired,
      String operationName,
      String routeResponseSelection,
      List<String> routeResponses,
      Map<String, Boolean> requestParameters) {
    public RouteSpec {
      scopes = sorted(scopes, false);
      routeResponses = sorted(routeResponses, false);
      requestParameters = requestParameters == null ? Map.of() : Map.copyOf(requestParameters);
    }

    Map<String, String> fields() {
      Map<String, String> f = new LinkedHashMap<>();
      if (integration != null) {
        f.putAll(integration.fields());
      }
      f.put("authorization", authorizationType);
      f.put("authorizer", authorizer);
      f.put("scopes", list(scopes));
      f.put("api key required", apiKeyRequired ? "true" : null);
      f.put("operation", operationName);
      f.put("route response selection", routeResponseSelection);
      f.put("route responses", list(routeResponses));
      Map<String, String> parameters = new TreeMap<>();
      requestParameters.forEach(
          (k, required) -> parameters.put(k, required ? "required" : "optional"));
      f.put("request parameters", joined(parameters));
      return f;
    }
  }

  /** An authorizer: Lambda ({@code REQUEST}) or {@code JWT}. */
  public record AuthorizerSpec(
      String name,
      String type,
      String uri,
      String credentials,
      List<String> identitySources,
      Integer ttlSeconds,
      String payloadFormatVersion,
      boolean simpleResponses,
      String issuer,
      List<String> audiences) {
    public AuthorizerSpec {
      identitySources = identitySources == null ? List.of() : List.copyOf(identitySources);
      audiences = sorted(audiences, false);
    }

    static AuthorizerSpec of(Authorizer a, String protocol) {
      boolean jwt = a.jwtConfiguration() != null;
      return new AuthorizerSpec(
          a.name(),
          a.authorizerTypeAsString(),
          a.authorizerUri(),
          a.authorizerCredentialsArn(),
          a.hasIdentitySource() ? a.identitySource() : List.of(),
          protocol.equals("HTTP") && !jwt ? a.authorizerResultTtlInSeconds() : null,
          protocol.equals("HTTP") && !jwt ? a.authorizerPayloadFormatVersion() : null,
          Boolean.TRUE.equals(a.enableSimpleResponses()),
          jwt ? a.jwtConfiguration().issuer() : null,
          jwt && a.jwtConfiguration().hasAudience() ? a.jwtConfiguration().audience() : List.of());
    }

    Map<String, String> fields() {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("type", type);
      f.put("uri", uri);
      f.put("role", credentials);
      f.put("identity", list(identitySources));
      f.put("ttl s", ttlSeconds == null ? null : ttlSeconds.toString());
      f.put("payload format", payloadFormatVersion);
      f.put("simple responses", simpleResponses ? "true" : null);
      f.put("issuer", issuer);
      f.put("audiences", list(audiences));
      return f;
    }
  }

  /**
   * Throttling, logging and metrics of all routes or one route of a stage; {@link #normal} drops
   * what AWS reports when nothing is set (metrics and data trace false, logging OFF).
   */
  public record RouteSettingsSpec(
      Double rateLimit,
      Integer burstLimit,
      String loggingLevel,
      Boolean dataTrace,
      Boolean detailedMetrics) {
    RouteSettingsSpec normal() {
      return new RouteSettingsSpec(
          rateLimit,
          burstLimit,
          loggingLevel == null || loggingLevel.equals("OFF") ? null : loggingLevel,
          Boolean.TRUE.equals(dataTrace) ? Boolean.TRUE : null,
          Boolean.TRUE.equals(detailedMetrics) ? Boolean.TRUE : null);
    }

    /** Whether {@code want} leaves out a setting this one has, which no update can unset. */
    boolean drops(RouteSettingsSpec want) {
      RouteSettingsSpec have = normal();
      RouteSettingsSpec w =
          want == null ? new RouteSettingsSpec(null, null, null, null, null) : want.normal();
      return (have.rateLimit != null && w.rateLimit == null)
          || (have.burstLimit != null && w.burstLimit == null)
          || (have.loggingLevel != null && w.loggingLevel == null)
          || (have.dataTrace != null && w.dataTrace == null)
          || (have.detailedMetrics != null && w.detailedMetrics == null);
    }

    boolean isEmpty() {
      RouteSettingsSpec n = normal();
      return n.rateLimit == null
          && n.burstLimit == null
          && n.loggingLevel == null
          && n.dataTrace == null
          && n.detailedMetrics == null;
    }

    static RouteSettingsSpec of(RouteSettings s) {
      if (s == null) {
        return new RouteSettingsSpec(null, null, null, null, null);
      }
      return new RouteSettingsSpec(
              s.throttlingRateLimit(),
              s.throttlingBurstLimit(),
              s.loggingLevelAsString(),
              s.dataTraceEnabled(),
              s.detailedMetricsEnabled())
          .normal();
    }

    static RouteSettingsSpec of(MethodSetting s) {
      return new RouteSettingsSpec(
              s.throttle() == null ? null : s.throttle().rateLimit(),
              s.throttle() == null ? null : s.throttle().burstLimit(),
              s.loggingLevel() == null ? null : s.loggingLevel().name(),
              s.dataTrace(),
              s.metrics())
          .normal();
    }

    RouteSettings toSdk() {
      return RouteSettings.builder()
          .throttlingRateLimit(rateLimit)
          .throttlingBurstLimit(burstLimit)
          .loggingLevel(loggingLevel)
          .dataTraceEnabled(dataTrace)
          .detailedMetricsEnabled(detailedMetrics)
          .build();
    }

    void into(Map<String, String> f, String prefix) {
      RouteSettingsSpec n = normal();
      f.put(prefix + "throttle rate", number(n.rateLimit));
      f.put(prefix + "throttle burst", n.burstLimit == null ? null : n.burstLimit.toString());
      f.put(prefix + "logging", n.loggingLevel);
      f.put(prefix + "data trace", n.dataTrace == null ? null : "true");
      f.put(prefix + "detailed metrics", n.detailedMetrics == null ? null : "true");
    }
  }

  /** A stage: auto deploy, variables, default and per-route settings, access log. */
  public record StageSpec(
      String name,
      String description,
      boolean autoDeploy,
      Map<String, String> variables,
      RouteSettingsSpec defaults,
      Map<String, RouteSettingsSpec> routeSettings,
      String accessLogDestination,
      String accessLogFormat) {
    public StageSpec {
      variables = variables == null ? Map.of() : Map.copyOf(variables);
      defaults = defaults == null ? new RouteSettingsSpec(null, null, null, null, null) : defaults;
      Map<String, RouteSettingsSpec> kept = new TreeMap<>();
      if (routeSettings != null) {
        routeSettings.forEach(
            (route, s) -> {
              if (!s.isEmpty()) {
                kept.put(route, s.normal());
              }
            });
      }
      routeSettings = Map.copyOf(kept);
    }

    static StageSpec of(Stage s) {
      Map<String, RouteSettingsSpec> routes = new TreeMap<>();
      if (s.hasRouteSettings()) {
        s.routeSettings()
            .forEach((route, settings) -> routes.put(route, RouteSettingsSpec.of(settings)));
      }
      AccessLogSettings log = s.accessLogSettings();
      return new StageSpec(
          s.stageName(),
          blankToNull(s.description()),
          Boolean.TRUE.equals(s.autoDeploy()),
          s.hasStageVariables() ? s.stageVariables() : Map.of(),
          RouteSettingsSpec.of(s.defaultRouteSettings()),
          routes,
          log == null ? null : log.destinationArn(),
          log == null ? null : log.format());
    }

    Map<String, String> fields() {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("description", description);
      f.put("auto deploy", Boolean.toString(autoDeploy));
      f.put("variables", joined(variables));
      defaults.into(f, "");
      new TreeMap<>(routeSettings).forEach((route, s) -> s.into(f, route + " "));
      f.put("access log", accessLogDestination);
      f.put("access log format", accessLogFormat);
      return f;
    }
  }

  // ---------------------------------------------------------------- desired

  /** What the definition asks for; item maps keep the definition's order. */
  public record Desired(
      ApiSpec api,
      Map<String, AuthorizerSpec> authorizers,
      Map<String, RouteSpec> routes,
      Map<String, StageSpec> stages) {
    public State state() {
      State state = categories(new State());
      state.put(API, api.name(), api.fields());
      authorizers.forEach((name, a) -> state.put(AUTHORIZER, name, a.fields()));
      routes.forEach((key, r) -> state.put(ROUTE, key, r.fields()));
      stages.forEach((name, s) -> state.put(STAGE, name, s.fields()));
      return state;
    }

    boolean websocket() {
      return api.protocol().equals("WEBSOCKET");
    }
  }

  static State categories(State state) {
    return state
        .category(API)
        .category(AUTHORIZER)
        .category(ROUTE)
        .category(INTEGRATION)
        .category(STAGE);
  }

  /**
   * The specs of {@code api} (an HTTP or WebSocket API) in {@code region} of {@code accountId}.
   * Lambda integrations call the function's ARN ({@code arn:aws:lambda:REGION:ACCOUNT:function:
   * NAME}, or the ARN the model holds); WebSocket APIs and authorizers need the invocation URI
   * around it, as the developer guide's Lambda integration pages say.
   */
  public static Desired desired(
      io.apigw.model.Api api, DirectOptions options, String region, String accountId) {
    if (api.protocol() == Protocol.REST) {
      throw new DeployException(
          api.name() + " is a REST API: the apigatewayv2 deployer takes HTTP and WebSocket APIs");
    }
    String protocol = api.protocol().name();
    boolean http = api.protocol() == Protocol.HTTP;
    Arns arns = new Arns(api, region, accountId);

    Map<String, String> tags = new LinkedHashMap<>(api.tags());
    tags.putAll(options.tags());
    tags.put(Managed.TAG, api.name());
    ApiSpec apiSpec =
        new ApiSpec(
            api.name(),
            protocol,
            api.description(),
            api.version(),
            api.routeSelectionExpression() != null
                ? api.routeSelectionExpression()
                : http ? HTTP_ROUTE_SELECTION : null,
            api.apiKeySelectionExpression() != null
                ? api.apiKeySelectionExpression()
                : API_KEY_SELECTION,
            http ? cors(api.cors()) : null,
            api.endpoint().disableExecuteApiEndpoint(),
            tags);

    Map<String, AuthorizerSpec> authorizers = new LinkedHashMap<>();
    for (io.apigw.model.Authorizer a : api.authorizers()) {
      authorizers.put(a.name(), authorizer(a, http, arns));
    }

    Map<String, RouteSpec> routes = new LinkedHashMap<>();
    for (io.apigw.model.Route r : api.routes()) {
      routes.put(r.key().text(), route(api, r, http, arns));
    }

    Map<String, StageSpec> stages = new LinkedHashMap<>();
    for (io.apigw.model.Stage s : api.stages()) {
      if (options.stage() == null || options.stage().equals(s.name())) {
        stages.put(s.name(), stage(s));
      }
    }
    if (options.stage() != null && stages.isEmpty()) {
      // A mistake in the command line, as for REST APIs (exit 2), not a failure of AWS.
      throw new IllegalArgumentException(
          "no stage named " + options.stage() + " in the definition of " + api.name());
    }
    return new Desired(apiSpec, authorizers, routes, stages);
  }

  private static CorsSpec cors(Cors cors) {
    if (cors == null) {
      return null;
    }
    return new CorsSpec(
        cors.allowOrigins(),
        cors.allowMethods(),
        cors.allowHeaders(),
        cors.exposeHeaders(),
        cors.allowCredentials(),
        cors.maxAgeSeconds());
  }

  private static AuthorizerSpec authorizer(io.apigw.model.Authorizer a, boolean http, Arns arns) {
    if (a.type() == AuthorizerType.JWT) {
      if (!http) {
        throw new DeployException(
            "authorizer " + a.name() + ": JWT authorizers are for HTTP APIs only");
      }
      List<String> identity =
          a.identitySources().isEmpty()
              ? List.of("$request.header.Authorization")
              : a.identitySources();
      return new AuthorizerSpec(
          a.name(), "JWT", null, null, identity, null, null, false, a.issuer(), a.audiences());
    }
    if (a.type() != AuthorizerType.REQUEST) {
      throw new DeployException(
          "authorizer "
              + a.name()
              + ": "
              + a.type()
              + " authorizers are REST only; HTTP APIs take request (Lambda) or jwt authorizers,"
              + " WebSocket APIs request authorizers");
    }
    String uri = a.uri();
    if (uri == null) {
      uri =
          Arns.invocationUri(
              arns.region, arns.function(a.functionName().orElseThrow(() -> noFunction(a.name()))));
    }
    String payload =
        http ? (a.payloadFormatVersion() == null ? "2.0" : a.payloadFormatVersion()) : null;
    return new AuthorizerSpec(
        a.name(),
        "REQUEST",
        uri,
        a.credentials(),
        a.identitySources(),
        // "Supported only for HTTP API Lambda authorizers"; caching off when not said.
        http ? (a.ttlSeconds() == null ? 0 : a.ttlSeconds()) : null,
        payload,
        http && "2.0".equals(payload) && Boolean.TRUE.equals(a.simpleResponses()),
        null,
        List.of());
  }

  private static DeployException noFunction(String authorizer) {
    return new DeployException("authorizer " + authorizer + " names no Lambda function");
  }

  private static RouteSpec route(
      io.apigw.model.Api api, io.apigw.model.Route r, boolean http, Arns arns) {
    String authorizationType = "NONE";
    String authorizer = null;
    List<String> scopes = List.of();
    if (r.authorization() instanceof Authorization.Iam) {
      authorizationType = "AWS_IAM";
    } else if (r.authorization() instanceof Authorization.Custom custom) {
      io.apigw.model.Authorizer a =
          api.authorizer(custom.authorizer())
              .orElseThrow(
                  () ->
                      new DeployException(
                          "route "
                              + r.key().text()
                              + " names authorizer "
                              + custom.authorizer()
                              + ", which the definition does not have"));
      authorizer = a.name();
      if (a.type() == AuthorizerType.JWT) {
        authorizationType = "JWT";
        scopes = custom.scopes();
      } else {
        authorizationType = "CUSTOM";
      }
    }
    return new RouteSpec(
        r.key().text(),
        r.integration() == null ? null : integration(r, http, arns),
        authorizationType,
        authorizer,
        scopes,
        r.apiKeyRequired(),
        r.operationId(),
        http ? null : r.routeResponseSelectionExpression(),
        // Developer guide, apigateway-websocket-api-route-response.md: API Gateway passes the
        // backend's answer to the client only through a route response, and only $default exists.
        http || r.routeResponseSelectionExpression() == null ? List.of() : List.of(ROUTE_RESPONSE),
        http ? Map.of() : requestParameters(r));
  }

  /**
   * A WebSocket route's request parameters as apigatewayv2 names them ({@code
   * route.request.header.NAME}, {@code route.request.querystring.NAME}); HTTP APIs have none on
   * routes (their path parameters are in the route key).
   */
  private static Map<String, Boolean> requestParameters(io.apigw.model.Route r) {
    Map<String, Boolean> parameters = new TreeMap<>();
    for (io.apigw.model.RequestParameter p : r.parameters()) {
      if (p.in() == io.apigw.model.ParamLocation.PATH) {
        throw new DeployException(
            "route "
                + r.key().text()
                + ": WebSocket routes take header and query string parameters, not path ones ("
                + p.name()
                + ")");
      }
      parameters.put("route.request." + p.in().mappingName() + "." + p.name(), p.required());
    }
    return parameters;
  }

  private static IntegrationSpec integration(io.apigw.model.Route r, boolean http, Arns arns) {
    io.apigw.model.Integration i = r.integration();
    Protocol protocol = http ? Protocol.HTTP : Protocol.WEBSOCKET;
    String type = i.kind().awsType(protocol);
    String uri = i.uri();
    String method = i.httpMethod();
    if (i.kind().isLambda()) {
      if (i.function() != null || uri == null) {
        String function =
            arns.function(
                i.functionName()
                    .orElseThrow(
                        () ->
                            new DeployException(
                                "route " + r.key().text() + " names no Lambda function")));
        uri = http ? function : Arns.invocationUri(arns.region, function);
      }
      method = "POST";
    } else if (i.kind() == IntegrationKind.MOCK) {
      method = null;
    } else if (http && (i.kind() == IntegrationKind.HTTP_PROXY) && method == null) {
      method = "ANY";
    }
    String payload = null;
    if (http) {
      payload =
          i.payloadFormatVersion() != null
              ? i.payloadFormatVersion()
              : type.equals("AWS_PROXY") && i.subtype() == null ? "2.0" : "1.0";
    }
    boolean proxy = type.endsWith("_PROXY");
    String passthrough = null;
    if (!http && !proxy) {
      passthrough =
          i.passthroughBehavior() == null ? "WHEN_NO_MATCH" : i.passthroughBehavior().name();
    }
    return new IntegrationSpec(
        type,
        i.subtype(),
        uri,
        method,
        payload,
        i.timeoutMillis() != null
            ? i.timeoutMillis()
            : http ? HTTP_TIMEOUT_MILLIS : WEBSOCKET_TIMEOUT_MILLIS,
        i.connectionType() == null ? "INTERNET" : i.connectionType().name(),
        i.connectionId(),
        i.credentials(),
        i.requestParameters(),
        http ? Map.of() : i.requestTemplates(),
        http ? null : i.templateSelectionExpression(),
        passthrough,
        http || i.contentHandling() == null ? null : i.contentHandling().name());
  }

  private static StageSpec stage(io.apigw.model.Stage s) {
    RouteSettingsSpec defaults =
        s.defaults()
            .map(RouteSettingsSpec::of)
            .orElse(new RouteSettingsSpec(null, null, null, null, null));
    Map<String, RouteSettingsSpec> routes = new TreeMap<>();
    for (MethodSetting setting : s.settings()) {
      if (!setting.appliesToAllRoutes()) {
        routes.put(setting.route(), RouteSettingsSpec.of(setting));
      }
    }
    return new StageSpec(
        s.name(),
        s.description(),
        Boolean.TRUE.equals(s.autoDeploy()),
        s.variables(),
        defaults,
        routes,
        s.accessLog() == null ? null : s.accessLog().destinationArn(),
        s.accessLog() == null ? null : s.accessLog().format());
  }

  /** Builds ARNs in the API's region and account. */
  static final class Arns {
    final String region;
    final String partition;
    private final String accountId;
    private final io.apigw.model.Api api;

    Arns(io.apigw.model.Api api, String region, String accountId) {
      this.api = api;
      this.region = region;
      this.accountId = accountId;
      this.partition = partition(region);
    }

    /** The model's ARN for the function, or the one AWS gives a function of that name. */
    String function(String name) {
      return api.function(name)
          .map(io.apigw.model.Function::arn)
          .filter(arn -> arn != null && !arn.isBlank())
          .orElse("arn:" + partition + ":lambda:" + region + ":" + accountId + ":function:" + name);
    }

    static String invocationUri(String region, String functionArn) {
      return "arn:"
          + partition(region)
          + ":apigateway:"
          + region
          + ":lambda:path/2015-03-31/functions/"
          + functionArn
          + "/invocations";
    }

    static String apiArn(String region, String apiId) {
      return "arn:" + partition(region) + ":apigateway:" + region + "::/apis/" + apiId;
    }

    static String partition(String region) {
      if (region.startsWith("cn-")) {
        return "aws-cn";
      }
      return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }
  }

  // ---------------------------------------------------------------- live

  /**
   * What AWS answered for one API: the API, its routes by key, integrations by id, authorizers by
   * name and stages by name. The ids are what the deployer updates and deletes.
   */
  public record Live(
      Api api,
      Map<String, Route> routes,
      Map<String, Integration> integrations,
      Map<String, Authorizer> authorizers,
      Map<String, Stage> stages,
      Map<String, List<RouteResponse>> routeResponses) {
    public Live {
      routes = Map.copyOf(routes);
      integrations = Map.copyOf(integrations);
      authorizers = Map.copyOf(authorizers);
      stages = Map.copyOf(stages);
      routeResponses = routeResponses == null ? null : Map.copyOf(routeResponses);
    }

    /**
     * Reads everything of {@code api} (one paginated list call per kind). With {@code emulator},
     * authorizers are read one by one from the ids the routes name, as moto 5.2 has no
     * GetAuthorizers (its URL answers 500); an authorizer no route uses is then not seen.
     *
     * <p>Route responses (by route id) are read for the WebSocket routes that have a route response
     * selection expression, the only ones apigw gives one: one GetRouteResponses per such route.
     * With {@code emulator} they are not read (moto 5.2 has no GetRouteResponses) and {@code
     * routeResponses} is null: each such route is taken to have the {@code $default} one.
     */
    public static Live read(HttpApis apis, Api api, boolean emulator) {
      String id = api.apiId();
      Map<String, Route> routes = new LinkedHashMap<>();
      for (Route r : HttpApis.all(t -> apis.getRoutes(id, t))) {
        routes.put(r.routeKey(), r);
      }
      Map<String, Integration> integrations = new LinkedHashMap<>();
      for (Integration i : HttpApis.all(t -> apis.getIntegrations(id, t))) {
        integrations.put(i.integrationId(), i);
      }
      Map<String, Authorizer> authorizers = new LinkedHashMap<>();
      if (emulator) {
        for (String authorizerId :
            routes.values().stream()
                .map(Route::authorizerId)
                .filter(a -> a != null)
                .distinct()
                .toList()) {
          Authorizer a = apis.getAuthorizer(id, authorizerId);
          authorizers.put(a.name(), a);
        }
      } else {
        for (Authorizer a : HttpApis.all(t -> apis.getAuthorizers(id, t))) {
          authorizers.put(a.name(), a);
        }
      }
      Map<String, Stage> stages = new LinkedHashMap<>();
      for (Stage s : HttpApis.all(t -> apis.getStages(id, t))) {
        stages.put(s.stageName(), s);
      }
      Map<String, List<RouteResponse>> routeResponses = null;
      if (!emulator && api.protocolTypeAsString().equals("WEBSOCKET")) {
        routeResponses = new LinkedHashMap<>();
        for (Route r : routes.values()) {
          if (blankToNull(r.routeResponseSelectionExpression()) != null) {
            String routeId = r.routeId();
            routeResponses.put(routeId, HttpApis.all(t -> apis.getRouteResponses(id, routeId, t)));
          }
        }
      }
      return new Live(api, routes, integrations, authorizers, stages, routeResponses);
    }

    public String protocol() {
      return api.protocolTypeAsString();
    }

    /** The integration a route targets ({@code integrations/ID}), if any. */
    public Integration integrationOf(Route route) {
      String target = route.target();
      if (target == null || !target.startsWith("integrations/")) {
        return null;
      }
      return integrations.get(target.substring("integrations/".length()));
    }

    /**
     * Integrations no route targets, by a name that says what they call ({@code ID (TYPE URI)}):
     * left by a route that failed half-way or made by hand in an API apigw manages (it carries the
     * apigw tag, so everything in it is apigw's).
     */
    public Map<String, Integration> unusedIntegrations() {
      Set<String> used = new HashSet<>();
      for (Route r : routes.values()) {
        Integration i = integrationOf(r);
        if (i != null) {
          used.add(i.integrationId());
        }
      }
      Map<String, Integration> unused = new TreeMap<>();
      for (Integration i : integrations.values()) {
        if (!used.contains(i.integrationId())) {
          String uri = i.integrationUri() == null ? "" : " " + i.integrationUri();
          unused.put(i.integrationId() + " (" + i.integrationTypeAsString() + uri + ")", i);
        }
      }
      return unused;
    }

    public ApiSpec apiSpec() {
      return new ApiSpec(
          api.name(),
          protocol(),
          // UpdateApi clears a description by setting it empty.
          blankToNull(api.description()),
          api.version(),
          api.routeSelectionExpression(),
          api.apiKeySelectionExpression(),
          protocol().equals("HTTP") ? CorsSpec.of(api.corsConfiguration()) : null,
          Boolean.TRUE.equals(api.disableExecuteApiEndpoint()),
          api.hasTags() ? api.tags() : Map.of());
    }

    /** The route's responses as read; null where they could not be (an emulator). */
    public List<RouteResponse> routeResponsesOf(Route r) {
      return routeResponses == null ? null : routeResponses.getOrDefault(r.routeId(), List.of());
    }

    public RouteSpec routeSpec(Route r) {
      Map<String, String> byId = new LinkedHashMap<>();
      authorizers.forEach((name, a) -> byId.put(a.authorizerId(), name));
      Integration integration = integrationOf(r);
      String authorizer =
          r.authorizerId() == null ? null : byId.getOrDefault(r.authorizerId(), r.authorizerId());
      String type = r.authorizationTypeAsString() == null ? "NONE" : r.authorizationTypeAsString();
      return new RouteSpec(
          r.routeKey(),
          integration == null ? null : IntegrationSpec.of(integration, protocol()),
          type,
          type.equals("NONE") || type.equals("AWS_IAM") ? null : authorizer,
          r.hasAuthorizationScopes() ? r.authorizationScopes() : List.of(),
          Boolean.TRUE.equals(r.apiKeyRequired()),
          r.operationName(),
          r.routeResponseSelectionExpression(),
          routeResponses == null
              ? (blankToNull(r.routeResponseSelectionExpression()) == null
                  ? List.of()
                  : List.of(ROUTE_RESPONSE))
              : routeResponsesOf(r).stream().map(RouteResponse::routeResponseKey).toList(),
          requestParameters(r));
    }

    private static Map<String, Boolean> requestParameters(Route r) {
      Map<String, Boolean> parameters = new TreeMap<>();
      if (r.hasRequestParameters()) {
        r.requestParameters()
            .forEach((k, c) -> parameters.put(k, c != null && Boolean.TRUE.equals(c.required())));
      }
      return parameters;
    }

    /** The live state; with {@code stage} set, only that stage is compared. */
    public State state(String stage) {
      State state = categories(new State());
      ApiSpec a = apiSpec();
      state.put(API, a.name(), a.fields());
      authorizers.values().stream()
          .sorted(Comparator.comparing(Authorizer::name))
          .forEach(x -> state.put(AUTHORIZER, x.name(), AuthorizerSpec.of(x, protocol()).fields()));
      routes.values().stream()
          .sorted(Comparator.comparing(Route::routeKey))
          .forEach(r -> state.put(ROUTE, r.routeKey(), routeSpec(r).fields()));
      unusedIntegrations()
          .forEach(
              (name, i) ->
                  state.put(INTEGRATION, name, IntegrationSpec.of(i, protocol()).fields()));
      stages.values().stream()
          .filter(s -> stage == null || stage.equals(s.stageName()))
          .sorted(Comparator.comparing(Stage::stageName))
          .forEach(s -> state.put(STAGE, s.stageName(), StageSpec.of(s).fields()));
      return state;
    }
  }

  // ---------------------------------------------------------------- text

  private static List<String> sorted(List<String> values, boolean lowerCase) {
    if (values == null) {
      return List.of();
    }
    List<String> copy = new ArrayList<>();
    for (String v : values) {
      copy.add(lowerCase ? v.toLowerCase(Locale.ROOT) : v);
    }
    copy.sort(null);
    return List.copyOf(copy);
  }

  private static String list(List<String> values) {
    return values == null || values.isEmpty() ? null : String.join(", ", values);
  }

  private static String joined(Map<String, String> map) {
    if (map == null || map.isEmpty()) {
      return null;
    }
    return new TreeMap<>(map)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
  }

  static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  static String number(Double value) {
    if (value == null) {
      return null;
    }
    return value == Math.rint(value) && !value.isInfinite()
        ? Long.toString(value.longValue())
        : value.toString();
  }
}
