package io.apigw.deployers.direct.rest;

import io.apigw.deployers.aws.Calls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.ApiKey;
import software.amazon.awssdk.services.apigateway.model.Authorizer;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiRequest;
import software.amazon.awssdk.services.apigateway.model.CreateUsagePlanRequest;
import software.amazon.awssdk.services.apigateway.model.Deployment;
import software.amazon.awssdk.services.apigateway.model.DeploymentCanarySettings;
import software.amazon.awssdk.services.apigateway.model.GetApiKeysResponse;
import software.amazon.awssdk.services.apigateway.model.GetAuthorizersResponse;
import software.amazon.awssdk.services.apigateway.model.GetDeploymentsResponse;
import software.amazon.awssdk.services.apigateway.model.GetResourcesResponse;
import software.amazon.awssdk.services.apigateway.model.GetRestApisResponse;
import software.amazon.awssdk.services.apigateway.model.GetUsagePlanKeysResponse;
import software.amazon.awssdk.services.apigateway.model.GetUsagePlansResponse;
import software.amazon.awssdk.services.apigateway.model.PatchOperation;
import software.amazon.awssdk.services.apigateway.model.PutMode;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigateway.model.Stage;
import software.amazon.awssdk.services.apigateway.model.UsagePlan;
import software.amazon.awssdk.services.apigateway.model.UsagePlanKey;

/** {@link RestApis} over the SDK, every call paced and retried by {@link Calls}. */
public final class SdkRestApis implements RestApis {
  private static final int PAGE = 500;

  private final ApiGatewayClient client;
  private final Calls calls;

  public SdkRestApis(ApiGatewayClient client, Calls calls) {
    this.client = client;
    this.calls = calls;
  }

  /** Every page of a list call: API Gateway pages with {@code position}. */
  private <R, T> List<T> pages(
      String operation,
      Function<String, R> page,
      Function<R, List<T>> items,
      Function<R, String> next) {
    List<T> all = new ArrayList<>();
    String position = null;
    do {
      String from = position;
      R answer = calls.call(operation, () -> page.apply(from));
      all.addAll(items.apply(answer));
      position = next.apply(answer);
    } while (position != null && !position.isEmpty());
    return all;
  }

  @Override
  public List<RestApi> restApis() {
    return pages(
        "apigateway:GetRestApis",
        from -> client.getRestApis(r -> r.limit(PAGE).position(from)),
        GetRestApisResponse::items,
        GetRestApisResponse::position);
  }

  @Override
  public RestApi createRestApi(CreateRestApiRequest request) {
    var created = calls.call("apigateway:CreateRestApi", () -> client.createRestApi(request));
    return RestApi.builder()
        .id(created.id())
        .name(created.name())
        .description(created.description())
        .tags(created.tags())
        .endpointConfiguration(created.endpointConfiguration())
        .build();
  }

  @Override
  public void putRestApi(String apiId, String openApiJson) {
    calls.run(
        "apigateway:PutRestApi",
        () ->
            client.putRestApi(
                r ->
                    r.restApiId(apiId)
                        .mode(PutMode.OVERWRITE)
                        .failOnWarnings(false)
                        .body(SdkBytes.fromUtf8String(openApiJson))));
  }

  @Override
  public void updateRestApi(String apiId, List<PatchOperation> operations) {
    calls.run(
        "apigateway:UpdateRestApi",
        () -> client.updateRestApi(r -> r.restApiId(apiId).patchOperations(operations)));
  }

  @Override
  public void deleteRestApi(String apiId) {
    calls.run("apigateway:DeleteRestApi", () -> client.deleteRestApi(r -> r.restApiId(apiId)));
  }

  @Override
  public List<Resource> resources(String apiId) {
    return pages(
        "apigateway:GetResources",
        from ->
            client.getResources(
                r -> r.restApiId(apiId).embed("methods").limit(PAGE).position(from)),
        GetResourcesResponse::items,
        GetResourcesResponse::position);
  }

  @Override
  public List<Authorizer> authorizers(String apiId) {
    return pages(
        "apigateway:GetAuthorizers",
        from -> client.getAuthorizers(r -> r.restApiId(apiId).limit(PAGE).position(from)),
        GetAuthorizersResponse::items,
        GetAuthorizersResponse::position);
  }

  @Override
  public List<Stage> stages(String apiId) {
    return calls
        .call("apigateway:GetStages", () -> client.getStages(r -> r.restApiId(apiId)))
        .item();
  }

  @Override
  public List<Deployment> deployments(String apiId) {
    return pages(
        "apigateway:GetDeployments",
        from -> client.getDeployments(r -> r.restApiId(apiId).limit(PAGE).position(from)),
        GetDeploymentsResponse::items,
        GetDeploymentsResponse::position);
  }

