package io.apigw.deployers.direct.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.deployers.aws.Calls;
import io.apigw.deployers.aws.SimulatedControlPlane;
import io.apigw.deployers.deploy.Console;
import io.apigw.deployers.deploy.DeployResult;
import io.apigw.deployers.deploy.DirectOptions;
import io.apigw.model.Api;
import io.apigw.model.Parsed;
import io.apigw.model.dsl.Dsl;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A 300-route REST API with 2 stages, 3 API keys and 2 usage plans, deployed, redeployed with one
 * route more and destroyed through an API Gateway that throttles as AWS does: developer guide,
 * limits.md, "API Gateway quotas for creating, deploying and managing an API": PutRestApi 1 per
 * second, CreateDeployment 1 every 5 seconds, CreateApiKey and DeleteApiKey 5 per second,
 * UpdateUsagePlan 1 every 20 seconds, DeleteRestApi 1 every 30 seconds, GetResources 5 every 2
 * seconds, and every operation together 10 per second with a burst of 40 (a token bucket); beyond
 * them AWS answers 429 TooManyRequestsException. Every call goes through {@link Calls} as {@link
 * SdkRestApis} sends it, on a simulated clock shared with the fake; each call takes 20 ms of it.
 */
class RestThrottlingTest {
  static final int ROUTES = 300;
  static final Duration LATENCY = Duration.ofMillis(20);
  static final DirectOptions YES = new DirectOptions(null, true, true, Map.of(), false);

  static String threeHundredRoutes(int extra) {
    StringBuilder text = new StringBuilder();
    text.append("api big300: rest, regional\n");
    for (int f = 0; f < 10; f++) {
      text.append("function fn").append(f).append(": nodejs20.x handler=index.handler code=fn/\n");
    }
    text.append("stage prod throttle 100/s burst 200 metrics\n");
    text.append("stage staging vars color=blue\n");
    text.append("plan basic: throttle 10/s burst 20, quota 1000/day, stages staging prod\n");
    text.append("plan gold: throttle 100/s burst 200, quota 100000/month, stages prod\n");
    text.append("key k1: plan basic\n");
    text.append("key k2: plan basic\n");
    text.append("key k3: plan gold\n");
    String[] methods = {"GET", "POST", "PUT"};
    for (int i = 0; i < ROUTES + extra; i++) {
      text.append(methods[i % 3])
          .append(" /items")
          .append(i / 3)
          .append("/{id} -> lambda fn")
          .append(i % 10)
          .append(i % 7 == 0 ? "  key" : "")
          .append('\n');
    }
    return text.toString();
  }

  /** The 300-route API, and {@code extra} routes more. */
  static Api api(int extra) {
    Parsed<Api> parsed = Dsl.reader().read("big.apigw", threeHundredRoutes(extra));
    assertThat(parsed.hasErrors()).as(parsed.diagnostics().toString()).isFalse();
    return parsed.value();
  }

  record Phase(
      String name, DeployResult result, int calls, int throttled, int retried, long nanos) {}

  record Run(List<Phase> phases, Calls.Stats stats, FakeRestApis aws, long simulatedNanos) {}

  static Run run(boolean pace) {
    SimulatedControlPlane.Clock clock = new SimulatedControlPlane.Clock();
    FakeRestApis aws = new FakeRestApis().throttle(clock, 10, 40, LATENCY);
    Calls calls = Calls.on(clock, 7, pace);
    RestDeployer deployer =
        new RestDeployer(
            new PacedRestApis(calls, aws),
            Console.silent(true),
            "us-east-1",
            "aws",
            "123456789012");
    List<Phase> phases = new java.util.ArrayList<>();
    phases.add(phase("deploy", calls, clock, () -> deployer.deploy(api(0), YES)));
    phases.add(phase("redeploy +1 route", calls, clock, () -> deployer.deploy(api(1), YES)));
    phases.add(phase("destroy", calls, clock, () -> deployer.destroy(api(1), YES)));
    return new Run(phases, calls.stats(), aws, clock.now);
  }

  static Phase phase(
      String name,
      Calls calls,
      SimulatedControlPlane.Clock clock,
      java.util.function.Supplier<DeployResult> step) {
    Calls.Stats before = calls.stats();
    long started = clock.now;
    DeployResult result = step.get();
    Calls.Stats after = calls.stats();
    return new Phase(
        name,
        result,
        after.calls() - before.calls(),
        after.throttled() - before.throttled(),
        after.retried() - before.retried(),
        clock.now - started);
  }

