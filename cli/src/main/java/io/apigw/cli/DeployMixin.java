package io.apigw.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What deploy, plan and destroy share: the definition, the mode, the AWS account and output. */
final class DeployMixin {
  enum Template {
    cloudformation,
    sam
  }

  enum Format {
    text,
    json
  }

  @Parameters(index = "0", paramLabel = "FILE", description = "A DSL, OpenAPI or SAM file.")
  Path file;

  @Mixin SpecMixin reading;

  @Mixin AwsMixin aws;

  @Option(
      names = "--stack",
      paramLabel = "NAME",
      description =
          "CloudFormation mode (the default): the stack's name (default: apigw-<api name>).")
  String stack;

  @Option(
      names = "--direct",
      description =
          "Direct mode: API Gateway's own APIs (PutRestApi, apigatewayv2), no CloudFormation.")
  boolean direct;

  @Option(
      names = "--template",
      paramLabel = "cloudformation|sam",
      description = "CloudFormation mode: plain CloudFormation (default) or SAM.")
  Template template = Template.cloudformation;

  @Option(names = "--stage", paramLabel = "S", description = "Only this stage of the definition.")
  String stage;

  @Option(
      names = "--s3-bucket",
      paramLabel = "BUCKET",
      description =
          "CloudFormation mode: bucket for templates over 51,200 bytes and function code.")
  String s3Bucket;

  @Option(
      names = "--role-arn",
      paramLabel = "ARN",
      description = "CloudFormation mode: the role CloudFormation assumes.")
  String roleArn;

  @Option(
      names = "--tags",
      paramLabel = "KEY=VALUE",
      description = "Tags for what is created (stack, API, keys, plans); repeatable.")
  Map<String, String> tags = new LinkedHashMap<>();

  @Option(
      names = "--api-keys",
      paramLabel = "FILE.csv",
      description =
          "API keys to add, in the CSV key file format API Gateway imports (Name, Key,"
              + " Description, Enabled, UsagePlanIds: the definition's plan names).")
  Path apiKeys;

  @Option(
      names = {"-y", "--yes"},
      description = "Apply without asking (CI).")
  boolean yes;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description = "text (default) or json: one JSON result on standard output.")
  Format format = Format.text;

  boolean json() {
    return format == Format.json;
  }
}
