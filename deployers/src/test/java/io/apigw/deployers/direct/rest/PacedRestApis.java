package io.apigw.deployers.direct.rest;

import io.apigw.deployers.aws.Calls;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.apigateway.model.ApiKey;
import software.amazon.awssdk.services.apigateway.model.Authorizer;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiRequest;
import software.amazon.awssdk.services.apigateway.model.CreateUsagePlanRequest;
import software.amazon.awssdk.services.apigateway.model.Deployment;
import software.amazon.awssdk.services.apigateway.model.DeploymentCanarySettings;
import software.amazon.awssdk.services.apigateway.model.PatchOperation;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigateway.model.Stage;
import software.amazon.awssdk.services.apigateway.model.UsagePlan;
import software.amazon.awssdk.services.apigateway.model.UsagePlanKey;

/**
 * {@link RestApis} with every call paced and retried by {@link Calls} under the operation name
 * {@link SdkRestApis} gives it ({@code apigateway:PutRestApi}, {@code apigateway:TagResource}...),
 * so a fake behind it is called as AWS is by a real deploy.
 */
final class PacedRestApis implements RestApis {
  private final Calls calls;
  private final RestApis apis;

  PacedRestApis(Calls calls, RestApis apis) {
    this.calls = calls;
    this.apis = apis;
  }

  private <T> T call(String operation, java.util.function.Supplier<T> call) {
    return calls.call("apigateway:" + operation, call);
  }

  private void run(String operation, Runnable call) {
    calls.run("apigateway:" + operation, call);
  }

  @Override
  public List<RestApi> restApis() {
    return call("GetRestApis", apis::restApis);
  }

  @Override
  public RestApi createRestApi(CreateRestApiRequest request) {
    return call("CreateRestApi", () -> apis.createRestApi(request));
  }

  @Override
  public void putRestApi(String apiId, String openApiJson) {
    run("PutRestApi", () -> apis.putRestApi(apiId, openApiJson));
  }

  @Override
  public void updateRestApi(String apiId, List<PatchOperation> operations) {
    run("UpdateRestApi", () -> apis.updateRestApi(apiId, operations));
  }

  @Override
  public void deleteRestApi(String apiId) {
    run("DeleteRestApi", () -> apis.deleteRestApi(apiId));
  }

  @Override
  public List<Resource> resources(String apiId) {
    return call("GetResources", () -> apis.resources(apiId));
  }

  @Override
  public List<Authorizer> authorizers(String apiId) {
    return call("GetAuthorizers", () -> apis.authorizers(apiId));
  }

  @Override
  public List<Stage> stages(String apiId) {
    return call("GetStages", () -> apis.stages(apiId));
  }

  @Override
  public List<Deployment> deployments(String apiId) {
    return call("GetDeployments", () -> apis.deployments(apiId));
  }

  @Override
  public Deployment createDeployment(String apiId, String stage, String description) {
    return call("CreateDeployment", () -> apis.createDeployment(apiId, stage, description));
  }

  @Override
  public void updateStage(String apiId, String stage, List<PatchOperation> operations) {
    run("UpdateStage", () -> apis.updateStage(apiId, stage, operations));
  }

  @Override
  public Deployment createCanaryDeployment(
      String apiId, String stage, String description, DeploymentCanarySettings canary) {
    return call(
        "CreateDeployment", () -> apis.createCanaryDeployment(apiId, stage, description, canary));
  }

  @Override
  public void createStage(String apiId, String stage, String deploymentId) {
    run("CreateStage", () -> apis.createStage(apiId, stage, deploymentId));
  }

  @Override
  public void deleteStage(String apiId, String stage) {
    run("DeleteStage", () -> apis.deleteStage(apiId, stage));
  }

  @Override
  public List<ApiKey> apiKeys() {
    return call("GetApiKeys", apis::apiKeys);
  }

  @Override
  public ApiKey createApiKey(
      String name, String value, boolean enabled, String description, Map<String, String> tags) {
    return call("CreateApiKey", () -> apis.createApiKey(name, value, enabled, description, tags));
  }

  @Override
  public void updateApiKey(String keyId, List<PatchOperation> operations) {
    run("UpdateApiKey", () -> apis.updateApiKey(keyId, operations));
  }

  @Override
  public void deleteApiKey(String keyId) {
    run("DeleteApiKey", () -> apis.deleteApiKey(keyId));
  }

  @Override
  public List<UsagePlan> usagePlans() {
    return call("GetUsagePlans", apis::usagePlans);
  }

  @Override
  public UsagePlan createUsagePlan(CreateUsagePlanRequest request) {
    return call("CreateUsagePlan", () -> apis.createUsagePlan(request));
  }

  @Override
  public void updateUsagePlan(String planId, List<PatchOperation> operations) {
    run("UpdateUsagePlan", () -> apis.updateUsagePlan(planId, operations));
  }

  @Override
  public void deleteUsagePlan(String planId) {
    run("DeleteUsagePlan", () -> apis.deleteUsagePlan(planId));
  }

  @Override
  public List<UsagePlanKey> usagePlanKeys(String planId) {
    return call("GetUsagePlanKeys", () -> apis.usagePlanKeys(planId));
  }

  @Override
  public void createUsagePlanKey(String planId, String keyId) {
    run("CreateUsagePlanKey", () -> apis.createUsagePlanKey(planId, keyId));
  }

  @Override
  public void deleteUsagePlanKey(String planId, String keyId) {
    run("DeleteUsagePlanKey", () -> apis.deleteUsagePlanKey(planId, keyId));
  }
}
