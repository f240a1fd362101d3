package io.apigw.deployers.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.model.Api;
import io.apigw.model.BasePathMapping;
import io.apigw.model.Cors;
import io.apigw.model.CustomDomain;
import io.apigw.model.EndpointType;
import io.apigw.model.Function;
import io.apigw.model.HttpMethod;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.MethodSetting;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.SourceRange;
import io.apigw.model.Stage;
import io.apigw.model.Throttle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each generator alone, on small models built in code. */
class GeneratorsTest {
  private static final Generator.Options OPTIONS = Generator.Options.defaults();

  private static Function function(String name) {
    return new Function(
        SourceRange.NONE, name, null, "python3.12", "app.handler", "src/", 256, 10, Map.of(), null);
  }

  private static Route lambda(HttpMethod method, String path, String function) {
    return Route.builder(RouteKey.Http.of(method, path))
        .integration(Integration.builder(IntegrationKind.LAMBDA_PROXY).function(function).build())
        .build();
  }

  private static Api.Builder rest() {
    return Api.builder("pets", Protocol.REST)
        .endpoint(io.apigw.model.Endpoint.of(EndpointType.REGIONAL))
        .function(function("pets"))
        .route(lambda(HttpMethod.GET, "/pets/{petId}", "pets"))
        .route(lambda(HttpMethod.ANY, "/admin/{proxy+}", "pets"))
        .stage(Stage.builder("prod").build())
        .stage(Stage.builder("dev").build());
  }

  private static JsonNode cfn(Api api) {
    return Generator.tree(api, Generator.Target.CLOUDFORMATION, OPTIONS).get("Resources");
  }

  private static JsonNode sam(Api api) {
    return Generator.tree(api, Generator.Target.SAM, OPTIONS).get("Resources");
  }

  @Test
  void logicalIdsAreReadableAndTellCollidingNamesApart() {
    LogicalIds ids = new LogicalIds();

    assertThat(LogicalIds.pascal("GET /pets/{petId}")).isEqualTo("GetPetsPetId");
    assertThat(LogicalIds.pascal("$connect")).isEqualTo("Connect");
    assertThat(ids.apiKey("partner-a")).isEqualTo("PartnerAApiKey");
    assertThat(ids.apiKey("partner_a")).isEqualTo("PartnerAApiKey2");
    assertThat(ids.apiKey("partner-a")).isEqualTo("PartnerAApiKey");
    assertThat(ids.function("Api")).isEqualTo("ApiFunction");
  }

  /** execute-api ARNs: api-id/stage/METHOD/path, see arn-format-reference.md. */
  @Test
  void permissionsAreScopedToTheRoutesExecuteApiArn() {
    JsonNode resources = cfn(rest().build());

    assertThat(
            resources
                .get("PetsGetPetsPetIdPermission")
                .at("/Properties/SourceArn/Fn::Sub")
                .asText())
        .isEqualTo(
            "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*/GET/pets/*");
    assertThat(
            resources
                .get("PetsAnyAdminProxyPermission")
                .at("/Properties/SourceArn/Fn::Sub")
                .asText())
        .endsWith("${Api}/*/*/admin/*");
  }

  @Test
  void samLeavesRoutePermissionsToTheFunctionsEvents() {
    JsonNode resources = sam(rest().build());

    assertThat(
            resources
                .get("PetsFunction")
                .at("/Properties/Events/GetPetsPetId/Properties/Path")
                .asText())
        .isEqualTo("/pets/{petId}");
    assertThat(
            resources
                .get("PetsFunction")
                .at("/Properties/Events/AnyAdminProxy/Properties/Method")
                .asText())
        .isEqualTo("ANY");
    assertThat(resources.fieldNames()).toIterable().noneMatch(id -> id.endsWith("Permission"));
  }

