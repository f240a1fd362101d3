package io.apigw.local.gateway;

import io.apigw.local.http.Response;
import io.apigw.model.Api;
import io.apigw.model.ApiKey;
import io.apigw.model.ApiKeySource;
import io.apigw.model.Authorization;
import io.apigw.model.Route;
import io.apigw.model.UsagePlan;
import java.util.concurrent.CompletableFuture;

/**
 * Who may call the route, checked before the integration runs. API keys are checked as API Gateway
 * does (api-gateway-api-usage-plans.md): the {@code x-api-key} header must hold the value of an
 * enabled key that a usage plan of the request's stage lists. Authorizers and IAM authorization are
 * not run locally yet, so their routes fail closed unless the user asked to skip them.
 */
final class AccessStage implements GatewayStage {
  private final Api api;
  private final boolean skipAuthorizers;

  AccessStage(Api api, boolean skipAuthorizers) {
    this.api = api;
    this.skipAuthorizers = skipAuthorizers;
  }

  @Override
  public CompletableFuture<Response> apply(Exchange exchange, Chain chain) {
    Route route = exchange.match().route();
    if (!(route.authorization() instanceof Authorization.None) && !skipAuthorizers) {
      throw new Rejection(
          GatewayError.AUTHORIZER_NOT_RUN,
          "apigw serve does not run authorizers or IAM authorization yet, so "
              + route.key().text()
              + " fails closed; pass --skip-auth to call it without authorization");
    }
    if (route.apiKeyRequired() && !validKey(exchange)) {
      throw new Rejection(GatewayError.INVALID_API_KEY, "no valid API key in x-api-key");
    }
    return chain.next(exchange);
  }

  private boolean validKey(Exchange exchange) {
    if (api.apiKeySource() == ApiKeySource.AUTHORIZER) {
      // The key would come from an authorizer, which does not run here: fail closed.
      return false;
    }
    String sent = exchange.request().headers().first("x-api-key");
    if (sent == null) {
      return false;
    }
    String stage = exchange.stage().name();
    for (ApiKey key : api.apiKeys()) {
      if (!key.enabled() || !sent.equals(key.value())) {
        continue;
      }
      for (UsagePlan plan : api.usagePlans()) {
        if (plan.keys().contains(key.name()) && plan.coversStage(stage)) {
          return true;
        }
      }
    }
    return false;
  }
}
