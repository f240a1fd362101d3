package io.apigw.deployers.direct.v2;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.deployers.aws.Calls;
import io.apigw.deployers.aws.SimulatedControlPlane;
import io.apigw.deployers.deploy.Console;
import io.apigw.deployers.deploy.DeployResult;
import io.apigw.deployers.deploy.DirectOptions;
import io.apigw.model.Api;
import io.apigw.model.Function;
import io.apigw.model.HttpMethod;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.Stage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A 300-route HTTP API deployed through an apigatewayv2 that throttles as API Gateway does:
 * developer guide, limits.md, "API Gateway quotas for creating, deploying and managing an API":
 * total operations 10 requests per second with a burst of 40 (a token bucket), answered with 429
 * TooManyRequestsException when exceeded. The fake and {@link Calls} share a simulated clock; each
 * call takes 20 ms of it.
 */
class V2ThrottlingTest {
  static final int ROUTES = 300;
  static final Duration LATENCY = Duration.ofMillis(20);

  static Api threeHundredRoutes() {
    Api.Builder api = Api.builder("big-" + ROUTES, Protocol.HTTP);
    for (int f = 0; f < 10; f++) {
      api.function(Function.ofArn("fn" + f, null));
    }
    HttpMethod[] methods = {HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT};
    for (int i = 0; i < ROUTES; i++) {
      api.route(
          Route.builder(RouteKey.Http.of(methods[i % 3], "/items" + (i / 3) + "/{id}"))
              .integration(
                  Integration.builder(IntegrationKind.LAMBDA_PROXY)
                      .function("fn" + (i % 10))
                      .payloadFormatVersion("2.0")
                      .build())
              .build());
    }
    api.stage(Stage.builder("$default").autoDeploy(true).build());
    return api.build();
  }

  record Run(DeployResult result, Calls.Stats stats, FakeHttpApis aws, long simulatedNanos) {}

  static Run deploy(boolean pace) {
    SimulatedControlPlane.Clock clock = new SimulatedControlPlane.Clock();
    FakeHttpApis aws = new FakeHttpApis().throttle(clock, 10, 40, LATENCY);
    HttpApis paced = HttpApis.through(Calls.on(clock, 7, pace), aws);
    V2Deployer deployer = new V2Deployer(paced, Console.silent(true), "us-east-1", "123456789012");
    DeployResult result =
        deployer.deploy(threeHundredRoutes(), new DirectOptions(null, true, true, Map.of(), false));
    return new Run(result, paced.stats(), aws, clock.now);
  }

  static void print(String label, Run run) {
    Calls.Stats s = run.stats();
    System.out.printf(
        "v2 %d-route HTTP API, %s: %d calls, %d throttled (429) answers, %d retries, %.1f s"
            + " simulated (%.1f s waiting), 0 failures%n",
        ROUTES,
        label,
        s.calls(),
        s.throttled(),
        s.retried(),
        run.simulatedNanos() / 1e9,
        s.waited().toMillis() / 1e3);
  }

  @Test
  void pacedToTheQuotasItDeploysWithoutAFailure() {
    Run run = deploy(true);
    print("paced + retries", run);

    assertThat(run.result().outcome()).isEqualTo(DeployResult.Outcome.DEPLOYED);
    assertThat(run.aws().routes(run.result().apiId())).hasSize(ROUTES);
    assertThat(run.aws().integrations(run.result().apiId())).hasSize(ROUTES);
    // One integration and one route per route, the API and the stage: each sent once (answered).
    assertThat(run.aws().log.stream().filter(op -> op.startsWith("Create")))
        .hasSize(2 * ROUTES + 2);
    assertThat(run.stats().byOperation())
        .containsKeys("apigatewayv2:CreateRoute", "apigatewayv2:GetApis");
    // Pacing leaves AWS little to refuse (Calls waits for a whole token; at most a rounding's worth
    // of calls arrive early) where no pacing meets hundreds of 429s (the test below).
    assertThat(run.stats().throttled()).isLessThanOrEqualTo(3);
    // Pacing keeps under 10/s after the burst of 40: about (603 - 40) / 10 s at least.
    assertThat(run.simulatedNanos() / 1e9).isBetween(55.0, 70.0);
    assertThat(run.stats().throttled()).isEqualTo(run.aws().control.throttledAnswers);
  }

  @Test
  void withoutPacingOnlyRetriesSaveItAtTheCostOfThrottledCalls() {
    Run paced = deploy(true);
    Run unpaced = deploy(false);
    print("retries only (no pacing)", unpaced);

    assertThat(unpaced.result().outcome()).isEqualTo(DeployResult.Outcome.DEPLOYED);
    assertThat(unpaced.aws().routes(unpaced.result().apiId())).hasSize(ROUTES);
    assertThat(unpaced.stats().throttled()).isGreaterThan(100);
    assertThat(unpaced.stats().throttled()).isGreaterThan(paced.stats().throttled());
    assertThat(unpaced.stats().calls()).isGreaterThan(paced.stats().calls());
  }

  @Test
  void aSecondRunOfTheSameApiReadsAndChangesNothing() {
    SimulatedControlPlane.Clock clock = new SimulatedControlPlane.Clock();
    FakeHttpApis aws = new FakeHttpApis().throttle(clock, 10, 40, LATENCY);
    HttpApis paced = HttpApis.through(Calls.on(clock, 7, true), aws);
    V2Deployer deployer = new V2Deployer(paced, Console.silent(true), "us-east-1", "123456789012");
    deployer.deploy(threeHundredRoutes(), new DirectOptions(null, true, true, Map.of(), false));
    aws.log.clear();

    DeployResult again =
        deployer.deploy(threeHundredRoutes(), new DirectOptions(null, true, true, Map.of(), false));

    assertThat(again.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
    assertThat(aws.mutations()).isEmpty();
    // Pages of 100: one GetApis, three GetRoutes, three GetIntegrations, GetAuthorizers, GetStages.
    assertThat(aws.log).hasSize(9);
  }
}
