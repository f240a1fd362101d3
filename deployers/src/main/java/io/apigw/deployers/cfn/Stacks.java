package io.apigw.deployers.cfn;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a CloudFormation deploy needs of AWS: stacks, their change sets and events, and S3 for
 * templates over CloudFormation's 51,200-byte body limit and for function code. {@link SdkStacks}
 * implements it over the SDK; tests use small fakes.
 */
public interface Stacks {

  /** The stack, or empty when there is none of that name (a deleted stack is none). */
  Optional<Stack> describe(String stackName);

  /** Starts creating a change set; returns its id (ARN). */
  String createChangeSet(ChangeSetRequest request);

  /** The change set with every change (all pages). */
  ChangeSet describeChangeSet(String changeSetId);

  void executeChangeSet(String changeSetId);

  void deleteChangeSet(String changeSetId);

  void deleteStack(String stackName);

  /**
   * The stack's events after the event {@code afterEventId} (all of them when null), oldest first.
   */
  List<Event> eventsAfter(String stackName, String afterEventId);

  /** The id of the stack's newest event, or null when it has none. */
  String lastEventId(String stackName);

  /** Logical id → physical id of the stack's resources. */
  Map<String, String> resources(String stackName);

  boolean objectExists(String bucket, String key);

  void putObject(String bucket, String key, byte[] body);

  /** The URL CloudFormation reads an uploaded template from ({@code TemplateURL}). */
  String objectUrl(String bucket, String key);

  /** A stack as DescribeStacks answers. */
  record Stack(
      String id,
      String name,
      String status,
      String statusReason,
      Map<String, String> tags,
      Map<String, String> outputs) {
    public Stack {
      tags = tags == null ? Map.of() : Map.copyOf(tags);
      outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
    }
  }

  enum ChangeSetType {
    CREATE,
    UPDATE
  }

  /**
   * A CreateChangeSet request: the template as a body or, when large, as an S3 URL (exactly one of
   * the two).
   */
  record ChangeSetRequest(
      String stackName,
      String changeSetName,
      ChangeSetType type,
      String templateBody,
      String templateUrl,
      Map<String, String> parameters,
      Map<String, String> tags,
      List<String> capabilities,
      String roleArn) {
    public ChangeSetRequest {
      parameters = Map.copyOf(parameters);
      tags = Map.copyOf(tags);
      capabilities = List.copyOf(capabilities);
    }
  }

  /**
   * A change set: {@code status} CREATE_PENDING / CREATE_IN_PROGRESS / CREATE_COMPLETE / FAILED
   * (and DELETE_*), {@code executionStatus} AVAILABLE, UNAVAILABLE, EXECUTE_* or OBSOLETE.
   */
  record ChangeSet(
      String id,
      String name,
      String status,
      String statusReason,
      String executionStatus,
      List<ResourceChange> changes) {
    public ChangeSet {
      changes = List.copyOf(changes);
    }
  }

  /**
   * One resource change: {@code action} Add, Modify, Remove, Import or Dynamic; {@code replacement}
   * True, False or Conditional for a Modify (null otherwise).
   */
  record ResourceChange(String action, String logicalId, String type, String replacement) {}

  /** One stack event; {@code logicalId} is the stack's own name for the stack's events. */
  record Event(
      String id, Instant timestamp, String logicalId, String type, String status, String reason) {}
}
