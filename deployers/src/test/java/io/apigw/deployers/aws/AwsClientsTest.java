package io.apigw.deployers.aws;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AwsClientsTest {
  @Test
  void aProfileWithoutCredentialsIsSaidOnceWithWhatToSet() {
    assertThatThrownBy(
            () ->
                AwsClients.of(
                    new AwsOptions(
                        "us-east-1", "apigw-test-no-such-profile-" + System.nanoTime(), null)))
        .isInstanceOf(DeployException.class)
        .hasMessageStartingWith("no AWS credentials in profile apigw-test-no-such-profile-")
        .hasMessageContaining("--profile");
  }
}
