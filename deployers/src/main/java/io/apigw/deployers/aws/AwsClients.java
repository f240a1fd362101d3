package io.apigw.deployers.aws;

import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The SDK clients of one command run, built once from {@link AwsOptions}: one HTTP client (Apache
 * HttpClient 5: API Gateway's updates are PATCH, which the URL connection client cannot send)
 * shared by all, the SDK's own retries off because {@link Calls} paces and retries every call
 * itself (so it can count them and respect API Gateway's per-operation quotas).
 */
public final class AwsClients implements AutoCloseable {
  private final AwsOptions options;
  private final Region region;
  private final AwsCredentialsProvider credentials;
  private final SdkHttpClient http;
  private ApiGatewayClient apiGateway;
  private ApiGatewayV2Client apiGatewayV2;
  private CloudFormationClient cloudFormation;
  private S3Client s3;
  private StsClient sts;
  private String accountId;

  private AwsClients(AwsOptions options, Region region, AwsCredentialsProvider credentials) {
    this.options = options;
    this.region = region;
    this.credentials = credentials;
    this.http = Apache5HttpClient.create();
  }

  /**
   * Resolves the region and credentials, once, before any call: a missing region or no credentials
   * is a {@link DeployException} that says what to set.
   */
  public static AwsClients of(AwsOptions options) {
    Region region = resolveRegion(options);
    AwsCredentialsProvider credentials =
        options.profile() == null
            ? DefaultCredentialsProvider.builder().build()
            : ProfileCredentialsProvider.create(options.profile());
    try {
      credentials.resolveCredentials();
    } catch (SdkClientException | IllegalArgumentException e) {
      throw new DeployException(
          "no AWS credentials"
              + (options.profile() == null ? "" : " in profile " + options.profile())
              + ": set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, use --profile, or run where"
              + " a role is available (SSO, web identity, container or instance role)",
          e);
    }
    return new AwsClients(options, region, credentials);
  }

  /** With given credentials instead of the default chain (tests against an emulator). */
  public static AwsClients of(AwsOptions options, AwsCredentialsProvider credentials) {
    return new AwsClients(options, resolveRegion(options), credentials);
  }

  private static Region resolveRegion(AwsOptions options) {
    if (options.region() != null && !options.region().isBlank()) {
      return Region.of(options.region());
    }
    if (options.profile() != null) {
      Optional<String> fromProfile =
          ProfileFile.defaultProfileFile()
              .profile(options.profile())
              .flatMap(p -> p.property(ProfileProperty.REGION));
      if (fromProfile.isPresent()) {
        return Region.of(fromProfile.get());
      }
    }
    try {
      return DefaultAwsRegionProviderChain.builder().build().getRegion();
    } catch (SdkClientException e) {
      throw new DeployException(
          "no AWS region: give --region, set AWS_REGION, or set region in the AWS profile");
    }
  }

  public Region region() {
    return region;
  }

  public AwsOptions options() {
    return options;
  }

  public synchronized ApiGatewayClient apiGateway() {
    if (apiGateway == null) {
      apiGateway = configure(ApiGatewayClient.builder()).build();
    }
    return apiGateway;
  }

  public synchronized ApiGatewayV2Client apiGatewayV2() {
    if (apiGatewayV2 == null) {
      apiGatewayV2 = configure(ApiGatewayV2Client.builder()).build();
    }
    return apiGatewayV2;
  }

  public synchronized CloudFormationClient cloudFormation() {
    if (cloudFormation == null) {
      cloudFormation = configure(CloudFormationClient.builder()).build();
    }
    return cloudFormation;
  }

  public synchronized S3Client s3() {
    if (s3 == null) {
      // Emulators answer on one host: path-style addressing, as the AWS CLI does with an endpoint.
      s3 = configure(S3Client.builder()).forcePathStyle(options.endpointUrl() != null).build();
    }
    return s3;
  }

  public synchronized StsClient sts() {
    if (sts == null) {
      sts = configure(StsClient.builder()).build();
    }
    return sts;
  }

  /** The account the credentials belong to, asked of STS once. */
  public synchronized String accountId(Calls calls) {
    if (accountId == null) {
      accountId = calls.call("sts:GetCallerIdentity", () -> sts().getCallerIdentity()).account();
    }
    return accountId;
  }

  private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(
      B builder) {
    builder
        .region(region)
        .credentialsProvider(credentials)
        .httpClient(http)
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
    if (options.endpointUrl() != null) {
      builder.endpointOverride(options.endpointUrl());
    }
    return builder;
  }

  @Override
  public synchronized void close() {
    for (AutoCloseable client :
        new AutoCloseable[] {apiGateway, apiGatewayV2, cloudFormation, s3, sts}) {
      if (client != null) {
        try {
          client.close();
        } catch (Exception ignored) {
          // closing is best effort; nothing is left to flush
        }
      }
    }
    http.close();
  }
}
