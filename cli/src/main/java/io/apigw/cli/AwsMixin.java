package io.apigw.cli;

import io.apigw.deployers.aws.AwsOptions;
import java.net.URI;
import picocli.CommandLine.Option;

/** Where and as whom the AWS commands call AWS; unset options follow the SDK's default chains. */
final class AwsMixin {
  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "AWS region (default: AWS_REGION, then the profile's).")
  String region;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "AWS profile of ~/.aws/config and credentials.")
  String profile;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description = "Send every AWS call here: an emulator such as moto or LocalStack.")
  URI endpointUrl;

  AwsOptions options() {
    return new AwsOptions(region, profile, endpointUrl);
  }
}
