package io.apigw.deployers.direct.v2;

import io.apigw.deployers.aws.Calls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

/**
 * The apigatewayv2 calls a direct deploy of an HTTP or WebSocket API needs, one method per AWS
 * operation (list operations one page at a time, so each page is one paced call). Requests and
 * answers are the SDK's own model classes; creations return the new item's id.
 *
 * <p>{@link SdkHttpApis} sends them to AWS; {@link #through} puts {@link Calls} (pacing and
 * retries) in front of any implementation, the SDK one or a test's fake.
 */
public interface HttpApis {
  /** One page of a list operation; {@code nextToken} is null on the last page. */
  record Page<T>(List<T> items, String nextToken) {
    public Page {
      items = List.copyOf(items);
    }
  }

  Page<Api> getApis(String nextToken);

  String createApi(CreateApiRequest request);

  void updateApi(UpdateApiRequest request);

  void deleteCorsConfiguration(String apiId);

  void deleteApi(String apiId);

  void tagResource(String resourceArn, Map<String, String> tags);

  void untagResource(String resourceArn, List<String> tagKeys);

  Page<Integration> getIntegrations(String apiId, String nextToken);

  String createIntegration(CreateIntegrationRequest request);

  void updateIntegration(UpdateIntegrationRequest request);

  void deleteIntegration(String apiId, String integrationId);

  Page<Route> getRoutes(String apiId, String nextToken);

  String createRoute(CreateRouteRequest request);

  void updateRoute(UpdateRouteRequest request);

  void deleteRoute(String apiId, String routeId);

  /** Removes one request parameter from a WebSocket route: UpdateRoute cannot drop one. */
  void deleteRouteRequestParameter(String apiId, String routeId, String requestParameterKey);

  /** A WebSocket route's responses (only {@code $default} exists), one page. */
  Page<RouteResponse> getRouteResponses(String apiId, String routeId, String nextToken);

  /** Makes a WebSocket route two-way: the client gets the integration's answer. */
  String createRouteResponse(String apiId, String routeId, String routeResponseKey);

  void deleteRouteResponse(String apiId, String routeId, String routeResponseId);

  Page<Authorizer> getAuthorizers(String apiId, String nextToken);

  /** One authorizer by id: where an emulator has no GetAuthorizers (moto 5.2). */
  Authorizer getAuthorizer(String apiId, String authorizerId);

  String createAuthorizer(CreateAuthorizerRequest request);

  void updateAuthorizer(UpdateAuthorizerRequest request);

  void deleteAuthorizer(String apiId, String authorizerId);

  Page<Stage> getStages(String apiId, String nextToken);

  void createStage(CreateStageRequest request);

  void updateStage(UpdateStageRequest request);

  void deleteStage(String apiId, String stageName);

  /** Removes one route's settings from a stage: UpdateStage merges, it cannot drop a key. */
  void deleteRouteSettings(String apiId, String stageName, String routeKey);

  /** Turns a stage's access logging off: UpdateStage cannot unset it. */
  void deleteAccessLogSettings(String apiId, String stageName);

  /** Deploys the API's current routes and integrations to the stage; returns the deployment id. */
  String createDeployment(String apiId, String stageName, String description);

  /** What was sent so far, where the calls go through {@link Calls}; else null. */
  default Calls.Stats stats() {
    return null;
  }

  /** Every item of a paginated list: asks page after page until AWS sends no next token. */
  static <T> List<T> all(Function<String, Page<T>> pages) {
    List<T> items = new ArrayList<>();
    String token = null;
    do {
      Page<T> page = pages.apply(token);
      items.addAll(page.items());
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
    return items;
  }

  /** {@code apis} with every call paced and retried by {@code calls}. */
  static HttpApis through(Calls calls, HttpApis apis) {
    return new PacedHttpApis(calls, apis);
  }
}
