package io.apigw.lint.rules.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import org.junit.jupiter.api.Test;

/** Edge cases of the integration rules that their examples do not show. */
class IntegrationRulesTest {
  @Test
  void anOpenApiFindingPointsAtTheIntegrationMember() {
    String api =
        """
        openapi: 3.0.1
        info:
          title: reports
          version: "1.0"
        paths:
          /reports/{id}:
            get:
              parameters:
                - name: id
                  in: path
                  required: true
              x-amazon-apigateway-integration:
                type: http
                httpMethod: GET
                uri: https://reports.example.com/{id}
                timeoutInMillis: 60000
                requestParameters:
                  integration.request.path.id: method.request.path.id
                  integration.request.header.x-tenant: method.request.header.x-tenant
                  integration.request.header.Accept: application/json
        """;

    assertThat(Lint.lines(Lint.run(new IntegrationTimeoutOutOfRange(), "reports.yaml", api)))
        .containsExactly("16:9 E6001 integration timeout of 60000 ms is outside 50 to 29000 ms");
    assertThat(Lint.lines(Lint.run(new UndeclaredParameterMapping(), "reports.yaml", api)))
        .containsExactly(
            "19:11 E6006 `integration.request.header.x-tenant` maps"
                + " `method.request.header.x-tenant`, which route `GET /reports/{id}` does not"
                + " declare");
    assertThat(Lint.lines(Lint.run(new InvalidParameterMapping(), "reports.yaml", api)))
        .containsExactly(
            "20:11 E6007 `integration.request.header.Accept` maps `application/json`, which is"
                + " neither a mapping expression nor a quoted static value");
  }

  @Test
  void anHttpApiAllowsThirtySecondsAndARestApiLambdaNeedsAMethod() {
    String http =
        """
        api notes: http

        stage $default auto-deploy
        function listNotes: nodejs20.x handler=index.list code=functions/notes/

        GET /notes -> lambda listNotes  payload=2.0  timeout=30s
        """;
    String rest =
        """
        api notes: rest, regional

        stage prod
        function listNotes: nodejs20.x handler=index.list code=functions/notes/

        GET /notes -> lambda listNotes  method=none
        """;

    assertThat(Lint.run(new IntegrationTimeoutOutOfRange(), "notes.apigw", http)).isEmpty();
    assertThat(Lint.lines(Lint.run(new LambdaMethodNotPost(), "notes.apigw", rest)))
        .containsExactly("6:15 E6002 Lambda integration of `GET /notes` has no HTTP method");
  }

  @Test
  void aFunctionDefinedByItsArnNeedsNoOtherPermissionAndEachFunctionIsReportedOnce() {
    String api =
        """
        api pets: rest, regional

        stage prod
        function listPets: arn:aws:lambda:us-east-1:123456789012:function:listPets

        GET /pets      -> lambda uri=arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:listPets:live/invocations
        GET /pets/{id} -> lambda uri=arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:getPet/invocations
        PUT /pets/{id} -> lambda uri=arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:getPet/invocations
        """;

    assertThat(Lint.lines(Lint.run(new NoLambdaInvokePermission(), "pets.apigw", api)))
        .containsExactly(
            "7:19 W6009 Lambda function `getPet` is not defined here and its 2 integrations have"
                + " no `credentials` role: nothing grants API Gateway permission to invoke it");
  }

  @Test
  void aStageVariableMissingFromSomeStagesNamesThem() {
    String api =
        """
        api pets: rest, regional

        stage prod  vars fn=getPet
        stage beta
        stage dev

        GET /pets/{id} -> lambda uri=arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.fn}/invocations
        """;

    assertThat(Lint.lines(Lint.run(new UndefinedStageVariable(), "pets.apigw", api)))
        .containsExactly(
            "7:19 E6010 the integration URI of `GET /pets/{id}` uses stage variable `fn`, which"
                + " is not set in stages `beta`, `dev`");
  }
}