  @Test
  void theDeploymentIdChangesWithTheRoutesButNotWithTheStages() {
    Api api = rest().build();
    Api moreRoutes = api.toBuilder().route(lambda(HttpMethod.POST, "/pets", "pets")).build();
    Api otherStage =
        api.toBuilder().stages(List.of(Stage.builder("prod").tracing(true).build())).build();

    String deployment = deploymentId(cfn(api));

    assertThat(deploymentId(cfn(moreRoutes))).isNotEqualTo(deployment);
    assertThat(deploymentId(cfn(otherStage))).isEqualTo(deployment);
    assertThat(cfn(api).at("/ProdStage/Properties/DeploymentId/Ref").asText())
        .isEqualTo(deployment);
  }

  private static String deploymentId(JsonNode resources) {
    List<String> ids = new java.util.ArrayList<>();
    resources.fieldNames().forEachRemaining(ids::add);
    return ids.stream().filter(id -> id.startsWith("Deployment")).findFirst().orElseThrow();
  }

  @Test
  void samPutsTheFirstStageOnTheApiAndTheOthersOnItsDeployment() {
    JsonNode resources = sam(rest().build());

    assertThat(resources.at("/Api/Properties/StageName").asText()).isEqualTo("prod");
    assertThat(resources.at("/DevStage/Properties/DeploymentId/Ref").asText())
        .isEqualTo("Api.Deployment");
  }

