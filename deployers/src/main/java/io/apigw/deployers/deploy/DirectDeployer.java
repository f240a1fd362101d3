package io.apigw.deployers.deploy;

import io.apigw.model.Api;

/**
 * A deploy through API Gateway's own APIs, without CloudFormation: one implementation for REST APIs
 * (apigateway) and one for HTTP and WebSocket APIs (apigatewayv2).
 */
public interface DirectDeployer {
  /** What a deploy would change; changes nothing. */
  DeployResult plan(Api api, DirectOptions options);

  /** Shows the plan, asks unless {@code options.yes()}, and applies it. */
  DeployResult deploy(Api api, DirectOptions options);

  /** Removes what apigw created for the API, after showing it and asking. */
  DeployResult destroy(Api api, DirectOptions options);
}
