package io.apigw.model.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigw.model.AccessLog;
import io.apigw.model.Api;
import io.apigw.model.ApiKey;
import io.apigw.model.ApiKeySource;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.BasePathMapping;
import io.apigw.model.Canary;
import io.apigw.model.ConnectionType;
import io.apigw.model.ContentHandling;
import io.apigw.model.Cors;
import io.apigw.model.CustomDomain;
import io.apigw.model.Endpoint;
import io.apigw.model.EndpointType;
import io.apigw.model.Function;
import io.apigw.model.GatewayResponse;
import io.apigw.model.HttpMethod;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.IntegrationResponse;
import io.apigw.model.LoggingLevel;
import io.apigw.model.MethodResponse;
import io.apigw.model.MethodSetting;
import io.apigw.model.ParamLocation;
import io.apigw.model.PassthroughBehavior;
import io.apigw.model.PlanStage;
import io.apigw.model.Protocol;
import io.apigw.model.Quota;
import io.apigw.model.QuotaPeriod;
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
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Models for the DSL tests: one with every field set, one with awkward text everywhere. */
final class Models {
  private Models() {}

  private static final SourceRange NONE = SourceRange.NONE;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <K, V> Map<K, V> map(Object... pairs) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    @SuppressWarnings("unchecked")
    Map<K, V> typed = (Map<K, V>) map;
    return typed;
  }

  /** A REST API in which every field of every record holds something other than its default. */
  static Api kitchenSink() {
    return Api.builder("kitchen sink", Protocol.REST)
        .description("Everything at once.\nSecond line of the description.")
        .version("2024-06-01")
        .endpoint(new Endpoint(NONE, EndpointType.PRIVATE, List.of("vpce-0abc", "vpce-0def"), true))
        .apiKeySource(ApiKeySource.AUTHORIZER)
        .binaryMediaTypes(List.of("image/png", "*/*"))
        .minimumCompressionSize(1024)
        .cors(
            new Cors(
                NONE,
                List.of("https://a.example.com", "https://b.example.com"),
                List.of("GET", "POST"),
                List.of("Content-Type", "Authorization"),
                List.of("X-Request-Id"),
                true,
                300))
        .gatewayResponse(
            new GatewayResponse(
                NONE,
                "DEFAULT_4XX",
                400,
                map("Access-Control-Allow-Origin", "'*'", "X-Error", "method.request.header.x"),
                map(
                    "application/json",
                    "{\"message\": $context.error.messageString}",
                    "text/plain",
                    "line one\nline two")))
        .model(
            new SchemaModel(
                NONE,
                "Pet",
                "application/json",
                json("{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"integer\"}}}")))
        .model(
            new SchemaModel(
                NONE,
                "Pets",
                null,
                json(
                    "{\"type\": \"array\", \"items\": {\"$ref\": \"#/definitions/Pet\"},"
                        + " \"description\": \"A long enough schema to be printed as a text"
                        + " block rather than on one line\", \"minItems\": 1.5e3}")))
        .validator(new RequestValidator(NONE, "all", true, true))
        .validator(new RequestValidator(NONE, "params-only", false, true))
        .defaultValidator("all")
        .resourcePolicy(
            json(
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                    + " \"Principal\": \"*\", \"Action\": \"execute-api:Invoke\", \"Resource\":"
                    + " \"execute-api:/*\", \"Condition\": {\"StringEquals\": {\"aws:SourceVpce\":"
                    + " \"vpce-0abc\"}}}]}"))
        .tags(map("owner", "payments", "env", "prod"))
        .domain(
            new CustomDomain(
                NONE,
                "api.example.com",
                "arn:aws:acm:us-east-1:123456789012:certificate/abc",
                EndpointType.REGIONAL,
                "TLS_1_2",
                "s3://bucket/truststore.pem",
                List.of(
                    new BasePathMapping(NONE, "", "prod"), new BasePathMapping(NONE, "v1", "dev"))))
        .routeSelectionExpression("$request.body.action")
        .apiKeySelectionExpression("$request.header.x-api-key")
        .documentation(json("{\"version\": \"1.0\", \"documentationParts\": []}"))
        .importExportVersion("1.0")
        .function(
            new Function(
                NONE,
                "getPet",
                "arn:aws:lambda:us-east-1:123456789012:function:getPet",
                "nodejs20.x",
                "src/pets.get",
                "functions/",
                256,
                10,
                map("TABLE", "pets", "LOG_LEVEL", "debug"),
                4))
        .function(Function.ofArn("legacy", "arn:aws:lambda:us-east-1:123456789012:function:legacy"))
        .authorizer(
            Authorizer.builder("custom", AuthorizerType.REQUEST)
                .function("getPet")
                .uri(
                    "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                        + "arn:aws:lambda:us-east-1:123456789012:function:getPet/invocations")
                .credentials("arn:aws:iam::123456789012:role/invoker")
                .identitySources(
                    List.of("method.request.header.Authorization", "method.request.querystring.t"))
                .validationExpression("^Bearer .+$")
                .ttlSeconds(60)
                .payloadFormatVersion("2.0")
                .simpleResponses(false)
                .issuer("https://issuer.example.com")
                .audiences(List.of("a", "b"))
                .providerArns(List.of("arn:aws:cognito-idp:us-east-1:123456789012:userpool/x"))
                .authType("custom")
                .build())
        .authorizer(
            Authorizer.builder("tokenAuth", AuthorizerType.TOKEN)
                .function("legacy")
                .identitySource("method.request.header.Authorization")
                .simpleResponses(true)
                .build())
        .authorizer(
            Authorizer.builder("pool", AuthorizerType.COGNITO_USER_POOLS)
                .providerArns(List.of("arn:aws:cognito-idp:us-east-1:123456789012:userpool/y"))
                .build())
        .authorizer(
            Authorizer.builder("jwt", AuthorizerType.JWT)
                .issuer("https://issuer.example.com")
                .audiences(List.of("web"))
                .build())
        .stage(
            Stage.builder("prod")
                .description("Production")
                .variables(map("backend", "https://petstore.example.com", "tracing", "on"))
                .setting(
                    new MethodSetting(
                        NONE,
                        "*",
                        new Throttle(NONE, 100.0, 200),
                        LoggingLevel.INFO,
                        false,
                        true,
                        true,
                        300,
                        false,
                        true))
                .setting(
                    new MethodSetting(
                        NONE,
                        "GET /pets/{petId}",
                        new Throttle(NONE, 10.5, null),
                        LoggingLevel.ERROR,
                        true,
                        false,
                        false,
                        60,
                        true,
                        false))
                .cacheClusterEnabled(false)
                .cacheClusterSize("0.5")
                .accessLog(
                    new AccessLog(
                        NONE,
                        "arn:aws:logs:us-east-1:123456789012:log-group:api",
                        "$context.requestId $context.status"))
                .tracing(false)
                .canary(new Canary(NONE, 12.5, map("backend", "https://canary.example.com"), false))
                .autoDeploy(true)
                .tags(map("team", "pets"))
                .webAclArn(
                    "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/pets/a1b2c3d4-5678-90ab")
                .build())
        .stage(
            Stage.builder("dev")
                .setting(
                    new MethodSetting(
                        NONE,
                        "GET /pets",
                        new Throttle(NONE, null, 5),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .setting(
                    new MethodSetting(
                        NONE, "*", null, LoggingLevel.OFF, null, null, true, null, null, null))
                .cacheClusterEnabled(true)
                .cacheClusterSize("1.6")
                .tracing(true)
                .canary(new Canary(NONE, null, Map.of(), true))
                .autoDeploy(false)
                .build())
        .apiKey(new ApiKey(NONE, "partner-a", "secret-value-0123456789", false, "A partner"))
        .apiKey(new ApiKey(NONE, "partner-b", null, true, null))
        .usagePlan(
            new UsagePlan(
                NONE,
                "basic",
                "The basic plan",
                new Throttle(NONE, 10.0, 20),
                new Quota(NONE, 1000, QuotaPeriod.DAY, 1),
                List.of(
                    new PlanStage(
                        NONE,
                        "prod",
                        map(
                            "GET /pets/{petId}",
                            new Throttle(NONE, 5.0, 10),
                            "GET /pets",
                            new Throttle(NONE, 0.25, null))),
                    new PlanStage(NONE, "dev", Map.of())),
                List.of("partner-a", "partner-b")))
        .usagePlan(
            new UsagePlan(
                NONE,
                "reversed",
                null,
                null,
                new Quota(NONE, 5000, QuotaPeriod.WEEK, null),
                List.of(new PlanStage(NONE, "prod", Map.of())),
                List.of("partner-b", "partner-a")))
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.GET, "/pets/{petId}"))
                .operationId("getPet")
                .authorization(
                    new Authorization.Custom(NONE, "custom", List.of("pets/read", "pets/write")))
                .apiKeyRequired(true)
                .parameter(new RequestParameter(NONE, ParamLocation.PATH, "petId", true))
                .parameter(new RequestParameter(NONE, ParamLocation.QUERY, "page", false))
                .parameter(new RequestParameter(NONE, ParamLocation.HEADER, "X-Trace", true))
                .validator("params-only")
                .requestModel("application/json", "Pet")
                .requestModel("application/xml", "Pets")
                .integration(
                    Integration.builder(IntegrationKind.LAMBDA)
                        .function("getPet")
                        .uri(
                            "arn:aws:apigateway:us-east-1:lambda:path/functions/getPet/invocations")
                        .httpMethod("PUT")
                        .payloadFormatVersion("2.0")
                        .subtype("SQS-SendMessage")
                        .credentials("arn:aws:iam::123456789012:role/invoker")
                        .connectionType(ConnectionType.VPC_LINK)
                        .connectionId("${stageVariables.vpcLink}")
                        .timeoutMillis(1500)
                        .requestParameter(
                            "integration.request.header.x-id", "method.request.header.x-id")
                        .requestTemplate(
                            "application/json", "{\n  \"id\": \"$input.params('petId')\"\n}")
                        .passthroughBehavior(PassthroughBehavior.WHEN_NO_TEMPLATES)
                        .contentHandling(ContentHandling.CONVERT_TO_TEXT)
                        .response(
                            new IntegrationResponse(
                                NONE,
                                "default",
                                "200",
                                map(
                                    "method.response.header.Access-Control-Allow-Origin",
                                    "'*'",
                                    "method.response.body.x",
                                    "integration.response.body.x"),
                                map("application/json", "$input.json('$')"),
                                ContentHandling.CONVERT_TO_BINARY))
                        .response(
                            new IntegrationResponse(
                                NONE, "4\\d{2}", "400", Map.of(), Map.of(), null))
                        .cacheKeyParameters(List.of("method.request.path.petId"))
                        .cacheNamespace("pets")
                        .tls(new TlsConfig(NONE, true, "backend.internal"))
                        .templateSelectionExpression("\\$default")
                        .build())
                .response(
                    new MethodResponse(
                        NONE,
                        "200",
                        List.of("Access-Control-Allow-Origin"),
                        map("application/json", "Pet", "application/xml", "Pets")))
                .response(new MethodResponse(NONE, "400", List.of(), Map.of()))
                .routeResponseSelectionExpression("$default")
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.GET, "/pets"))
                .integration(
                    Integration.builder(IntegrationKind.LAMBDA_PROXY)
                        .function("getPet")
                        .httpMethod("POST")
                        .payloadFormatVersion("1.0")
                        .build())
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.POST, "/pets"))
                .authorization(Authorization.iam())
                .integration(
                    Integration.builder(IntegrationKind.HTTP_PROXY)
                        .uri("https://backend.example.com/pets?x=1")
                        .httpMethod("post")
                        .connectionType(ConnectionType.INTERNET)
                        .tls(new TlsConfig(NONE, false, null))
                        .build())
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.ANY, "/admin/{proxy+}"))
                .authorization(Authorization.custom("tokenAuth"))
                .integration(
                    Integration.builder(IntegrationKind.HTTP)
                        .uri("https://admin.internal/{proxy}")
                        .httpMethod("ANY")
                        .connectionType(ConnectionType.VPC_LINK)
                        .tls(new TlsConfig(NONE, false, "admin.internal"))
                        .build())
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.GET, "/health"))
                .integration(mock("200", "{\"status\": \"ok\"}"))
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.HEAD, "/health"))
                .integration(mock("204", null))
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.OPTIONS, "/pets"))
                .integration(
                    Integration.builder(IntegrationKind.MOCK)
                        .requestTemplate("application/json", "{\"statusCode\": 200}")
                        .response(
                            new IntegrationResponse(
                                NONE,
                                "default",
                                "200",
                                map("method.response.header.Access-Control-Allow-Methods", "'GET'"),
                                map("text/html", "<html></html>"),
                                null))
                        .build())
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.POST, "/orders"))
                .integration(
                    Integration.builder(IntegrationKind.AWS_SERVICE)
                        .uri("arn:aws:apigateway:${AWS::Region}:sqs:action/SendMessage")
                        .httpMethod("POST")
                        .credentials("arn:aws:iam::123456789012:role/sqs")
                        .build())
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.PUT, "/orders"))
                .integration(
                    Integration.builder(IntegrationKind.AWS_SERVICE)
                        .uri("arn:aws:apigateway:us-east-1:states:path/x")
                        .subtype("StepFunctions-StartExecution")
                        .build())
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.DELETE, "/orders"))
                .integration(
                    Integration.builder(IntegrationKind.AWS_SERVICE)
                        .subtype("StepFunctions-StopExecution")
                        .build())
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.PATCH, "/legacy"))
                .authorization(new Authorization.None(NONE))
                .integration(
                    Integration.builder(IntegrationKind.LAMBDA_PROXY)
                        .uri(
                            "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                                + "arn:aws:lambda:us-east-1:123456789012:function:legacy/invocations")
                        .build())
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.GET, "/legacy"))
                .integration(
                    Integration.builder(IntegrationKind.LAMBDA_PROXY)
                        .function("legacy")
                        .httpMethod("POST")
                        .build())
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.GET, "/todo")).apiKeyRequired(true).build())
        .route(Route.builder(new RouteKey.Default()).build())
        .route(
            Route.builder(new RouteKey.WebSocket("sendMessage"))
                .integration(Integration.builder(IntegrationKind.MOCK).build())
                .build())
        .build();
  }

  /** A mock integration in exactly the shape {@code mock STATUS [BODY]} stands for. */
  static Integration mock(String status, String body) {
    return Integration.builder(IntegrationKind.MOCK)
        .requestTemplate("application/json", "{\"statusCode\": " + status + "}")
        .response(
            new IntegrationResponse(
                NONE,
                "default",
                status,
                Map.of(),
                body == null ? Map.of() : Map.of("application/json", body),
                null))
        .build();
  }

  /**
   * An HTTP API whose names and values are awkward to write: spaces, quotes, {@code #}, newlines,
   * {@code """}, unicode, empty strings, trailing commas, keywords as names.
   */
  static Api awkward() {
    String nasty = "a \"quoted\" # not a comment, \\ back\\slash\ttab";
    String block = "line one\n  \"\"\"\nline three";
    String keyword = "timeout";
    return Api.builder("my api: v2", Protocol.HTTP)
        .description("  leading spaces and a trailing newline\n")
        .version("")
        .binaryMediaTypes(List.of("a b", "", "trailing,", "{brace", "#hash", "=x"))
        .tags(map("", "", "key with space", "value, with comma,", "a=b", "c=d", "#", "é✓😀"))
        .cors(
            new Cors(
                NONE,
                List.of("", "a,b", "c d"),
                List.of("GET"),
                List.of("[x"),
                List.of(),
                false,
                0))
        .resourcePolicy(json("\"just a string\""))
        .documentation(json("null"))
        .function(
            new Function(
                NONE,
                "fn with space",
                "not-an-arn",
                "arn:looks-like-an-arn",
                "h=1",
                "",
                null,
                null,
                map("EMPTY", "", "SPACE", "a b", "MULTI", "x\ny"),
                null))
        .function(
            new Function(NONE, keyword, null, "runtime with space", null, null, -1, 0, Map.of(), 0))
        .function(new Function(NONE, "env", null, null, null, null, null, null, Map.of(), null))
        .authorizer(
            Authorizer.builder("iam", AuthorizerType.REQUEST)
                .function(keyword)
                .identitySources(List.of("$request.header.a,b"))
                .ttlSeconds(0)
                .build())
        .authorizer(
            Authorizer.builder("none", AuthorizerType.JWT)
                .identitySource("$request.header.Authorization")
                .issuer(nasty)
                .build())
        .authorizer(Authorizer.builder("", AuthorizerType.TOKEN).function("env").build())
        .stage(
            Stage.builder("$default")
                .description(block)
                .variables(map("vars", "1", "throttle", "2", "a b", "{not json", "empty", ""))
                .setting(
                    new MethodSetting(
                        NONE,
                        "*",
                        new Throttle(NONE, null, null),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .setting(
                    new MethodSetting(
                        NONE,
                        "*",
                        new Throttle(NONE, 1.0e-7, -1),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .setting(
                    new MethodSetting(
                        NONE, "GET /a b", null, null, null, null, null, null, null, null))
                .setting(
                    new MethodSetting(
                        NONE, "POST /x:", null, null, null, null, false, null, null, null))
                .cacheClusterEnabled(true)
                .cacheClusterSize("off")
                .accessLog(new AccessLog(NONE, null, "a\"b"))
                .canary(new Canary(NONE, 0.0, Map.of("format", "x y"), null))
                .build())
        .stage(
            Stage.builder("stage: two")
                .setting(
                    new MethodSetting(NONE, "*", null, null, null, null, null, null, true, null))
                .cacheClusterSize("big")
                .accessLog(new AccessLog(NONE, "format", null))
                .build())
        .apiKey(new ApiKey(NONE, "key one", "", true, ""))
        .apiKey(new ApiKey(NONE, "description", nasty, true, block))
        .usagePlan(
            new UsagePlan(
                NONE,
                "plan one",
                "",
                new Throttle(NONE, Double.NaN, null),
                new Quota(NONE, -5, QuotaPeriod.MONTH, 0),
                List.of(
                    new PlanStage(
                        NONE,
                        "$default",
                        map(
                            "GET /a b",
                            new Throttle(NONE, null, null),
                            "throttle",
                            Throttle.of(1.0, 2))),
                    new PlanStage(NONE, "stages", Map.of())),
                List.of("key one", "description")))
        .usagePlan(
            new UsagePlan(
                NONE, "keys", null, null, null, List.of(), List.of("nobody", "key one", "key one")))
        .model(new SchemaModel(NONE, "m", "", json("[1, 2.5, true, null, \"x\"]")))
        .model(new SchemaModel(NONE, "n", "a b", json("-3")))
        .model(new SchemaModel(NONE, "o", null, json("\"a string schema\"")))
        .model(new SchemaModel(NONE, "p", null, json("{}")))
        .validator(new RequestValidator(NONE, "none", false, false))
        .gatewayResponse(
            new GatewayResponse(
                NONE,
                "TYPE: odd",
                null,
                map("", "", "h", nasty),
                map("", block, "text/plain", "\"\"\"", "application/json", "{\"a\": [1, 2]}")))
        .domain(
            new CustomDomain(
                NONE,
                "->",
                null,
                null,
                null,
                null,
                List.of(new BasePathMapping(NONE, "->", "a b"))))
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.GET, "/a b"))
                .operationId("")
                .authorization(Authorization.custom("iam"))
                .parameter(new RequestParameter(NONE, ParamLocation.QUERY, "x!", false))
                .parameter(new RequestParameter(NONE, ParamLocation.HEADER, "a,b", true))
                .parameter(new RequestParameter(NONE, ParamLocation.PATH, "", false))
                .requestModel("text/plain; charset=utf-8", "m")
                .requestModel("models", "n")
                .integration(
                    Integration.builder(IntegrationKind.HTTP_PROXY)
                        .uri("GET")
                        .httpMethod("none")
                        .timeoutMillis(1)
                        .requestParameter("", "")
                        .requestParameter("a b", nasty)
                        .requestTemplate("", "")
                        .requestTemplate("x", block)
                        .requestTemplate("y", "{ \"unbalanced\": [ }")
                        .requestTemplate("z", "{\"balanced\": [1]}")
                        .requestTemplate("w", "ends with newline\r\n")
                        .response(new IntegrationResponse(NONE, "", "", Map.of(), Map.of(), null))
                        .response(
                            new IntegrationResponse(
                                NONE,
                                "default",
                                "200",
                                map("method.response.header.", "x", "", "y"),
                                map("text/html", "<b>\n</b>"),
                                null))
                        .cacheKeyParameters(List.of(""))
                        .build())
                .response(new MethodResponse(NONE, "", List.of("", "a b"), map("headers", "m")))
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.POST, "/mock"))
                .authorization(Authorization.custom("none"))
                .integration(mock("200", "not json \"at all\"\nmulti-line"))
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.PUT, "/mock"))
                .authorization(Authorization.custom(""))
                .integration(mock("201", "{\"a\": \"}\"}"))
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.DELETE, "/lambda"))
                .integration(
                    Integration.builder(IntegrationKind.LAMBDA_PROXY)
                        .function(keyword)
                        .httpMethod("none")
                        .build())
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.PATCH, "/lambda"))
                .integration(Integration.builder(IntegrationKind.LAMBDA).function("auth").build())
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.GET, "/aws"))
                .integration(
                    Integration.builder(IntegrationKind.AWS_SERVICE)
                        .uri("arn:aws:apigateway:${AWS::Region}:s q:action/Do It")
                        .subtype("with:colon")
                        .build())
                .build())
        .route(Route.builder(new RouteKey.WebSocket("$default")).build())
        .route(Route.builder(new RouteKey.WebSocket("->")).build())
        .route(Route.builder(new RouteKey.WebSocket("")).build())
        .route(Route.builder(new RouteKey.WebSocket("# hash")).build())
        .build();
  }
}
