package io.apigw.deployers.direct.rest;

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
 * The API Gateway (REST, v1) calls a direct deploy makes, and nothing more: {@link SdkRestApis}
 * sends them to AWS, tests use small fakes. Lists are complete (implementations page through).
 */
public interface RestApis {
  List<RestApi> restApis();

  RestApi createRestApi(CreateRestApiRequest request);

  /** PutRestApi in {@code overwrite} mode: the whole definition in one call. */
  void putRestApi(String apiId, String openApiJson);

  void updateRestApi(String apiId, List<PatchOperation> operations);

  void deleteRestApi(String apiId);

  /** GetResources with {@code embed=methods}: every resource with its methods and integrations. */
  List<Resource> resources(String apiId);

  List<Authorizer> authorizers(String apiId);

  List<Stage> stages(String apiId);

  List<Deployment> deployments(String apiId);

  /** CreateDeployment to a stage; API Gateway creates the stage when it does not exist. */
  Deployment createDeployment(String apiId, String stage, String description);

  /**
   * CreateDeployment to the canary of an existing stage: the stage's production release keeps its
   * deployment, the canary gets the new one (create-canary-deployment.md).
   */
  Deployment createCanaryDeployment(
      String apiId, String stage, String description, DeploymentCanarySettings canary);

  /** CreateStage: a new stage on an existing deployment. */
  void createStage(String apiId, String stage, String deploymentId);

  void updateStage(String apiId, String stage, List<PatchOperation> operations);

  void deleteStage(String apiId, String stage);

  /** Every API key of the account, with values (compared as digests, never printed). */
  List<ApiKey> apiKeys();

  ApiKey createApiKey(
      String name, String value, boolean enabled, String description, Map<String, String> tags);

  void updateApiKey(String keyId, List<PatchOperation> operations);

  void deleteApiKey(String keyId);

  List<UsagePlan> usagePlans();

  UsagePlan createUsagePlan(CreateUsagePlanRequest request);

  void updateUsagePlan(String planId, List<PatchOperation> operations);

  void deleteUsagePlan(String planId);

  List<UsagePlanKey> usagePlanKeys(String planId);

  void createUsagePlanKey(String planId, String keyId);

  void deleteUsagePlanKey(String planId, String keyId);
}
