package io.apigw.deployers.cfn;

import java.time.Duration;
import java.util.Map;

/**
 * Options of a CloudFormation deploy.
 *
 * @param stackName the stack ({@code --stack})
 * @param sam deploy a SAM template ({@code --template sam}, with CAPABILITY_AUTO_EXPAND) instead of
 *     plain CloudFormation
 * @param stage deploy only this stage of the definition, or null for all
 * @param parameters template parameters ({@code --parameter K=V}); they win over the code
 *     parameters apigw fills in
 * @param tags stack tags ({@code --tags}); the tag {@code apigw} = the API's name is always added
 * @param roleArn the service role CloudFormation acts as ({@code --role-arn}), or null
 * @param s3Bucket where templates over 51,200 bytes and function code go ({@code --s3-bucket}), or
 *     null
 * @param execute false stops after the change set ({@code --no-execute})
 * @param yes apply without asking ({@code --yes})
 * @param pollInterval how often stack and change set status are read while AWS works
 */
public record CfnOptions(
    String stackName,
    boolean sam,
    String stage,
    Map<String, String> parameters,
    Map<String, String> tags,
    String roleArn,
    String s3Bucket,
    boolean execute,
    boolean yes,
    Duration pollInterval) {
  public CfnOptions {
    if (stackName == null || stackName.isBlank()) {
      throw new IllegalArgumentException("a stack name is needed (--stack)");
    }
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    tags = tags == null ? Map.of() : Map.copyOf(tags);
    pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
  }

  /** Plain CloudFormation, every stage, applied without asking, polled every 5 seconds. */
  public static CfnOptions of(String stackName) {
    return new CfnOptions(stackName, false, null, null, null, null, null, true, true, null);
  }

  public CfnOptions withSam(boolean value) {
    return new CfnOptions(
        stackName, value, stage, parameters, tags, roleArn, s3Bucket, execute, yes, pollInterval);
  }

  public CfnOptions withS3Bucket(String value) {
    return new CfnOptions(
        stackName, sam, stage, parameters, tags, roleArn, value, execute, yes, pollInterval);
  }

  public CfnOptions withExecute(boolean value) {
    return new CfnOptions(
        stackName, sam, stage, parameters, tags, roleArn, s3Bucket, value, yes, pollInterval);
  }

  public CfnOptions withYes(boolean value) {
    return new CfnOptions(
        stackName, sam, stage, parameters, tags, roleArn, s3Bucket, execute, value, pollInterval);
  }

  public CfnOptions withParameters(Map<String, String> value) {
    return new CfnOptions(
        stackName, sam, stage, value, tags, roleArn, s3Bucket, execute, yes, pollInterval);
  }

  public CfnOptions withPollInterval(Duration value) {
    return new CfnOptions(
        stackName, sam, stage, parameters, tags, roleArn, s3Bucket, execute, yes, value);
  }
}
