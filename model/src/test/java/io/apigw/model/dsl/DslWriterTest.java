package io.apigw.model.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.ApiKey;
import io.apigw.model.ApiWriter;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Endpoint;
import io.apigw.model.EndpointType;
import io.apigw.model.Function;
import io.apigw.model.HttpMethod;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.IntegrationResponse;
import io.apigw.model.MethodSetting;
import io.apigw.model.PlanStage;
import io.apigw.model.Protocol;
import io.apigw.model.Quota;
import io.apigw.model.QuotaPeriod;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.SourceRange;
import io.apigw.model.Stage;
import io.apigw.model.Throttle;
import io.apigw.model.UsagePlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DslWriterTest {
  private static final SourceRange NONE = SourceRange.NONE;
  private final ApiWriter writer = Dsl.writer();

  private static Route route(HttpMethod method, String path, Integration integration) {
    return Route.builder(RouteKey.Http.of(method, path)).integration(integration).build();
  }

  @Test
  void writesTheCanonicalFormWithStatementsInOrderAndArrowsAligned() {
    // given
    Api api =
        Api.builder("petstore", Protocol.REST)
            .endpoint(Endpoint.of(EndpointType.REGIONAL))
            .route(
                route(
                        HttpMethod.GET,
                        "/pets",
                        Integration.builder(IntegrationKind.HTTP_PROXY)
                            .httpMethod("GET")
                            .uri("${stageVariables.backend}/pets")
                            .build())
                    .toBuilder()
                    .authorization(Authorization.custom("tokenAuth"))
                    .build())
            .route(
                route(
                        HttpMethod.DELETE,
                        "/pets/{petId}",
                        Integration.builder(IntegrationKind.LAMBDA_PROXY)
                            .function("getPet")
                            .httpMethod("POST")
                            .build())
                    .toBuilder()
                    .apiKeyRequired(true)
                    .build())
            .route(route(HttpMethod.GET, "/health", Models.mock("200", "{\"status\":\"ok\"}")))
            .apiKey(new ApiKey(NONE, "partner-a", null, true, null))
            .usagePlan(
                new UsagePlan(
                    NONE,
                    "basic",
                    null,
                    Throttle.of(10.0, 20),
                    new Quota(NONE, 1000, QuotaPeriod.DAY, null),
                    List.of(new PlanStage(NONE, "prod", Map.of())),
                    List.of("partner-a")))
            .stage(
                Stage.builder("prod")
                    .variable("backend", "https://petstore.example.com")
                    .setting(
                        new MethodSetting(
                            NONE,
                            "*",
                            Throttle.of(100.0, 200),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null))
                    .build())
            .authorizer(
                Authorizer.builder("tokenAuth", AuthorizerType.TOKEN)
                    .function("getPet")
                    .identitySource("method.request.header.Authorization")
                    .ttlSeconds(300)
                    .build())
            .function(
                new Function(
                    NONE,
                    "getPet",
                    null,
                    "nodejs20.x",
                    "src/pets.get",
                    "functions/",
                    256,
                    10,
                    Map.of("TABLE", "pets"),
                    null))
            .description("The PetStore API")
            .build();

    // when
    String text = writer.write(api);

    // then
    assertThat(text)
        .isEqualTo(
            """
            api petstore: rest, regional
            description "The PetStore API"

            function getPet: nodejs20.x handler=src/pets.get code=functions/ memory=256 timeout=10s
              env TABLE=pets

            auth tokenAuth: token function=getPet header=Authorization ttl=300s

            stage prod vars backend=https://petstore.example.com throttle 100/s burst 200

            plan basic: throttle 10/s burst 20 quota 1000/day stages prod

            key partner-a: plan basic

            GET    /pets         -> http GET ${stageVariables.backend}/pets auth tokenAuth
            DELETE /pets/{petId} -> lambda getPet key
            GET    /health       -> mock 200 {"status":"ok"}
            """);
  }

  @Test
  void usesTheMockShortFormOnlyForExactlyItsShape() {
    // given: the short form's shape plus one response header
    Integration mock = Models.mock("200", "{}");
    IntegrationResponse response = mock.responses().get(0);
    Integration withHeader =
        mock.toBuilder()
            .responses(
                List.of(
                    new IntegrationResponse(
                        NONE,
                        "default",
                        "200",
                        Map.of("method.response.header.X", "'y'"),
                        response.templates(),
                        null)))
            .build();
    Api api =
        Api.builder("x", Protocol.REST)
            .route(route(HttpMethod.GET, "/a", withHeader))
            .route(route(HttpMethod.GET, "/b", mock))
            .build();

    // when
    String text = writer.write(api);

    // then
    assertThat(text)
        .endsWith(
            """
            GET /a -> mock
              request-template application/json {"statusCode": 200}
              response default 200
                header X='y'
                template application/json {}
            GET /b -> mock 200 {}
            """);
  }

  @Test
  void usesHeaderOnlyForOneHeaderSourceInTheProtocolsForm() {
    // given
    Api api =
        Api.builder("x", Protocol.HTTP)
            .authorizer(
                Authorizer.builder("v2", AuthorizerType.JWT)
                    .identitySource("$request.header.Authorization")
                    .build())
            .authorizer(
                Authorizer.builder("v1", AuthorizerType.JWT)
                    .identitySource("method.request.header.Authorization")
                    .build())
            .authorizer(
                Authorizer.builder("two", AuthorizerType.REQUEST)
                    .identitySources(List.of("$request.header.A", "$request.querystring.b"))
                    .build())
            .build();

    // when
    String text = writer.write(api);

    // then
    assertThat(text)
        .contains("auth v2: jwt header=Authorization\n")
        .contains("auth v1: jwt identity=method.request.header.Authorization\n")
        .contains("auth two: request identity=$request.header.A,$request.querystring.b\n");
  }

  @Test
  void listsKeysOnThePlanWhenTheKeyStatementsCannotSayTheirOrder() {
    // given
    Api api =
        Api.builder("x", Protocol.REST)
            .apiKey(new ApiKey(NONE, "a", null, true, null))
            .apiKey(new ApiKey(NONE, "b", null, true, null))
            .usagePlan(
                new UsagePlan(NONE, "inOrder", null, null, null, List.of(), List.of("a", "b")))
            .usagePlan(
                new UsagePlan(NONE, "reversed", null, null, null, List.of(), List.of("b", "a")))
            .build();

    // when
    String text = writer.write(api);

    // then
    assertThat(text)
        .contains("plan inOrder:\nplan reversed: keys b a\n")
        .contains("key a: plan inOrder\nkey b: plan inOrder\n");
  }

  @Test
  void quotesOnlyWhatWouldNotReadBackAsWritten() {
    // given
    Api api =
        Api.builder("x", Protocol.HTTP)
            .tags(
                Models.map(
                    "plain", "a#b", "space", "a b", "empty", "", "comma", "a,", "hash", "#x",
                    "brace", "{x", "quote", "\"x"))
            .route(
                route(
                    HttpMethod.GET,
                    "/a",
                    Integration.builder(IntegrationKind.HTTP_PROXY)
                        .httpMethod("GET")
                        .uri("https://b/?q=1")
                        .build()))
            .build();

    // when
    String text = writer.write(api);

    // then
    assertThat(text)
        .contains(
            "tag plain=a#b space=\"a b\" empty=\"\" comma=\"a,\" hash=#x brace=\"{x\""
                + " quote=\"\\\"x\"\n")
        .contains("GET /a -> http GET \"https://b/?q=1\"\n");
  }

  @Test
  void writesMultiLineTextAsATextBlockUnlessALineWouldEndIt() {
    // given
    Api safe = Api.builder("x", Protocol.REST).description("first\n  second\n").build();
    Api unsafe = Api.builder("x", Protocol.REST).description("first\n\"\"\"\nthird").build();

    // when / then
    assertThat(writer.write(safe))
        .isEqualTo("api x: rest\ndescription \"\"\"\n  first\n    second\n\n  \"\"\"\n");
    assertThat(writer.write(unsafe))
        .isEqualTo("api x: rest\ndescription \"first\\n\\\"\\\"\\\"\\nthird\"\n");
  }

  @Test
  void writesNullsInMapsAsEmptyTextRatherThanFailing() {
    // given: the model's maps take nulls (YAML `application/json:` with no value)
    Map<String, String> nulls = new java.util.HashMap<>();
    nulls.put(null, null);
    Map<String, Throttle> noThrottle = new java.util.HashMap<>();
    noThrottle.put("GET /a", null);
    Api api =
        Api.builder("x", Protocol.REST)
            .tags(nulls)
            .stage(Stage.builder("s").variables(nulls).build())
            .usagePlan(
                new UsagePlan(
                    NONE,
                    "p",
                    null,
                    null,
                    null,
                    List.of(new PlanStage(NONE, "s", noThrottle)),
                    List.of()))
            .route(
                route(
                        HttpMethod.GET,
                        "/a",
                        Integration.builder(IntegrationKind.MOCK)
                            .requestParameters(nulls)
                            .requestTemplates(nulls)
                            .response(
                                new IntegrationResponse(NONE, "default", "200", nulls, nulls, null))
                            .build())
                    .toBuilder()
                    .requestModels(nulls)
                    .build())
            .build();

    // when
    String text = writer.write(api);

    // then
    assertThat(Dsl.reader().read("n.apigw", text).diagnostics())
        .as(text)
        .allMatch(d -> d.code().equals("model.undefined"));
    assertThat(text).contains("tag \"\"=\"\"\n").contains("  stage s: GET /a throttle\n");
  }
}
