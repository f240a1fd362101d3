package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.apigw.model.Parsed;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A model that sets every field the model has survives write and read, in both formats. */
class FullModelRoundTripTest {
  private static final SourceRange NO = SourceRange.NONE;
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void everyFieldSurvivesYaml(Protocol protocol) {
    roundTrip(full(protocol), OpenApi.Format.YAML);
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void everyFieldSurvivesJson(Protocol protocol) {
    roundTrip(full(protocol), OpenApi.Format.JSON);
  }

  @ParameterizedTest
  @EnumSource(OpenApi.Format.class)
  void aSparseModelSurvives(OpenApi.Format format) {
    // given the least a model can say
    Api api =
        Api.builder("bare", Protocol.REST)
            .route(Route.builder(RouteKey.Http.of(HttpMethod.GET, "/")).build())
            .build();
    roundTrip(api, format);
  }

  @ParameterizedTest
  @EnumSource(OpenApi.Format.class)
  void theWriterIsDeterministic(OpenApi.Format format) {
    // given the same model twice
    Api api = full(Protocol.REST);
    // when written twice, then the bytes are the same
    assertThat(OpenApi.writer(format).write(api)).isEqualTo(OpenApi.writer(format).write(api));
  }

  static void roundTrip(Api api, OpenApi.Format format) {
    // when written and read back
    String text = OpenApi.writer(format).write(api);
    Parsed<Api> back = OpenApi.reader().read("full." + format.name().toLowerCase(), text);
    // then nothing is lost and nothing was reported but placeholders the writer itself made
    assertThat(back.diagnostics())
        .filteredOn(d -> !d.code().equals("openapi.placeholder"))
        .as(text)
        .isEmpty();
    assertThat(ModelDiff.first(api, back.value())).as(text).isNull();
    assertThat(back.value()).isEqualTo(api);
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every field set, with values chosen to be awkward in YAML. */
  static Api full(Protocol protocol) {
    Map<String, String> tricky = new LinkedHashMap<>();
    tricky.put("yes", "no");
    tricky.put("on", "1.0");
    tricky.put("null", "~");
    tricky.put("empty", "");
    tricky.put("date", "2024-01-01");
    tricky.put("multi", "line one\n  line two \nlast\n");
    tricky.put("quote", "'*'");
    tricky.put("unicode", "Grüße → 🚀");
    Function getPet =
        new Function(
            NO,
            "getPet",
            null,
            "nodejs20.x",
            "src/pets.get",
            "functions/",
            256,
            10,
            Map.of("TABLE", "pets"),
            4);
    Function legacy =
        Function.ofArn("legacy", "arn:aws:lambda:us-east-1:123456789012:function:legacy");
    Authorizer token =
        Authorizer.builder("tokenAuth", AuthorizerType.TOKEN)
            .function("getPet")
            .identitySource("method.request.header.Authorization")
            .validationExpression("^Bearer .+$")
            .ttlSeconds(300)
            .credentials("arn:aws:iam::123456789012:role/invoker")
            .authType("oauth2")
            .build();
    Authorizer request =
        Authorizer.builder("requestAuth", AuthorizerType.REQUEST)
            .uri(
                "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                    + "arn:aws:lambda:us-east-1:123456789012:function:auth/invocations")
            .identitySources(
                List.of("method.request.header.X-Id", "method.request.querystring.token"))
            .payloadFormatVersion("2.0")
            .simpleResponses(true)
            .ttlSeconds(0)
            .build();
    Authorizer noSource =
        Authorizer.builder("noSource", AuthorizerType.TOKEN).function("legacy").build();
    Authorizer cognito =
        Authorizer.builder("cognito", AuthorizerType.COGNITO_USER_POOLS)
            .providerArns(
                List.of("arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X"))
            .identitySource("method.request.header.Authorization")
            .authType("cognito_user_pools")
            .build();
    Authorizer jwt =
        Authorizer.builder("jwt", AuthorizerType.JWT)
            .issuer("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_X")
            .audiences(List.of("web", "cli"))
            .identitySource("$request.header.Authorization")
            .build();

    Integration lambdaByFunction =
        Integration.builder(IntegrationKind.LAMBDA_PROXY)
            .function("getPet")
            .httpMethod("POST")
            .payloadFormatVersion("2.0")
            .timeoutMillis(29000)
            .build();
    Integration everything =
        Integration.builder(IntegrationKind.HTTP)
            .uri("https://${stageVariables.backend}/pets/{petId}")
            .httpMethod("GET")
            .credentials("arn:aws:iam::123456789012:role/caller")
            .connectionType(ConnectionType.VPC_LINK)
            .connectionId("${stageVariables.vpcLink}")
            .timeoutMillis(5000)
            .requestParameter("integration.request.path.petId", "method.request.path.petId")
            .requestParameter("integration.request.header.x-static", "'yes'")
            .requestTemplates(tricky)
            .passthroughBehavior(PassthroughBehavior.WHEN_NO_TEMPLATES)
            .contentHandling(ContentHandling.CONVERT_TO_TEXT)
            .response(
                new IntegrationResponse(
                    NO,
                    "default",
                    "200",
                    Map.of("Access-Control-Allow-Origin", "'*'"),
                    Map.of("application/json", "$input.json('$')"),
                    ContentHandling.CONVERT_TO_BINARY))
            .response(new IntegrationResponse(NO, "4\\d{2}", "400", Map.of(), Map.of(), null))
            .cacheKeyParameters(List.of("method.request.path.petId"))
            .cacheNamespace("pets")
            .tls(new TlsConfig(NO, true, "backend.example.com"))
            .templateSelectionExpression("\\$default")
            .build();
    Integration service =
        Integration.builder(IntegrationKind.AWS_SERVICE)
            .uri("arn:aws:apigateway:us-east-1:states:action/StartExecution")
            .subtype(protocol == Protocol.HTTP ? null : "StepFunctions-StartExecution")
            .requestParameter("StateMachineArn", "arn:aws:states:us-east-1:1:stateMachine:x")
            .payloadFormatVersion("1.0")
            .build();
    Integration lambdaCustom =
        Integration.builder(IntegrationKind.LAMBDA).uri("${LambdaArn}").httpMethod("POST").build();
    Integration legacyLambda =
        Integration.builder(IntegrationKind.LAMBDA)
            .function("legacy")
            .uri("arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/x/invocations")
            .build();

    Route getPetRoute =
        Route.builder(RouteKey.Http.of(HttpMethod.GET, "/pets/{petId}"))
            .operationId("getPet")
            .authorization(new Authorization.Custom(NO, "cognito", List.of("pets/read", "email")))
            .apiKeyRequired(true)
            .parameter(new RequestParameter(NO, ParamLocation.PATH, "petId", true))
            .parameter(new RequestParameter(NO, ParamLocation.QUERY, "page", false))
            .parameter(new RequestParameter(NO, ParamLocation.HEADER, "X-Trace", false))
            .validator("all")
            .integration(everything)
            .response(
                new MethodResponse(
                    NO,
                    "200",
                    List.of("Access-Control-Allow-Origin"),
                    Map.of("application/json", "Pet")))
            .response(new MethodResponse(NO, "default", List.of(), Map.of()))
            .build();
    Route postPets =
        Route.builder(RouteKey.Http.of(HttpMethod.POST, "/pets"))
            .authorization(Authorization.iam())
            .apiKeyRequired(true)
            .requestModel("application/json", "Pet")
            .requestModel("application/xml", "Pet.Xml/v1")
            .integration(lambdaByFunction)
            .build();
    Route getPets =
        Route.builder(RouteKey.Http.of(HttpMethod.GET, "/pets"))
            .authorization(Authorization.custom("tokenAuth"))
            .integration(service)
            .build();
    Route anyProxy =
        Route.builder(RouteKey.Http.of(HttpMethod.ANY, "/admin/{proxy+}"))
            .authorization(Authorization.custom("requestAuth"))
            .integration(lambdaCustom)
            .build();
    Route putPet =
        Route.builder(RouteKey.Http.of(HttpMethod.PUT, "/pets/{petId}"))
            .authorization(Authorization.custom("jwt", "write"))
            .integration(legacyLambda)
            .build();
    Route mock =
        Route.builder(RouteKey.Http.of(HttpMethod.HEAD, "/"))
            .authorization(Authorization.custom("noSource"))
            .integration(
                Integration.builder(IntegrationKind.MOCK)
                    .requestTemplate("application/json", "{\"statusCode\": 200}")
                    .response(
                        new IntegrationResponse(NO, "default", "200", Map.of(), Map.of(), null))
                    .build())
            .build();
    Route noIntegration = Route.builder(RouteKey.Http.of(HttpMethod.OPTIONS, "/pets")).build();
    Route defaultRoute =
        Route.builder(new RouteKey.Default())
            .integration(
                Integration.builder(IntegrationKind.HTTP_PROXY)
                    .uri("https://legacy.example.com")
                    .httpMethod("ANY")
                    .connectionType(ConnectionType.INTERNET)
                    .build())
            .build();
    Route connect =
        Route.builder(new RouteKey.WebSocket("$connect"))
            .authorization(Authorization.custom("requestAuth"))
            .integration(lambdaByFunction)
            .build();
    Route send =
        Route.builder(new RouteKey.WebSocket("sendMessage"))
            .operationId("send")
            .routeResponseSelectionExpression("$default")
            .integration(Integration.builder(IntegrationKind.LAMBDA).function("legacy").build())
            .build();

    Stage prod =
        Stage.builder("prod")
            .description("production")
            .variables(Map.of("backend", "https://petstore.example.com"))
            .setting(
                new MethodSetting(
                    NO,
                    "*",
                    Throttle.of(100.0, 200),
                    LoggingLevel.INFO,
                    true,
                    true,
                    null,
                    null,
                    null,
                    null))
            .setting(
                new MethodSetting(
                    NO,
                    "GET /pets/{petId}",
                    Throttle.of(10.5, null),
                    LoggingLevel.ERROR,
                    false,
                    false,
                    true,
                    300,
                    true,
                    false))
            .cacheClusterEnabled(true)
            .cacheClusterSize("0.5")
            .accessLog(
                new AccessLog(NO, "arn:aws:logs:us-east-1:1:log-group:api", "$context.requestId"))
            .tracing(true)
            .canary(new Canary(NO, 10.0, Map.of("backend", "https://canary.example.com"), true))
            .autoDeploy(false)
            .tags(Map.of("team", "pets"))
            .webAclArn("arn:aws:wafv2:us-east-1:1:regional/webacl/pets/a1b2")
            .build();
    Stage sandbox = Stage.builder("sandbox").canary(new Canary(NO, null, Map.of(), null)).build();

    return Api.builder("Every field", protocol)
        .description("An API that sets everything\nover two lines")
        .version("1.0")
        .endpoint(
            new Endpoint(
                NO,
                protocol == Protocol.REST ? EndpointType.PRIVATE : EndpointType.EDGE,
                List.of("vpce-0abc", "vpce-0def"),
                true))
        .apiKeySource(ApiKeySource.AUTHORIZER)
        .binaryMediaTypes(List.of("image/png", "*/*"))
        .minimumCompressionSize(1024)
        .cors(
            new Cors(
                NO,
                List.of("https://a.example.com", "*"),
                List.of("GET", "POST"),
                List.of("Content-Type", "Authorization"),
                List.of("X-Request-Id"),
                true,
                600))
        .gatewayResponse(
            new GatewayResponse(
                NO,
                "DEFAULT_4XX",
                456,
                Map.of("Access-Control-Allow-Origin", "'*'", "gatewayresponse.path.x", "'y'"),
                Map.of("application/json", "{\"message\": $context.error.messageString}")))
        .gatewayResponse(new GatewayResponse(NO, "THROTTLED", null, Map.of(), Map.of()))
        .model(
            new SchemaModel(
                NO,
                "Pet",
                "application/json",
                json(
                    "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\",\"maximum\":1.5E300},"
                        + "\"tag\":{\"type\":\"string\",\"enum\":[\"yes\",\"no\",\"1\",null]}}}")))
        .model(
            new SchemaModel(
                NO, "Pet.Xml/v1", null, json("{\"$ref\":\"#/components/schemas/Pet\"}")))
        .validator(new RequestValidator(NO, "all", true, true))
        .validator(new RequestValidator(NO, "none", false, false))
        .defaultValidator("none")
        .resourcePolicy(
            json(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                    + "\"Action\":\"execute-api:Invoke\",\"Resource\":[\"execute-api:/*\"],"
                    + "\"Condition\":{\"StringEquals\":{\"aws:username\":\"${aws:username}\"}}}]}"))
        .tags(Map.of("owner", "payments", "empty", ""))
        .domain(
            new CustomDomain(
                NO,
                "api.example.com",
                "arn:aws:acm:us-east-1:1:certificate/x",
                EndpointType.REGIONAL,
                "TLS_1_2",
                "s3://bucket/truststore.pem",
                List.of(
                    new BasePathMapping(NO, "", "prod"), new BasePathMapping(NO, "v1", "sandbox"))))
        .domain(new CustomDomain(NO, "bare.example.com", null, null, null, null, List.of()))
        .routeSelectionExpression("$request.body.action")
        .apiKeySelectionExpression("$request.header.x-api-key")
        // Interleaved paths, so the writer must keep the order explicitly.
        .routes(
            List.of(
                getPetRoute,
                postPets,
                getPets,
                anyProxy,
                putPet,
                mock,
                noIntegration,
                defaultRoute,
                connect,
                send))
        .authorizers(List.of(token, request, noSource, cognito, jwt))
        .functions(List.of(getPet, legacy))
        .apiKey(new ApiKey(NO, "partner-a", null, true, null))
        .apiKey(new ApiKey(NO, "retired", "secret-0123456789abcdef", false, "former partner"))
        .usagePlan(
            new UsagePlan(
                NO,
                "basic",
                "the basic plan",
                Throttle.of(10.0, 20),
                new Quota(NO, 1000, QuotaPeriod.DAY, 1),
                List.of(
                    new PlanStage(NO, "prod", Map.of("GET /pets/{petId}", Throttle.of(5.0, 10))),
                    new PlanStage(NO, "sandbox", Map.of())),
                List.of("partner-a", "retired")))
        .usagePlan(new UsagePlan(NO, "empty", null, null, null, List.of(), List.of()))
        .stages(List.of(prod, sandbox))
        .documentation(
            json(
                "{\"version\":\"1.0.3\",\"documentationParts\":[{\"location\":{\"type\":\"API\"}}]}"))
        .importExportVersion("1.0")
        .build();
  }
}