  @Test
  void aStageCanBeChosenAndAnUnknownOneIsAnError() {
    JsonNode resources =
        Generator.tree(rest().build(), Generator.Target.CLOUDFORMATION, OPTIONS.withStage("dev"))
            .get("Resources");

    assertThat(resources.has("DevStage")).isTrue();
    assertThat(resources.has("ProdStage")).isFalse();
    assertThatThrownBy(
            () -> Generator.tree(rest().build(), Generator.Target.SAM, OPTIONS.withStage("qa")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no stage named qa")
        .hasMessageContaining("prod, dev");
  }

  /** MethodSetting ResourcePath escapes slashes as ~1 (AWS::ApiGateway::Stage MethodSetting). */
  @Test
  void methodSettingsNameTheirResourcePathWithEscapedSlashes() {
    Stage prod =
        Stage.builder("prod")
            .setting(
                new MethodSetting(
                    SourceRange.NONE,
                    "GET /pets/{petId}",
                    Throttle.of(5.0, 10),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
            .build();
    JsonNode setting =
        cfn(rest().stages(List.of(prod)).build()).at("/ProdStage/Properties/MethodSettings/0");

    assertThat(setting.get("ResourcePath").asText()).isEqualTo("/~1pets~1{petId}");
    assertThat(setting.get("HttpMethod").asText()).isEqualTo("GET");
    assertThat(setting.get("ThrottlingRateLimit").asInt()).isEqualTo(5);
    assertThat(io.apigw.model.PlanStage.throttleKey("GET /pets/{petId}"))
        .isEqualTo("/pets/{petId}/GET");
  }

  @Test
  void functionsKnownOnlyByNameBecomeParameters() {
    Api api =
        rest()
            .functions(
                List.of(
                    new Function(
                        SourceRange.NONE,
                        "pets",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of(),
                        null)))
            .build();
    JsonNode template = Generator.tree(api, Generator.Target.CLOUDFORMATION, OPTIONS);

    assertThat(template.at("/Parameters/PetsFunctionArn/Type").asText()).isEqualTo("String");
    assertThat(
            template
                .at(
                    "/Resources/Api/Properties/Body/paths/~1pets~1{petId}/get/x-amazon-apigateway-integration/uri/Fn::Sub")
                .asText())
        .contains("functions/${PetsFunctionArn}/invocations");
    assertThat(template.at("/Resources/PetsFunction").isMissingNode()).isTrue();
  }

  @Test
  void cloudFormationFunctionsTakeTheirCodeFromS3Parameters() {
    JsonNode template = Generator.tree(rest().build(), Generator.Target.CLOUDFORMATION, OPTIONS);

    assertThat(template.at("/Parameters/CodeS3Bucket/Type").asText()).isEqualTo("String");
    assertThat(template.at("/Parameters/PetsCodeS3Key/Description").asText()).contains("src/");
    assertThat(template.at("/Resources/PetsFunction/Properties/Role/Fn::GetAtt/0").asText())
        .isEqualTo("PetsRole");
  }

  /** REST CORS as OPTIONS methods (enable-cors-for-resource-using-swagger-importer-tool.md). */
  @Test
  void restCorsIsAnOptionsMethodInCloudFormationAndSamsCorsInSam() {
    Cors cors =
        new Cors(SourceRange.NONE, List.of("*"), List.of("GET"), List.of(), List.of(), null, 600);
    Api api = rest().cors(cors).build();

    JsonNode options = cfn(api).at("/Api/Properties/Body/paths/~1pets~1{petId}/options");
    assertThat(options.at("/x-amazon-apigateway-integration/type").asText()).isEqualTo("mock");
    assertThat(
            options
                .at("/x-amazon-apigateway-integration/responses/default/responseParameters")
                .get("method.response.header.Access-Control-Max-Age")
                .asText())
        .isEqualTo("'600'");
    JsonNode samApi = sam(api).get("Api").get("Properties");
    assertThat(samApi.at("/Cors/AllowOrigin").asText()).isEqualTo("'*'");
    assertThat(samApi.at("/DefinitionBody/paths/~1pets~1{petId}/options").isMissingNode()).isTrue();
  }

  @Test
  void theImportDocumentHasNoneOfOurExtensions() {
    String text = Generator.generate(rest().build(), Generator.Target.OPENAPI, OPTIONS);

    assertThat(text).startsWith("openapi: \"3.0.1\"").doesNotContain("x-apigw-");
    assertThat(text).contains("x-amazon-apigateway-integration");
    assertThatThrownBy(
            () ->
                Generator.tree(
                    Api.builder("chat", Protocol.WEBSOCKET).build(),
                    Generator.Target.OPENAPI,
                    OPTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WebSocket");
  }

  @Test
  void aStagesWebAclIsAssociatedThroughAParameter() {
    Api api =
        rest()
            .stages(
                List.of(
                    Stage.builder("prod")
                        .webAclArn("arn:aws:wafv2:us-east-1:1:regional/webacl/x/y")
                        .build()))
            .build();
    JsonNode template = Generator.tree(api, Generator.Target.CLOUDFORMATION, OPTIONS);

    assertThat(template.at("/Parameters/ProdWebAclArn/Default").asText())
        .startsWith("arn:aws:wafv2");
    assertThat(template.at("/Resources/ProdWebAcl/Type").asText())
        .isEqualTo("AWS::WAFv2::WebACLAssociation");
  }

  @Test
  void domainsTakeTheirCertificateFromAParameter() {
    CustomDomain domain =
        new CustomDomain(
            SourceRange.NONE,
            "api.example.com",
            "arn:aws:acm:us-east-1:1:certificate/x",
            EndpointType.REGIONAL,
            "TLS_1_2",
            null,
            List.of(new BasePathMapping(SourceRange.NONE, "v1", "prod")));
    JsonNode template =
        Generator.tree(rest().domain(domain).build(), Generator.Target.CLOUDFORMATION, OPTIONS);

    assertThat(template.at("/Parameters/ApiExampleComCertificateArn/Default").asText())
        .startsWith("arn:aws:acm");
    assertThat(
            template
                .at("/Resources/ApiExampleComDomain/Properties/RegionalCertificateArn/Ref")
                .asText())
        .isEqualTo("ApiExampleComCertificateArn");
    assertThat(template.at("/Resources/ApiExampleComV1Mapping/Properties/Stage/Ref").asText())
        .isEqualTo("ProdStage");
  }

  @Test
  void everyStageHasAnInvokeUrl() {
    JsonNode outputs = Generator.tree(rest().build(), Generator.Target.SAM, OPTIONS).get("Outputs");

    assertThat(outputs.at("/DevUrl/Value/Fn::Sub").asText())
        .isEqualTo("https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/dev/");
  }
}
