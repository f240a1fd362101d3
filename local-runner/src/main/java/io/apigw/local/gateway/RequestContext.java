package io.apigw.local.gateway;

import java.util.Map;

/**
 * What API Gateway knows about a request once it has matched a route: the values behind {@code
 * $context} in mapping templates and access logs, and behind {@code requestContext} in Lambda proxy
 * events.
 *
 * @param requestId the request id ({@code x-amzn-RequestId} / {@code apigw-requestid})
 * @param extendedRequestId the extended request id
 * @param apiId the API id ({@code apigw-local} locally unless configured)
 * @param accountId the account id ({@code 123456789012} locally unless configured)
 * @param stage the stage name ({@code $default} for an HTTP API's default stage)
 * @param stageVariables the stage's variables
 * @param resourcePath REST: the resource path such as {@code /pets/{petId}}; HTTP: the route path
 * @param resourceId REST: a stable id of the resource
 * @param routeKey the route key, such as {@code GET /pets/{petId}} or {@code $default}
 * @param pathParameters path parameters by name, decoded; a greedy one holds the rest of the path
 * @param domainName the host the client called
 * @param domainPrefix the first label of the host
 * @param requestTimeEpochMillis when the request arrived
 * @param protocol {@code HTTP/1.1} ...
 * @param sourceIp the client's IP address
 * @param userAgent the client's {@code User-Agent}, or null
 * @param authorizer what an authorizer returned (principal, context, claims), or an empty map
 * @param deploymentId REST: the id of the deployment the stage serves ({@code
 *     $context.deploymentId})
 * @param apiKey REST: the API key the client sent, when the method requires one, else null
 * @param apiKeyId REST: the id of that API key, else null
 */
public record RequestContext(
    String requestId,
    String extendedRequestId,
    String apiId,
    String accountId,
    String stage,
    Map<String, String> stageVariables,
    String resourcePath,
    String resourceId,
    String routeKey,
    Map<String, String> pathParameters,
    String domainName,
    String domainPrefix,
    long requestTimeEpochMillis,
    String protocol,
    String sourceIp,
    String userAgent,
    Map<String, Object> authorizer,
    String deploymentId,
    String apiKey,
    String apiKeyId) {
  public RequestContext {
    stageVariables = stageVariables == null ? Map.of() : stageVariables;
    pathParameters = pathParameters == null ? Map.of() : pathParameters;
    authorizer = authorizer == null ? Map.of() : authorizer;
  }

  /** A context without deployment id and API key. */
  public RequestContext(
      String requestId,
      String extendedRequestId,
      String apiId,
      String accountId,
      String stage,
      Map<String, String> stageVariables,
      String resourcePath,
      String resourceId,
      String routeKey,
      Map<String, String> pathParameters,
      String domainName,
      String domainPrefix,
      long requestTimeEpochMillis,
      String protocol,
      String sourceIp,
      String userAgent,
      Map<String, Object> authorizer) {
    this(
        requestId,
        extendedRequestId,
        apiId,
        accountId,
        stage,
        stageVariables,
        resourcePath,
        resourceId,
        routeKey,
        pathParameters,
        domainName,
        domainPrefix,
        requestTimeEpochMillis,
        protocol,
        sourceIp,
        userAgent,
        authorizer,
        null,
        null,
        null);
  }
}
