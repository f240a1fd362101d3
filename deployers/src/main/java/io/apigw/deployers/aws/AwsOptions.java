package io.apigw.deployers.aws;

import java.net.URI;

/**
 * Where and as whom apigw calls AWS: {@code --region}, {@code --profile} and {@code
 * --endpoint-url}. Every field may be null: the SDK's default chains (environment, profile,
 * instance role) decide.
 */
public record AwsOptions(String region, String profile, URI endpointUrl) {
  public static AwsOptions defaults() {
    return new AwsOptions(null, null, null);
  }
}