  static void print(String label, Run run) {
    for (Phase p : run.phases()) {
      System.out.printf(
          "REST %d-route API, %s, %s: %d calls, %d throttled (429), %d retries, %.1f s simulated%n",
          ROUTES, label, p.name(), p.calls(), p.throttled(), p.retried(), p.nanos() / 1e9);
    }
    Calls.Stats s = run.stats();
    System.out.printf(
        "REST %d-route API, %s, total: %d calls, %d throttled (429), %d retries, %.1f s simulated"
            + " (%.1f s waiting), 0 failures%n",
        ROUTES,
        label,
        s.calls(),
        s.throttled(),
        s.retried(),
        run.simulatedNanos() / 1e9,
        s.waited().toMillis() / 1e3);
  }

  static void assertDeployed(Run run) {
    List<Phase> phases = run.phases();
    assertThat(phases.get(0).result().outcome()).isEqualTo(DeployResult.Outcome.DEPLOYED);
    assertThat(phases.get(1).result().outcome()).isEqualTo(DeployResult.Outcome.DEPLOYED);
    assertThat(phases.get(1).result().apiId()).isEqualTo(phases.get(0).result().apiId());
    assertThat(phases.get(1).result().plan().changes())
        .extracting(c -> c.kind().symbol() + " " + c.category() + " " + c.name())
        .containsExactly("+ route GET /items100/{id}", "* stage prod", "* stage staging");
    assertThat(phases.get(2).result().outcome()).isEqualTo(DeployResult.Outcome.DESTROYED);
    assertThat(run.aws().apis).isEmpty();
    assertThat(run.aws().keys).isEmpty();
    assertThat(run.aws().plans).isEmpty();
    // Two deployments (one per definition, shared by both stages), each answered once, 5 s or
    // more apart.
    List<Long> deployments = run.aws().control.answeredAt.get("CreateDeployment");
    assertThat(deployments).hasSize(2);
    for (int i = 1; i < deployments.size(); i++) {
      assertThat(deployments.get(i) - deployments.get(i - 1))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(5).toNanos());
    }
    // Destroy detaches both plans: 20 s apart.
    List<Long> planUpdates = run.aws().control.answeredAt.get("UpdateUsagePlan");
    assertThat(planUpdates).hasSize(2);
    assertThat(planUpdates.get(1) - planUpdates.get(0))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(20).toNanos());
    assertThat(run.aws().control.answeredAt.get("PutRestApi")).hasSize(2);
    assertThat(run.stats().throttled()).isEqualTo(run.aws().control.throttledAnswers);
  }

  @Test
  void pacedToTheQuotasItDeploysRedeploysAndDestroysWithoutAThrottledAnswer() {
    Run run = run(true);
    print("paced + retries", run);

    assertDeployed(run);
    // PutRestApi carries all 300 routes in one call: the first deploy is a handful of calls.
    assertThat(run.phases().get(0).calls()).isLessThan(25);
    assertThat(run.stats().throttled()).isZero();
    assertThat(run.stats().retried()).isZero();
    // The waits are the quotas': one CreateDeployment per deploy (shared by both stages), the
    // redeploy's 5 s after the deploy's, and destroy's two UpdateUsagePlans 20 s apart.
    assertThat(run.simulatedNanos() / 1e9).isBetween(20.0, 30.0);
  }

  @Test
  void withoutPacingOnlyRetriesSaveItAtTheCostOfThrottledCalls() {
    Run paced = run(true);
    Run unpaced = run(false);
    print("retries only (no pacing)", unpaced);

    assertDeployed(unpaced);
    assertThat(unpaced.stats().throttled()).isGreaterThan(0);
    assertThat(unpaced.stats().calls())
        .isEqualTo(paced.stats().calls() + unpaced.stats().throttled());
    assertThat(unpaced.stats().byOperation().get("apigateway:CreateDeployment")).isGreaterThan(4);
  }

  @Test
  void aSecondRunOfTheSameApiReadsAndChangesNothing() {
    SimulatedControlPlane.Clock clock = new SimulatedControlPlane.Clock();
    FakeRestApis aws = new FakeRestApis().throttle(clock, 10, 40, LATENCY);
    Calls calls = Calls.on(clock, 7, true);
    RestDeployer deployer =
        new RestDeployer(
            new PacedRestApis(calls, aws),
            Console.silent(true),
            "us-east-1",
            "aws",
            "123456789012");
    deployer.deploy(api(0), YES);
    aws.log.clear();

    DeployResult again = deployer.deploy(api(0), YES);

    assertThat(again.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
    assertThat(aws.mutations()).isEmpty();
    // GetRestApis, GetAuthorizers, GetResources, GetDeployments, GetStages, GetApiKeys,
    // GetUsagePlans, and GetUsagePlanKeys for each of the two plans.
    assertThat(aws.log).hasSize(9);
  }
}
