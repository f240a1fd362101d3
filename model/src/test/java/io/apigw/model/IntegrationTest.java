package io.apigw.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntegrationTest {
  @Test
  void findsTheFunctionNameInALambdaInvocationUri() {
    Integration integration =
        Integration.builder(IntegrationKind.LAMBDA_PROXY)
            .uri(
                "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                    + "arn:aws:lambda:us-east-1:123456789012:function:getPet:live/invocations")
            .build();

    assertThat(integration.functionName()).contains("getPet");
  }

  @Test
  void preferTheModelFunctionOverTheUri() {
    Integration integration =
        Integration.builder(IntegrationKind.LAMBDA_PROXY)
            .function("mine")
            .uri("arn:x:function:other")
            .build();

    assertThat(integration.functionName()).contains("mine");
  }

  @Test
  void findsServiceAndActionWithAConcreteOrPlaceholderRegion() {
    Integration concrete =
        Integration.builder(IntegrationKind.AWS_SERVICE)
            .uri("arn:aws:apigateway:us-west-2:kinesis:action/PutRecord")
            .build();
    Integration placeholder =
        Integration.builder(IntegrationKind.AWS_SERVICE)
            .uri("arn:aws:apigateway:${AWS::Region}:states:action/StartExecution")
            .build();
    Integration path =
        Integration.builder(IntegrationKind.AWS_SERVICE)
            .uri("arn:aws:apigateway:eu-west-1:s3:path/{bucket}/{key}")
            .build();

    assertThat(concrete.serviceTarget()).contains(List.of("kinesis", "action/PutRecord"));
    assertThat(placeholder.serviceTarget()).contains(List.of("states", "action/StartExecution"));
    assertThat(path.serviceTarget()).contains(List.of("s3", "path/{bucket}/{key}"));
  }
}
