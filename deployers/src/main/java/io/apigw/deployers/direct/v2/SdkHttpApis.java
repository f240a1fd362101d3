package io.apigw.deployers.direct.v2;

import io.apigw.deployers.aws.AwsClients;
import io.apigw.deployers.aws.Calls;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.Authorizer;
import software.amazon.awssdk.services.apigatewayv2.model.CreateApiRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateAuthorizerRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateIntegrationRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateRouteRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateStageRequest;
import software.amazon.awssdk.services.apigatewayv2.model.GetApisResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetAuthorizerResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetAuthorizersResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetIntegrationsResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetRouteResponsesResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetRoutesResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetStagesResponse;
import software.amazon.awssdk.services.apigatewayv2.model.Integration;
import software.amazon.awssdk.services.apigatewayv2.model.Route;
import software.amazon.awssdk.services.apigatewayv2.model.RouteResponse;
import software.amazon.awssdk.services.apigatewayv2.model.Stage;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateApiRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateAuthorizerRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateIntegrationRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateRouteRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateStageRequest;

/**
 * {@link HttpApis} over the SDK's apigatewayv2 client. Build it with {@link #of}, which puts {@link
 * Calls} in front, so no call reaches AWS unpaced.
 */
public final class SdkHttpApis implements HttpApis {
  /** The largest page the list operations accept, to keep a 300-route API to few calls. */
  static final String PAGE_SIZE = "500";

  private final ApiGatewayV2Client client;

  private SdkHttpApis(ApiGatewayV2Client client) {
    this.client = client;
  }

  /** Over {@code clients}' apigatewayv2 client, every call paced and retried by {@code calls}. */
  public static HttpApis of(AwsClients clients, Calls calls) {
    return of(clients.apiGatewayV2(), calls);
  }

  /** Over a client the caller built, every call paced and retried by {@code calls}. */
  public static HttpApis of(ApiGatewayV2Client client, Calls calls) {
    return HttpApis.through(calls, new SdkHttpApis(client));
  }

  @Override
  public Page<Api> getApis(String nextToken) {
    GetApisResponse page = client.getApis(r -> r.nextToken(nextToken).maxResults(PAGE_SIZE));
    return new Page<>(page.items(), page.nextToken());
  }

  @Override
  public String createApi(CreateApiRequest request) {
    return client.createApi(request).apiId();
  }

  @Override
  public void updateApi(UpdateApiRequest request) {
    client.updateApi(request);
  }

  @Override
  public void deleteCorsConfiguration(String apiId) {
    client.deleteCorsConfiguration(r -> r.apiId(apiId));
  }

  @Override
  public void deleteApi(String apiId) {
    client.deleteApi(r -> r.apiId(apiId));
  }

  @Override
  public void tagResource(String resourceArn, Map<String, String> tags) {
    client.tagResource(r -> r.resourceArn(resourceArn).tags(tags));
  }

  @Override
  public void untagResource(String resourceArn, List<String> tagKeys) {
    client.untagResource(r -> r.resourceArn(resourceArn).tagKeys(tagKeys));
  }

  @Override
  public Page<Integration> getIntegrations(String apiId, String nextToken) {
    GetIntegrationsResponse page =
        client.getIntegrations(r -> r.apiId(apiId).nextToken(nextToken).maxResults(PAGE_SIZE));
    return new Page<>(page.items(), page.nextToken());
  }

  @Override
  public String createIntegration(CreateIntegrationRequest request) {
    return client.createIntegration(request).integrationId();
  }

  @Override
  public void updateIntegration(UpdateIntegrationRequest request) {
    client.updateIntegration(request);
  }

  @Override
  public void deleteIntegration(String apiId, String integrationId) {
    client.deleteIntegration(r -> r.apiId(apiId).integrationId(integrationId));
  }

  @Override
  public Page<Route> getRoutes(String apiId, String nextToken) {
    GetRoutesResponse page =
        client.getRoutes(r -> r.apiId(apiId).nextToken(nextToken).maxResults(PAGE_SIZE));
    return new Page<>(page.items(), page.nextToken());
  }

  @Override
  public String createRoute(CreateRouteRequest request) {
    return client.createRoute(request).routeId();
  }