  @Override
  public Deployment createDeployment(String apiId, String stage, String description) {
    var created =
        calls.call(
            "apigateway:CreateDeployment",
            () ->
                client.createDeployment(
                    r -> r.restApiId(apiId).stageName(stage).description(description)));
    return Deployment.builder().id(created.id()).description(created.description()).build();
  }

  @Override
  public Deployment createCanaryDeployment(
      String apiId, String stage, String description, DeploymentCanarySettings canary) {
    var created =
        calls.call(
            "apigateway:CreateDeployment",
            () ->
                client.createDeployment(
                    r ->
                        r.restApiId(apiId)
                            .stageName(stage)
                            .description(description)
                            .canarySettings(canary)));
    return Deployment.builder().id(created.id()).description(created.description()).build();
  }

  @Override
  public void createStage(String apiId, String stage, String deploymentId) {
    calls.run(
        "apigateway:CreateStage",
        () ->
            client.createStage(
                r -> r.restApiId(apiId).stageName(stage).deploymentId(deploymentId)));
  }

  @Override
  public void updateStage(String apiId, String stage, List<PatchOperation> operations) {
    calls.run(
        "apigateway:UpdateStage",
        () ->
            client.updateStage(
                r -> r.restApiId(apiId).stageName(stage).patchOperations(operations)));
  }

  @Override
  public void deleteStage(String apiId, String stage) {
    calls.run(
        "apigateway:DeleteStage",
        () -> client.deleteStage(r -> r.restApiId(apiId).stageName(stage)));
  }

  @Override
  public List<ApiKey> apiKeys() {
    return pages(
        "apigateway:GetApiKeys",
        from -> client.getApiKeys(r -> r.includeValues(true).limit(PAGE).position(from)),
        GetApiKeysResponse::items,
        GetApiKeysResponse::position);
  }

  @Override
  public ApiKey createApiKey(
      String name, String value, boolean enabled, String description, Map<String, String> tags) {
    var created =
        calls.call(
            "apigateway:CreateApiKey",
            () ->
                client.createApiKey(
                    r ->
                        r.name(name)
                            .value(value)
                            .enabled(enabled)
                            .description(description)
                            .tags(tags)));
    return ApiKey.builder()
        .id(created.id())
        .name(created.name())
        .enabled(created.enabled())
        .description(created.description())
        .tags(created.tags())
        .build();
  }

  @Override
  public void updateApiKey(String keyId, List<PatchOperation> operations) {
    calls.run(
        "apigateway:UpdateApiKey",
        () -> client.updateApiKey(r -> r.apiKey(keyId).patchOperations(operations)));
  }

  @Override
  public void deleteApiKey(String keyId) {
    calls.run("apigateway:DeleteApiKey", () -> client.deleteApiKey(r -> r.apiKey(keyId)));
  }

  @Override
  public List<UsagePlan> usagePlans() {
    return pages(
        "apigateway:GetUsagePlans",
        from -> client.getUsagePlans(r -> r.limit(PAGE).position(from)),
        GetUsagePlansResponse::items,
        GetUsagePlansResponse::position);
  }

  @Override
  public UsagePlan createUsagePlan(CreateUsagePlanRequest request) {
    var created = calls.call("apigateway:CreateUsagePlan", () -> client.createUsagePlan(request));
    return UsagePlan.builder().id(created.id()).name(created.name()).tags(created.tags()).build();
  }

  @Override
  public void updateUsagePlan(String planId, List<PatchOperation> operations) {
    calls.run(
        "apigateway:UpdateUsagePlan",
        () -> client.updateUsagePlan(r -> r.usagePlanId(planId).patchOperations(operations)));
  }

  @Override
  public void deleteUsagePlan(String planId) {
    calls.run(
        "apigateway:DeleteUsagePlan", () -> client.deleteUsagePlan(r -> r.usagePlanId(planId)));
  }

  @Override
  public List<UsagePlanKey> usagePlanKeys(String planId) {
    return pages(
        "apigateway:GetUsagePlanKeys",
        from -> client.getUsagePlanKeys(r -> r.usagePlanId(planId).limit(PAGE).position(from)),
        GetUsagePlanKeysResponse::items,
        GetUsagePlanKeysResponse::position);
  }

  @Override
  public void createUsagePlanKey(String planId, String keyId) {
    calls.run(
        "apigateway:CreateUsagePlanKey",
        () ->
            client.createUsagePlanKey(r -> r.usagePlanId(planId).keyId(keyId).keyType("API_KEY")));
  }

  @Override
  public void deleteUsagePlanKey(String planId, String keyId) {
    calls.run(
        "apigateway:DeleteUsagePlanKey",
        () -> client.deleteUsagePlanKey(r -> r.usagePlanId(planId).keyId(keyId)));
  }
}
