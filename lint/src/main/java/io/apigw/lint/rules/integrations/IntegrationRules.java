package io.apigw.lint.rules.integrations;

import io.apigw.lint.Rule;
import java.util.List;

/** The rules of this area, in id order. */
public final class IntegrationRules {
  private IntegrationRules() {}

  public static List<Rule> all() {
    return List.of(
        new IntegrationTimeoutOutOfRange(),
        new LambdaMethodNotPost(),
        new UnsupportedHttpApiIntegration(),
        new LambdaProxyWithoutPayloadVersion(),
        new UnsupportedPayloadFormatVersion(),
        new UndeclaredParameterMapping(),
        new InvalidParameterMapping(),
        new InsecureTlsVerification(),
        new NoLambdaInvokePermission(),
        new UndefinedStageVariable(),
        new FunctionOutlivesIntegrationTimeout(),
        new VpcLinkWithoutConnectionId(),
        new LambdaPermissionTooBroad());
  }
}
