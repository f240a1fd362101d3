package io.apigw.deployers.direct.v2;

import io.apigw.deployers.aws.Calls;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.Authorizer;
import software.amazon.awssdk.services.apigatewayv2.model.CreateApiRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateAuthorizerRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateIntegrationRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateRouteRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateStageRequest;
import software.amazon.awssdk.services.apigatewayv2.model.Integration;
import software.amazon.awssdk.services.apigatewayv2.model.Route;
import software.amazon.awssdk.services.apigatewayv2.model.RouteResponse;
import software.amazon.awssdk.services.apigatewayv2.model.Stage;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateApiRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateAuthorizerRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateIntegrationRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateRouteRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateStageRequest;

/** Sends every call of another {@link HttpApis} through {@link Calls}, named as IAM names it. */
final class PacedHttpApis implements HttpApis {
  private static final String SERVICE = "apigatewayv2:";
  private final Calls calls;
  private final HttpApis apis;

  PacedHttpApis(Calls calls, HttpApis apis) {
    this.calls = calls;
    this.apis = apis;
  }

  private <T> T call(String operation, java.util.function.Supplier<T> call) {
    return calls.call(SERVICE + operation, call);
  }

  private void run(String operation, Runnable call) {
    calls.run(SERVICE + operation, call);
  }

  @Override
  public Page<Api> getApis(String nextToken) {
    return call("GetApis", () -> apis.getApis(nextToken));
  }

  @Override
  public String createApi(CreateApiRequest request) {
    return call("CreateApi", () -> apis.createApi(request));
  }

  @Override
  public void updateApi(UpdateApiRequest request) {
    run("UpdateApi", () -> apis.updateApi(request));
  }

  @Override
  public void deleteCorsConfiguration(String apiId) {
    run("DeleteCorsConfiguration", () -> apis.deleteCorsConfiguration(apiId));
  }

  @Override
  public void deleteApi(String apiId) {
    run("DeleteApi", () -> apis.deleteApi(apiId));
  }

  @Override
  public void tagResource(String resourceArn, Map<String, String> tags) {
    run("TagResource", () -> apis.tagResource(resourceArn, tags));
  }

  @Override
  public void untagResource(String resourceArn, List<String> tagKeys) {
    run("UntagResource", () -> apis.untagResource(resourceArn, tagKeys));
  }

  @Override
  public Page<Integration> getIntegrations(String apiId, String nextToken) {
    return call("GetIntegrations", () -> apis.getIntegrations(apiId, nextToken));
  }

  @Override
  public String createIntegration(CreateIntegrationRequest request) {
    return call("CreateIntegration", () -> apis.createIntegration(request));
  }

  @Override
  public void updateIntegration(UpdateIntegrationRequest request) {
    run("UpdateIntegration", () -> apis.updateIntegration(request));
  }

  @Override
  public void deleteIntegration(String apiId, String integrationId) {
    run("DeleteIntegration", () -> apis.deleteIntegration(apiId, integrationId));
  }

  @Override
  public Page<Route> getRoutes(String apiId, String nextToken) {
    return call("GetRoutes", () -> apis.getRoutes(apiId, nextToken));
  }

  @Override
  public String createRoute(CreateRouteRequest request) {
    return call("CreateRoute", () -> apis.createRoute(request));
  }

  @Override
  public void updateRoute(UpdateRouteRequest request) {
    run("UpdateRoute", () -> apis.updateRoute(request));
  }

  @Override
  public void deleteRoute(String apiId, String routeId) {
    run("DeleteRoute", () -> apis.deleteRoute(apiId, routeId));
  }

  @Override
  public void deleteRouteRequestParameter(
      String apiId, String routeId, String requestParameterKey) {
    run(
        "DeleteRouteRequestParameter",
        () -> apis.deleteRouteRequestParameter(apiId, routeId, requestParameterKey));
  }

  @Override
  public Page<RouteResponse> getRouteResponses(String apiId, String routeId, String nextToken) {
    return call("GetRouteResponses", () -> apis.getRouteResponses(apiId, routeId, nextToken));
  }

  @Override
  public String createRouteResponse(String apiId, String routeId, String routeResponseKey) {
    return call(
        "CreateRouteResponse", () -> apis.createRouteResponse(apiId, routeId, routeResponseKey));
  }

  @Override
  public void deleteRouteResponse(String apiId, String routeId, String routeResponseId) {
    run("DeleteRouteResponse", () -> apis.deleteRouteResponse(apiId, routeId, routeResponseId));
  }

  @Override
  public Page<Authorizer> getAuthorizers(String apiId, String nextToken) {
    return call("GetAuthorizers", () -> apis.getAuthorizers(apiId, nextToken));
  }

  @Override
  public Authorizer getAuthorizer(String apiId, String authorizerId) {
    return call("GetAuthorizer", () -> apis.getAuthorizer(apiId, authorizerId));
  }

  @Override
  public String createAuthorizer(CreateAuthorizerRequest request) {
    return call("CreateAuthorizer", () -> apis.createAuthorizer(request));
  }

  @Override
  public void updateAuthorizer(UpdateAuthorizerRequest request) {
    run("UpdateAuthorizer", () -> apis.updateAuthorizer(request));
  }

  @Override
  public void deleteAuthorizer(String apiId, String authorizerId) {
    run("DeleteAuthorizer", () -> apis.deleteAuthorizer(apiId, authorizerId));
  }

  @Override
  public Page<Stage> getStages(String apiId, String nextToken) {
    return call("GetStages", () -> apis.getStages(apiId, nextToken));
  }

  @Override
  public void createStage(CreateStageRequest request) {
    run("CreateStage", () -> apis.createStage(request));
  }

  @Override
  public void updateStage(UpdateStageRequest request) {
    run("UpdateStage", () -> apis.updateStage(request));
  }

  @Override
  public void deleteStage(String apiId, String stageName) {
    run("DeleteStage", () -> apis.deleteStage(apiId, stageName));
  }

  @Override
  public void deleteRouteSettings(String apiId, String stageName, String routeKey) {
    run("DeleteRouteSettings", () -> apis.deleteRouteSettings(apiId, stageName, routeKey));
  }

  @Override
  public void deleteAccessLogSettings(String apiId, String stageName) {
    run("DeleteAccessLogSettings", () -> apis.deleteAccessLogSettings(apiId, stageName));
  }

  @Override
  public String createDeployment(String apiId, String stageName, String description) {
    return call("CreateDeployment", () -> apis.createDeployment(apiId, stageName, description));
  }

  @Override
  public Calls.Stats stats() {
    return calls.stats();
  }
}
