package io.apigw.deployers.cfn;

import io.apigw.deployers.aws.AwsClients;
import io.apigw.deployers.aws.Calls;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackResourcesResponse;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.cloudformation.model.Tag;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link Stacks} over the SDK's CloudFormation and S3 clients, every call through {@link Calls}.
 */
public final class SdkStacks implements Stacks {
  private final AwsClients clients;
  private final Calls calls;

  public SdkStacks(AwsClients clients, Calls calls) {
    this.clients = clients;
    this.calls = calls;
  }

  private CloudFormationClient cfn() {
    return clients.cloudFormation();
  }

  private S3Client s3() {
    return clients.s3();
  }

  @Override
  public Optional<Stack> describe(String stackName) {
    DescribeStacksResponse response;
    try {
      response =
          calls.call(
              "cloudformation:DescribeStacks",
              () -> cfn().describeStacks(r -> r.stackName(stackName)));
    } catch (CloudFormationException e) {
      // DescribeStacks answers a ValidationError "Stack with id NAME does not exist".
      if (e.statusCode() == 400 && String.valueOf(e.getMessage()).contains("does not exist")) {
        return Optional.empty();
      }
      throw e;
    }
    return response.stacks().stream()
        .filter(s -> !"DELETE_COMPLETE".equals(s.stackStatusAsString()))
        .findFirst()
        .map(
            s -> {
              Map<String, String> tags = new LinkedHashMap<>();
              for (Tag tag : s.tags()) {
                tags.put(tag.key(), tag.value());
              }
              Map<String, String> outputs = new LinkedHashMap<>();
              for (Output output : s.outputs()) {
                outputs.put(output.outputKey(), output.outputValue());
              }
              return new Stack(
                  s.stackId(),
                  s.stackName(),
                  s.stackStatusAsString(),
                  s.stackStatusReason(),
                  tags,
                  outputs);
            });
  }

  @Override
  public String createChangeSet(ChangeSetRequest request) {
    CreateChangeSetRequest.Builder builder =
        CreateChangeSetRequest.builder()
            .stackName(request.stackName())
            .changeSetName(request.changeSetName())
            .changeSetType(request.type().name())
            .parameters(
                request.parameters().entrySet().stream()
                    .map(
                        e ->
                            Parameter.builder()
                                .parameterKey(e.getKey())
                                .parameterValue(e.getValue())
                                .build())
                    .toList())
            .tags(
                request.tags().entrySet().stream()
                    .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                    .toList())
            .capabilities(request.capabilities().stream().map(Capability::fromValue).toList());
    if (request.templateUrl() != null) {
      builder.templateURL(request.templateUrl());
    } else {
      builder.templateBody(request.templateBody());
    }
    if (request.roleArn() != null) {
      builder.roleARN(request.roleArn());
    }
    CreateChangeSetRequest built = builder.build();
    return calls.call("cloudformation:CreateChangeSet", () -> cfn().createChangeSet(built)).id();
  }

  @Override
  public ChangeSet describeChangeSet(String changeSetId) {
    List<ResourceChange> changes = new ArrayList<>();
    String token = null;
    DescribeChangeSetResponse page;
    do {
      String next = token;
      page =
          calls.call(
              "cloudformation:DescribeChangeSet",
              () -> cfn().describeChangeSet(r -> r.changeSetName(changeSetId).nextToken(next)));
      for (Change change : page.changes()) {
        if (change.resourceChange() != null) {
          var rc = change.resourceChange();
          changes.add(
              new ResourceChange(
                  rc.actionAsString(),
                  rc.logicalResourceId(),
                  rc.resourceType(),
                  rc.replacementAsString()));
        }
      }
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
    return new ChangeSet(
        page.changeSetId(),
        page.changeSetName(),
        page.statusAsString(),
        page.statusReason(),
        page.executionStatusAsString(),
        changes);
  }

  @Override
  public void executeChangeSet(String changeSetId) {
    calls.run(
        "cloudformation:ExecuteChangeSet",
        () -> cfn().executeChangeSet(r -> r.changeSetName(changeSetId)));
  }

  @Override
  public void deleteChangeSet(String changeSetId) {
    calls.run(
        "cloudformation:DeleteChangeSet",
        () -> cfn().deleteChangeSet(r -> r.changeSetName(changeSetId)));
  }

  @Override
  public void deleteStack(String stackName) {
    calls.run("cloudformation:DeleteStack", () -> cfn().deleteStack(r -> r.stackName(stackName)));
  }

  @Override
  public List<Event> eventsAfter(String stackName, String afterEventId) {
    // DescribeStackEvents pages from the newest event back: stop at the last one already seen.
    List<Event> newestFirst = new ArrayList<>();
    String token = null;
    outer:
    do {
      String next = token;
      DescribeStackEventsResponse page =
          calls.call(
              "cloudformation:DescribeStackEvents",
              () -> cfn().describeStackEvents(r -> r.stackName(stackName).nextToken(next)));
      for (StackEvent event : page.stackEvents()) {
        if (event.eventId().equals(afterEventId)) {
          break outer;
        }
        newestFirst.add(
            new Event(
                event.eventId(),
                event.timestamp(),
                event.logicalResourceId(),
                event.resourceType(),
                event.resourceStatusAsString(),
                event.resourceStatusReason()));
      }
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  @Override
  public String lastEventId(String stackName) {
    DescribeStackEventsResponse page =
        calls.call(
            "cloudformation:DescribeStackEvents",
            () -> cfn().describeStackEvents(r -> r.stackName(stackName)));
    return page.stackEvents().isEmpty() ? null : page.stackEvents().get(0).eventId();
  }

  @Override
  public Map<String, String> resources(String stackName) {
    Map<String, String> out = new LinkedHashMap<>();
    String token = null;
    do {
      String next = token;
      ListStackResourcesResponse page =
          calls.call(
              "cloudformation:ListStackResources",
              () -> cfn().listStackResources(r -> r.stackName(stackName).nextToken(next)));
      for (StackResourceSummary summary : page.stackResourceSummaries()) {
        out.put(summary.logicalResourceId(), summary.physicalResourceId());
      }
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
    return out;
  }

  @Override
  public boolean objectExists(String bucket, String key) {
    try {
      calls.call("s3:HeadObject", () -> s3().headObject(r -> r.bucket(bucket).key(key)));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void putObject(String bucket, String key, byte[] body) {
    calls.call(
        "s3:PutObject",
        () -> s3().putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(body)));
  }

  @Override
  public String objectUrl(String bucket, String key) {
    return s3().utilities().getUrl(r -> r.bucket(bucket).key(key)).toExternalForm();
  }
}