  @Override
  public void updateRoute(UpdateRouteRequest request) {
    client.updateRoute(request);
  }

  @Override
  public void deleteRoute(String apiId, String routeId) {
    client.deleteRoute(r -> r.apiId(apiId).routeId(routeId));
  }

  @Override
  public void deleteRouteRequestParameter(
      String apiId, String routeId, String requestParameterKey) {
    client.deleteRouteRequestParameter(
        r -> r.apiId(apiId).routeId(routeId).requestParameterKey(requestParameterKey));
  }

  @Override
  public Page<RouteResponse> getRouteResponses(String apiId, String routeId, String nextToken) {
    GetRouteResponsesResponse page =
        client.getRouteResponses(
            r -> r.apiId(apiId).routeId(routeId).nextToken(nextToken).maxResults(PAGE_SIZE));
    return new Page<>(page.items(), page.nextToken());
  }

  @Override
  public String createRouteResponse(String apiId, String routeId, String routeResponseKey) {
    return client
        .createRouteResponse(
            r -> r.apiId(apiId).routeId(routeId).routeResponseKey(routeResponseKey))
        .routeResponseId();
  }

  @Override
  public void deleteRouteResponse(String apiId, String routeId, String routeResponseId) {
    client.deleteRouteResponse(
        r -> r.apiId(apiId).routeId(routeId).routeResponseId(routeResponseId));
  }

  @Override
  public Page<Authorizer> getAuthorizers(String apiId, String nextToken) {
    GetAuthorizersResponse page =
        client.getAuthorizers(r -> r.apiId(apiId).nextToken(nextToken).maxResults(PAGE_SIZE));
    return new Page<>(page.items(), page.nextToken());
  }

  @Override
  public Authorizer getAuthorizer(String apiId, String authorizerId) {
    GetAuthorizerResponse a = client.getAuthorizer(r -> r.apiId(apiId).authorizerId(authorizerId));
    return Authorizer.builder()
        .authorizerId(a.authorizerId())
        .name(a.name())
        .authorizerType(a.authorizerTypeAsString())
        .authorizerUri(a.authorizerUri())
        .authorizerCredentialsArn(a.authorizerCredentialsArn())
        .identitySource(a.hasIdentitySource() ? a.identitySource() : null)
        .identityValidationExpression(a.identityValidationExpression())
        .authorizerResultTtlInSeconds(a.authorizerResultTtlInSeconds())
        .authorizerPayloadFormatVersion(a.authorizerPayloadFormatVersion())
        .enableSimpleResponses(a.enableSimpleResponses())
        .jwtConfiguration(a.jwtConfiguration())
        .build();
  }

  @Override
  public String createAuthorizer(CreateAuthorizerRequest request) {
    return client.createAuthorizer(request).authorizerId();
  }

  @Override
  public void updateAuthorizer(UpdateAuthorizerRequest request) {
    client.updateAuthorizer(request);
  }

  @Override
  public void deleteAuthorizer(String apiId, String authorizerId) {
    client.deleteAuthorizer(r -> r.apiId(apiId).authorizerId(authorizerId));
  }

  @Override
  public Page<Stage> getStages(String apiId, String nextToken) {
    GetStagesResponse page =
        client.getStages(r -> r.apiId(apiId).nextToken(nextToken).maxResults(PAGE_SIZE));
    return new Page<>(page.items(), page.nextToken());
  }

  @Override
  public void createStage(CreateStageRequest request) {
    client.createStage(request);
  }

  @Override
  public void updateStage(UpdateStageRequest request) {
    client.updateStage(request);
  }

  @Override
  public void deleteStage(String apiId, String stageName) {
    client.deleteStage(r -> r.apiId(apiId).stageName(stageName));
  }

  @Override
  public void deleteRouteSettings(String apiId, String stageName, String routeKey) {
    client.deleteRouteSettings(r -> r.apiId(apiId).stageName(stageName).routeKey(routeKey));
  }

  @Override
  public void deleteAccessLogSettings(String apiId, String stageName) {
    client.deleteAccessLogSettings(r -> r.apiId(apiId).stageName(stageName));
  }

  @Override
  public String createDeployment(String apiId, String stageName, String description) {
    return client
        .createDeployment(r -> r.apiId(apiId).stageName(stageName).description(description))
        .deploymentId();
  }
}
