package io.apigw.model;

import java.util.List;

/** One-line, human-readable descriptions of model parts, for route tables and messages. */
public final class Describe {
  private Describe() {}

  /**
   * The integration as the DSL would say it in short: {@code lambda getPet}, {@code http GET
   * https://...}, {@code mock 200}, {@code aws states:action/StartExecution}; {@code -} for none.
   */
  public static String integration(Integration integration) {
    if (integration == null) {
      return "-";
    }
    String text =
        switch (integration.kind()) {
          case LAMBDA_PROXY -> "lambda " + lambdaTarget(integration);
          case LAMBDA -> "lambda-custom " + lambdaTarget(integration);
          case HTTP_PROXY -> "http " + httpTarget(integration);
          case HTTP -> "http-custom " + httpTarget(integration);
          case MOCK -> mock(integration);
          case AWS_SERVICE -> "aws " + awsTarget(integration);
        };
    if (integration.isVpcLink()) {
      text += " via vpc-link " + orDash(integration.connectionId());
    }
    return text;
  }

  /** {@code none}, {@code iam}, or the authorizer's name with its scopes. */
  public static String authorization(Authorization authorization) {
    if (authorization instanceof Authorization.Iam) {
      return "iam";
    }
    if (authorization instanceof Authorization.Custom custom) {
      return custom.scopes().isEmpty()
          ? custom.authorizer()
          : custom.authorizer() + " " + custom.scopes();
    }
    return "none";
  }

  private static String lambdaTarget(Integration integration) {
    return integration.functionName().orElse(orDash(integration.uri()));
  }

  private static String httpTarget(Integration integration) {
    return orDash(integration.httpMethod()) + " " + orDash(integration.uri());
  }

  private static String awsTarget(Integration integration) {
    if (integration.subtype() != null) {
      return integration.subtype();
    }
    return integration
        .serviceTarget()
        .map(target -> target.get(0) + ":" + target.get(1))
        .orElse(orDash(integration.uri()));
  }

  private static String mock(Integration integration) {
    List<IntegrationResponse> responses = integration.responses();
    return responses.stream()
        .filter(IntegrationResponse::isDefault)
        .findFirst()
        .or(() -> responses.stream().findFirst())
        .map(response -> "mock " + response.statusCode())
        .orElse("mock");
  }

  private static String orDash(String value) {
    return value == null ? "-" : value;
  }
}
