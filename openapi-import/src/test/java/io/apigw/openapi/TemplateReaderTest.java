package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Diagnostic;
import io.apigw.model.EndpointType;
import io.apigw.model.Function;
import io.apigw.model.IntegrationKind;
import io.apigw.model.Parsed;
import io.apigw.model.Protocol;
import io.apigw.model.QuotaPeriod;
import io.apigw.model.Route;
import io.apigw.model.Severity;
import io.apigw.model.Stage;
import io.apigw.model.UsagePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SAM and CloudFormation templates into the model. */
class TemplateReaderTest {
  @TempDir Path dir;

  private Parsed<Api> read(String text) {
    return read(text, OpenApi.ReaderOptions.defaults());
  }

  private Parsed<Api> read(String text, OpenApi.ReaderOptions options) {
    String file = dir.resolve("template.yaml").toString();
    return ApiFiles.read(file, text, options);
  }

  private Api api(String text) {
    Parsed<Api> parsed = read(text);
    assertThat(parsed.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    return parsed.value();
  }

  private static Route route(Api api, String key) {
    return api.route(key)
        .orElseThrow(() -> new AssertionError("no route " + key + " in " + api.routes()));
  }

  private static List<Diagnostic> of(Parsed<Api> parsed, String code) {
    return parsed.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
  }

  @Test
  void functionEventsMakeTheImplicitRestApiWithItsProdStage() {
    Api api =
        api(
            """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              HelloFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: hello/
                  Handler: app.handler
                  Runtime: nodejs20.x
                  MemorySize: 256
                  Timeout: 10
                  Environment:
                    Variables:
                      GREETING: hi
                  Events:
                    Hello:
                      Type: Api
                      Properties:
                        Path: /hello/{name}
                        Method: get
                    Any:
                      Type: Api
                      Properties:
                        Path: /{proxy+}
                        Method: any
            """);

    assertThat(api.name()).isEqualTo("ServerlessRestApi");
    assertThat(api.protocol()).isEqualTo(Protocol.REST);
    assertThat(api.stages()).extracting(Stage::name).containsExactly("Prod");
    Route hello = route(api, "GET /hello/{name}");
    assertThat(hello.integration().kind()).isEqualTo(IntegrationKind.LAMBDA_PROXY);
    assertThat(hello.integration().function()).isEqualTo("HelloFunction");
    assertThat(route(api, "ANY /{proxy+}").integration().function()).isEqualTo("HelloFunction");
    Function function = api.function("HelloFunction").orElseThrow();
    assertThat(function.runtime()).isEqualTo("nodejs20.x");
    assertThat(function.handler()).isEqualTo("app.handler");
    assertThat(function.code()).isEqualTo("hello/");
    assertThat(function.memoryMb()).isEqualTo(256);
    assertThat(function.timeoutSeconds()).isEqualTo(10);
    assertThat(function.environment()).containsEntry("GREETING", "hi");
  }

  @Test
  void httpApiEventsMakeTheImplicitHttpApiWithDefaultStageAndRoute() {
    Api api =
        api(
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: app.handler
                  Runtime: python3.12
                  Events:
                    Get:
                      Type: HttpApi
                      Properties:
                        Path: /items
                        Method: GET
                    CatchAll:
                      Type: HttpApi
            """);

    assertThat(api.protocol()).isEqualTo(Protocol.HTTP);
    assertThat(api.stages()).extracting(Stage::name).containsExactly("$default");
    assertThat(route(api, "GET /items").integration().payloadFormatVersion()).isEqualTo("2.0");
    assertThat(route(api, "$default").integration().function()).isEqualTo("Fn");
    assertThat(api.function("Fn").orElseThrow().code()).isEqualTo(".");
  }

  @Test
  void globalsApplyToFunctionsAndToTheImplicitApi() {
    Api api =
        api(
            """
            Globals:
              Function:
                Runtime: python3.12
                Timeout: 7
                Environment:
                  Variables:
                    TABLE: items
                    STAGE: dev
              Api:
                Cors: "'*'"
                Variables:
                  Mode: test
                TracingEnabled: true
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: app.handler
                  CodeUri: src
                  Environment:
                    Variables:
                      STAGE: prod
                  Events:
                    Get:
                      Type: Api
                      Properties: {Path: /items, Method: get}
            """);

    Function fn = api.function("Fn").orElseThrow();
    assertThat(fn.runtime()).isEqualTo("python3.12");
    assertThat(fn.timeoutSeconds()).isEqualTo(7);
    assertThat(fn.environment()).isEqualTo(Map.of("TABLE", "items", "STAGE", "prod"));
    assertThat(api.cors().allowOrigins()).containsExactly("*");
    Stage prod = api.stage("Prod").orElseThrow();
    assertThat(prod.variables()).containsEntry("Mode", "test");
    assertThat(prod.tracing()).isTrue();
  }

  @Test
  void anErrorInsideDefinitionBodyPointsAtTheTemplateLine() {
    Parsed<Api> parsed =
        read(
            """
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: v1
                  DefinitionBody:
                    openapi: 3.0.1
                    info: {title: body}
                    paths:
                      /pets:
                        get:
                          x-amazon-apigateway-integration:
                            type: aws_proxy
                            httpMethod: POST
                            uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:x/invocations
                            passthroughBehaviour: NEVER
            """);

    Diagnostic typo =
        parsed.diagnostics().stream()
            .filter(d -> d.message().contains("passthroughBehaviour"))
            .findFirst()
            .orElseThrow();
    assertThat(typo.at().file()).endsWith("template.yaml");
    assertThat(typo.at().line()).isEqualTo(16);
    assertThat(typo.at().column()).isEqualTo(17);
    assertThat(parsed.value().name()).isEqualTo("body");
    assertThat(parsed.value().stages()).extracting(Stage::name).containsExactly("v1");
  }

  @Test
  void intrinsicsResolveParametersPseudoParametersAndTemplateFunctions() {
    Api api =
        api(
            """
            Parameters:
              Backend:
                Type: String
                Default: https://backend.example.com
            Resources:
              PetsFn:
                Type: AWS::Serverless::Function
                Properties: {Handler: index.handler, Runtime: nodejs20.x, CodeUri: pets/}
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: !Sub "${AWS::Region}-stage"
                  Variables:
                    backend: !Ref Backend
                    joined: !Join ["-", [a, !Ref Backend]]
                  DefinitionBody:
                    swagger: "2.0"
                    info: {title: pets}
                    paths:
                      /pets:
                        get:
                          x-amazon-apigateway-integration:
                            type: aws_proxy
                            httpMethod: POST
                            uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${PetsFn.Arn}/invocations
            """);

    Stage stage = api.stages().get(0);
    assertThat(stage.name()).isEqualTo("us-east-1-stage");
    assertThat(stage.variables())
        .containsEntry("backend", "https://backend.example.com")
        .containsEntry("joined", "a-https://backend.example.com");
    Route pets = route(api, "GET /pets");
    assertThat(pets.integration().function()).isEqualTo("PetsFn");
    assertThat(pets.integration().uri()).isNull();
    assertThat(api.function("PetsFn").orElseThrow().code()).isEqualTo("pets/");
  }

  @Test
  void whatCannotBeResolvedIsAWarningWithItsPositionAndAParameterCanGiveIt() {
    String template =
        """
        Parameters:
          Env:
            Type: String
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: !Ref Env
              Variables:
                pool: !GetAtt UserPool.Arn
          UserPool:
            Type: AWS::Cognito::UserPool
        """;
    Parsed<Api> parsed = read(template);

    List<Diagnostic> unresolved = of(parsed, "template.unresolved");
    assertThat(unresolved)
        .extracting(d -> d.at().line() + ":" + d.at().column())
        .containsExactly("8:18", "10:15");
    assertThat(unresolved.get(0).hint()).contains("--parameter Env=VALUE");
    assertThat(unresolved).allMatch(d -> d.severity() == Severity.WARNING);

    Api given =
        read(
                template,
                OpenApi.ReaderOptions.defaults()
                    .withParameters(
                        Map.of(
                            "Env", "qa", "UserPool.Arn", "arn:pool", "AWS::Region", "eu-west-1")))
            .value();
    assertThat(given.stages().get(0).name()).isEqualTo("qa");
    assertThat(given.stages().get(0).variables()).containsEntry("pool", "arn:pool");
  }

  @Test
  void aParameterOverridesADefaultAndAPseudoParameterIsSaidOnce() {
    String template =
        """
        Parameters:
          Stage: {Type: String, Default: dev}
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: !Ref Stage
              Variables:
                a: !Ref AWS::Region
                b: !Sub "${AWS::Region}/${AWS::AccountId}"
        """;
    Parsed<Api> defaults = read(template);
    assertThat(defaults.value().stages().get(0).name()).isEqualTo("dev");
    assertThat(defaults.value().stages().get(0).variables())
        .containsEntry("b", "us-east-1/123456789012");
    assertThat(of(defaults, "template.pseudo-parameter")).hasSize(2);

    Parsed<Api> given =
        read(template, OpenApi.ReaderOptions.defaults().withParameters(Map.of("Stage", "prod")));
    assertThat(given.value().stages().get(0).name()).isEqualTo("prod");
  }

  @Test
  void conditionsAndMappingsAreEvaluated() {
    Api api =
        api(
            """
            Parameters:
              Env: {Type: String, Default: prod}
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
            Mappings:
              Sizes:
                prod: {Cache: "1.6"}
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: !If [IsProd, live, test]
                  CacheClusterEnabled: true
                  CacheClusterSize: !FindInMap [Sizes, !Ref Env, Cache]
                  Description: !Select [1, !Split [",", "a,b,c"]]
            """);

    assertThat(api.stages().get(0).name()).isEqualTo("live");
    assertThat(api.stages().get(0).cacheClusterSize()).isEqualTo("1.6");
    assertThat(api.description()).isEqualTo("b");
  }

  @Test
  void awsIncludeAndDefinitionUriReadLocalFiles() throws IOException {
    Files.writeString(
        dir.resolve("api.yaml"),
        """
        openapi: 3.0.1
        info: {title: included}
        paths:
          /ping:
            get:
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates: {application/json: '{"statusCode": 200}'}
                responses: {default: {statusCode: "200"}}
        """);
    Api included =
        api(
            """
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody:
                    Fn::Transform:
                      Name: AWS::Include
                      Parameters:
                        Location: ./api.yaml
            """);
    assertThat(included.name()).isEqualTo("included");
    assertThat(route(included, "GET /ping").integration().kind()).isEqualTo(IntegrationKind.MOCK);

    Api uri =
        api(
            """
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionUri: api.yaml
            """);
    assertThat(route(uri, "GET /ping").integration().kind()).isEqualTo(IntegrationKind.MOCK);

    Parsed<Api> missing =
        read(
            """
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionUri: nothing-here.yaml
            """);
    assertThat(of(missing, "template.definition-uri"))
        .singleElement()
        .satisfies(d -> assertThat(d.at().line()).isEqualTo(6));
  }

  @Test
  void authBecomesAuthorizersWithTheDefaultOnEveryRouteButThoseThatSayOtherwise() {
    Api api =
        api(
            """
            Resources:
              AuthFn:
                Type: AWS::Serverless::Function
                Properties: {Handler: auth.handler, Runtime: nodejs20.x, CodeUri: auth/}
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: app.handler
                  Runtime: nodejs20.x
                  Events:
                    Private:
                      Type: Api
                      Properties: {RestApiId: !Ref MyApi, Path: /private, Method: get}
                    Public:
                      Type: Api
                      Properties:
                        RestApiId: !Ref MyApi
                        Path: /public
                        Method: get
                        Auth: {Authorizer: NONE, ApiKeyRequired: false}
                    Users:
                      Type: Api
                      Properties:
                        RestApiId: !Ref MyApi
                        Path: /users
                        Method: post
                        Auth: {Authorizer: Cognito, AuthorizationScopes: [users/write]}
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  Auth:
                    DefaultAuthorizer: TokenAuth
                    ApiKeyRequired: true
                    Authorizers:
                      TokenAuth:
                        FunctionArn: !GetAtt AuthFn.Arn
                        Identity:
                          Header: X-Token
                          ReauthorizeEvery: 60
                      RequestAuth:
                        FunctionPayloadType: REQUEST
                        FunctionArn: arn:aws:lambda:us-east-1:111111111111:function:external
                        Identity:
                          Headers: [Authorization]
                          QueryStrings: [tenant]
                      Cognito:
                        UserPoolArn: arn:aws:cognito-idp:us-east-1:1:userpool/x
            """);

    Authorizer token = api.authorizer("TokenAuth").orElseThrow();
    assertThat(token.type()).isEqualTo(AuthorizerType.TOKEN);
    assertThat(token.function()).isEqualTo("AuthFn");
    assertThat(token.identitySources()).containsExactly("method.request.header.X-Token");
    assertThat(token.ttlSeconds()).isEqualTo(60);
    Authorizer request = api.authorizer("RequestAuth").orElseThrow();
    assertThat(request.type()).isEqualTo(AuthorizerType.REQUEST);
    assertThat(request.functionName()).contains("external");
    assertThat(request.identitySources())
        .containsExactly(
            "method.request.header.Authorization", "method.request.querystring.tenant");
    assertThat(api.authorizer("Cognito").orElseThrow().providerArns())
        .containsExactly("arn:aws:cognito-idp:us-east-1:1:userpool/x");

    Route privateRoute = route(api, "GET /private");
    assertThat(privateRoute.authorization()).isInstanceOf(Authorization.Custom.class);
    assertThat(((Authorization.Custom) privateRoute.authorization()).authorizer())
        .isEqualTo("TokenAuth");
    assertThat(privateRoute.apiKeyRequired()).isTrue();
    Route publicRoute = route(api, "GET /public");
    assertThat(publicRoute.authorization()).isInstanceOf(Authorization.None.class);
    assertThat(publicRoute.apiKeyRequired()).isFalse();
    Authorization.Custom users = (Authorization.Custom) route(api, "POST /users").authorization();
    assertThat(users.authorizer()).isEqualTo("Cognito");
    assertThat(users.scopes()).containsExactly("users/write");
    assertThat(api.functions())
        .extracting(Function::name)
        .containsExactlyInAnyOrder("Fn", "AuthFn");
  }

  @Test
  void httpApiAuthorizersJwtAndLambda() {
    Api api =
        api(
            """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: a.b
                  Runtime: nodejs20.x
                  Events:
                    Get:
                      Type: HttpApi
                      Properties: {ApiId: !Ref Http, Path: /me, Method: get}
              Http:
                Type: AWS::Serverless::HttpApi
                Properties:
                  CorsConfiguration:
                    AllowOrigins: [https://example.com]
                    AllowMethods: [GET]
                  Auth:
                    DefaultAuthorizer: Jwt
                    Authorizers:
                      Jwt:
                        IdentitySource: $request.header.Authorization
                        JwtConfiguration:
                          issuer: https://issuer.example.com
                          audience: [app]
            """);

    Authorizer jwt = api.authorizer("Jwt").orElseThrow();
    assertThat(jwt.type()).isEqualTo(AuthorizerType.JWT);
    assertThat(jwt.issuer()).isEqualTo("https://issuer.example.com");
    assertThat(jwt.audiences()).containsExactly("app");
    assertThat(((Authorization.Custom) route(api, "GET /me").authorization()).authorizer())
        .isEqualTo("Jwt");
    assertThat(api.cors().allowOrigins()).containsExactly("https://example.com");
    assertThat(api.stages()).extracting(Stage::name).containsExactly("$default");
  }

  @Test
  void usagePlanGivesAPlanAndAKeyOnTheApiStage() {
    Api api =
        api(
            """
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: live
                  EndpointConfiguration: REGIONAL
                  Auth:
                    ApiKeyRequired: true
                    UsagePlan:
                      CreateUsagePlan: PER_API
                      Description: metered
                      Quota: {Limit: 500, Period: MONTH}
                      Throttle: {BurstLimit: 100, RateLimit: 50}
            """);

    UsagePlan plan = api.usagePlans().get(0);
    assertThat(plan.name()).isEqualTo("MyApiUsagePlan");
    assertThat(plan.quota().limit()).isEqualTo(500);
    assertThat(plan.quota().period()).isEqualTo(QuotaPeriod.MONTH);
    assertThat(plan.throttle().burstLimit()).isEqualTo(100);
    assertThat(plan.throttle().rateLimit()).isEqualTo(50.0);
    assertThat(plan.coversStage("live")).isTrue();
    assertThat(plan.keys()).containsExactly("MyApiApiKey");
    assertThat(api.apiKey("MyApiApiKey")).isPresent();
    assertThat(api.endpoint().type()).isEqualTo(EndpointType.REGIONAL);
  }

  @Test
  void severalApisReadTheFirstAndSaySoOrTheOneAsked() {
    String template =
        """
        Resources:
          First:
            Type: AWS::Serverless::Api
            Properties: {StageName: one}
          Second:
            Type: AWS::Serverless::HttpApi
        """;
    Parsed<Api> first = read(template);
    assertThat(first.value().name()).isEqualTo("First");
    assertThat(of(first, "template.api"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.INFO);
              assertThat(d.message()).contains("Second");
            });

    Parsed<Api> second = read(template, OpenApi.ReaderOptions.defaults().withTemplateApi("Second"));
    assertThat(second.value().name()).isEqualTo("Second");
    assertThat(second.value().protocol()).isEqualTo(Protocol.HTTP);

    Parsed<Api> unknown = read(template, OpenApi.ReaderOptions.defaults().withTemplateApi("Secnd"));
    assertThat(of(unknown, "template.api"))
        .anyMatch(d -> d.isError() && "did you mean `Second`?".equals(d.hint()));
  }

  @Test
  void cloudFormationRestApiWithBodyStagesKeysAndPlans() {
    Api api =
        api(
            """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Api:
                Type: AWS::ApiGateway::RestApi
                Properties:
                  Name: cfn-api
                  EndpointConfiguration: {Types: [REGIONAL]}
                  Body:
                    openapi: 3.0.1
                    info: {title: ignored}
                    paths:
                      /health:
                        get:
                          x-amazon-apigateway-integration: {type: mock}
              Stage:
                Type: AWS::ApiGateway::Stage
                Properties:
                  RestApiId: !Ref Api
                  StageName: v1
                  Variables: {a: b}
              Key:
                Type: AWS::ApiGateway::ApiKey
                Properties: {Name: partner, Enabled: true}
              Plan:
                Type: AWS::ApiGateway::UsagePlan
                Properties:
                  UsagePlanName: gold
                  ApiStages: [{ApiId: !Ref Api, Stage: !Ref Stage}]
                  Quota: {Limit: 10, Period: DAY}
              PlanKey:
                Type: AWS::ApiGateway::UsagePlanKey
                Properties: {KeyId: !Ref Key, KeyType: API_KEY, UsagePlanId: !Ref Plan}
            """);

    assertThat(api.name()).isEqualTo("cfn-api");
    assertThat(api.endpoint().type()).isEqualTo(EndpointType.REGIONAL);
    assertThat(route(api, "GET /health").integration().kind()).isEqualTo(IntegrationKind.MOCK);
    assertThat(api.stage("v1").orElseThrow().variables()).containsEntry("a", "b");
    UsagePlan gold = api.usagePlan("gold").orElseThrow();
    assertThat(gold.coversStage("v1")).isTrue();
    assertThat(gold.keys()).containsExactly("partner");
    assertThat(api.apiKey("partner")).isPresent();
  }

  @Test
  void brokenTemplatesGiveDiagnosticsNotExceptions() {
    for (String text :
        List.of(
            "Resources: 3",
            "Resources:\n  A: 1\n  B:\n    Type: AWS::Serverless::Api\n    Properties: 7\n",
            "Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Events:\n        E:\n          Type: Api\n          Properties: {Path: 5, Method: [x]}\n",
            "Resources:\n  A:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: !If [Nope, !Ref Nope, !GetAtt]\n      DefinitionBody: !Sub 3\n",
            "Resources:\n  X:\n    Type: AWS::S3::Bucket\n")) {
      Parsed<Api> parsed = read(text);
      assertThat(parsed.diagnostics()).as(text).isNotEmpty().noneMatch(Diagnostic::isInternal);
    }
  }
}
