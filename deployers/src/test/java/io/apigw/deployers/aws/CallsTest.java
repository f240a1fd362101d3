package io.apigw.deployers.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.TooManyRequestsException;

/** Pacing and retries on a simulated clock (limits.md's control-plane quotas). */
class CallsTest {
  final SimulatedControlPlane.Clock clock = new SimulatedControlPlane.Clock();
  final Calls calls = Calls.on(clock, 1, true);

  @Test
  void anOperationWithAQuotaOfItsOwnIsSpacedByIt() {
    List<Long> at = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      calls.call("apigateway:CreateDeployment", () -> at.add(clock.now));
    }

    // CreateDeployment: one request every 5 seconds per account
    assertThat(at.get(1) - at.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(5).toNanos());
    assertThat(at.get(2) - at.get(1)).isGreaterThanOrEqualTo(Duration.ofSeconds(5).toNanos());
    assertThat(calls.stats().calls()).isEqualTo(3);
  }

  @Test
  void everyApiGatewayCallSharesTenPerSecondWithABurstOfForty() {
    for (int i = 0; i < 60; i++) {
      calls.call("apigateway:GetResource", () -> null);
    }

    // 40 at once, then the other 20 at 10 per second
    assertThat(clock.now / 1e9).isBetween(1.9, 2.1);
  }

  @Test
  void otherServicesAreNotPaced() {
    for (int i = 0; i < 100; i++) {
      calls.call("cloudformation:DescribeStackEvents", () -> null);
    }
    assertThat(clock.now).isZero();
  }

  @Test
  void throttlingIsRetriedWithGrowingWaitsUntilItPasses() {
    int[] attempts = {0};
    String answer =
        calls.call(
            "apigateway:PutRestApi",
            () -> {
              if (++attempts[0] < 4) {
                throw (SdkServiceException)
                    TooManyRequestsException.builder().statusCode(429).build();
              }
              return "ok";
            });

    assertThat(answer).isEqualTo("ok");
    assertThat(calls.stats().throttled()).isEqualTo(3);
    assertThat(calls.stats().retried()).isEqualTo(3);
    // equal jitter: at least half of 250 ms, 500 ms and 1 s, and PutRestApi's 1 s spacing
    assertThat(clock.now).isGreaterThanOrEqualTo(Duration.ofMillis(875).toNanos());
  }

  @Test
  void aRefusalThatIsNotThrottlingIsNotRetried() {
    int[] attempts = {0};
    assertThatThrownBy(
            () ->
                calls.call(
                    "apigateway:PutRestApi",
                    () -> {
                      attempts[0]++;
                      throw BadRequestException.builder().statusCode(400).message("bad").build();
                    }))
        .isInstanceOf(BadRequestException.class);
    assertThat(attempts[0]).isEqualTo(1);
  }

  @Test
  void aServerErrorIsRetriedFourTimesThenReported() {
    int[] attempts = {0};
    assertThatThrownBy(
            () ->
                calls.call(
                    "apigatewayv2:UpdateStage",
                    () -> {
                      attempts[0]++;
                      throw SdkServiceException.builder().statusCode(500).build();
                    }))
        .isInstanceOf(SdkServiceException.class);
    assertThat(attempts[0]).isEqualTo(Calls.MAX_SERVER_ERROR_ATTEMPTS);
  }

  @Test
  void throttlingThatNeverStopsIsReportedAfterTwelveAttempts() {
    int[] attempts = {0};
    assertThatThrownBy(
            () ->
                calls.call(
                    "apigateway:GetRestApis",
                    () -> {
                      attempts[0]++;
                      throw TooManyRequestsException.builder().statusCode(429).build();
                    }))
        .isInstanceOf(TooManyRequestsException.class);
    assertThat(attempts[0]).isEqualTo(Calls.MAX_ATTEMPTS);
  }
}
