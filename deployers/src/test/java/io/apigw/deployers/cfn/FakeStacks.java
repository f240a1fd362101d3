package io.apigw.deployers.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CloudFormation as the deploy sees it, small: a change set is the resource-level difference
 * between the stack's template and the new one (or "didn't contain changes"); executing one plays
 * its events one step per DescribeStacks, so a deploy must poll until the stack settles. {@link
 * #failOn} makes a resource fail: the stack then rolls back, as CloudFormation does.
 */
final class FakeStacks implements Stacks {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static final class FakeStack {
    String name;
    String status;
    Map<String, String> tags = new LinkedHashMap<>();
    Map<String, String> outputs = new LinkedHashMap<>();
    String template;
    Map<String, String> parameters = new LinkedHashMap<>();
    final List<Event> events = new ArrayList<>();
    final Deque<Runnable> pending = new ArrayDeque<>();
  }

  final Map<String, FakeStack> stacks = new LinkedHashMap<>();
  final Map<String, ChangeSetRequest> changeSetRequests = new LinkedHashMap<>();
  final Map<String, ChangeSet> changeSets = new LinkedHashMap<>();
  final Map<String, byte[]> objects = new LinkedHashMap<>();
  final List<String> calls = new ArrayList<>();
  String failOn;
  String failReason;
  private int ids;
  private long time = 1_800_000_000L;

  @Override
  public Optional<Stack> describe(String stackName) {
    calls.add("DescribeStacks");
    FakeStack stack = stacks.get(stackName);
    if (stack == null) {
      return Optional.empty();
    }
    if (!stack.pending.isEmpty()) {
      stack.pending.poll().run();
    }
    if (stack.status.equals("DELETE_COMPLETE")) {
      stacks.remove(stackName);
      return Optional.empty();
    }
    return Optional.of(
        new Stack("arn:" + stackName, stackName, stack.status, null, stack.tags, stack.outputs));
  }

  @Override
  public String createChangeSet(ChangeSetRequest request) {
    calls.add("CreateChangeSet " + request.type());
    FakeStack stack = stacks.get(request.stackName());
    if (request.type() == ChangeSetType.CREATE) {
      if (stack != null && !stack.status.equals("REVIEW_IN_PROGRESS")) {
        throw new IllegalStateException("CREATE change set for existing stack " + stack.status);
      }
      if (stack == null) {
        stack = new FakeStack();
        stack.name = request.stackName();
        stack.status = "REVIEW_IN_PROGRESS";
        stack.tags.putAll(request.tags());
        stacks.put(stack.name, stack);
        event(stack, stack.name, "AWS::CloudFormation::Stack", "REVIEW_IN_PROGRESS", null);
      }
    } else if (stack == null) {
      throw new IllegalStateException("UPDATE change set for missing stack");
    }
    String body = template(request);
    String id = "arn:changeSet/" + request.changeSetName() + "/" + (++ids);
    changeSetRequests.put(id, request);
    List<ResourceChange> changes = diff(stack.template, body);
    if (request.type() == ChangeSetType.UPDATE
        && body.equals(stack.template)
        && request.parameters().equals(stack.parameters)) {
      changeSets.put(
          id,
          new ChangeSet(
              id,
              request.changeSetName(),
              "FAILED",
              "The submitted information didn't contain changes. Submit different information to"
                  + " create a change set.",
              "UNAVAILABLE",
              List.of()));
    } else {
      // First answer: still being computed, as CloudFormation's CREATE_PENDING.
      changeSets.put(
          id,
          new ChangeSet(
              id, request.changeSetName(), "CREATE_PENDING", null, "UNAVAILABLE", changes));
    }
    return id;
  }

  private String template(ChangeSetRequest request) {
    if (request.templateUrl() != null) {
      String key = request.templateUrl().substring(request.templateUrl().indexOf("/", 8) + 1);
      return new String(objects.get(key), java.nio.charset.StandardCharsets.UTF_8);
    }
    return request.templateBody();
  }

  @Override
  public ChangeSet describeChangeSet(String changeSetId) {
    calls.add("DescribeChangeSet");
    ChangeSet changeSet = changeSets.get(changeSetId);
    if (changeSet.status().equals("CREATE_PENDING")) {
      changeSets.put(
          changeSetId,
          new ChangeSet(
              changeSet.id(),
              changeSet.name(),
              "CREATE_COMPLETE",
              null,
              "AVAILABLE",
              changeSet.changes()));
    }
    return changeSet;
  }

  @Override
  public void executeChangeSet(String changeSetId) {
    calls.add("ExecuteChangeSet");
    ChangeSetRequest request = changeSetRequests.get(changeSetId);
    ChangeSet changeSet = changeSets.remove(changeSetId);
    FakeStack stack = stacks.get(request.stackName());
    String verb = request.type() == ChangeSetType.CREATE ? "CREATE" : "UPDATE";
    String body = template(request);
    step(stack, verb + "_IN_PROGRESS", stack.name, "AWS::CloudFormation::Stack", "User Initiated");
    List<ResourceChange> started = new ArrayList<>();
    for (ResourceChange change : changeSet.changes()) {
      String status = change.action().equals("Remove") ? "DELETE" : verb;
      if (change.action().equals("Add")) {
        status = "CREATE";
      }
      String type = change.type();
      String logicalId = change.logicalId();
      step(stack, status + "_IN_PROGRESS", logicalId, type, null);
      if (logicalId.equals(failOn)) {
        step(stack, status + "_FAILED", logicalId, type, failReason);
        for (ResourceChange other : started) {
          step(stack, status + "_FAILED", other.logicalId(), other.type(), null);
        }
        String rollback = verb.equals("CREATE") ? "ROLLBACK" : "UPDATE_ROLLBACK";
        step(
            stack,
            rollback + "_IN_PROGRESS",
            stack.name,
            "AWS::CloudFormation::Stack",
            "The following resource(s) failed to " + verb.toLowerCase() + ": [" + logicalId + "].");
        step(stack, "DELETE_COMPLETE", logicalId, type, null);
        step(stack, rollback + "_COMPLETE", stack.name, "AWS::CloudFormation::Stack", null);
        return;
      }
      step(stack, status + "_COMPLETE", logicalId, type, null);
    }
    stack.pending.add(
        () -> {
          stack.template = body;
          stack.parameters = new LinkedHashMap<>(request.parameters());
          stack.outputs.clear();
          for (Iterator<String> it = outputs(body).fieldNames(); it.hasNext(); ) {
            String name = it.next();
            stack.outputs.put(name, "https://fake.example/" + name);
          }
        });
    step(stack, verb + "_COMPLETE", stack.name, "AWS::CloudFormation::Stack", null);
  }

  private void step(FakeStack stack, String status, String logicalId, String type, String reason) {
    stack.pending.add(
        () -> {
          event(stack, logicalId, type, status, reason);
          if (logicalId.equals(stack.name)) {
            stack.status = status;
          }
        });
  }

  private void event(FakeStack stack, String logicalId, String type, String status, String reason) {
    stack.events.add(
        new Event("e" + (++ids), Instant.ofEpochSecond(time++), logicalId, type, status, reason));
  }

  @Override
  public void deleteChangeSet(String changeSetId) {
    calls.add("DeleteChangeSet");
    changeSets.remove(changeSetId);
  }

  @Override
  public void deleteStack(String stackName) {
    calls.add("DeleteStack");
    FakeStack stack = stacks.get(stackName);
    step(stack, "DELETE_IN_PROGRESS", stackName, "AWS::CloudFormation::Stack", "User Initiated");
    step(stack, "DELETE_COMPLETE", stackName, "AWS::CloudFormation::Stack", null);
  }

  @Override
  public List<Event> eventsAfter(String stackName, String afterEventId) {
    List<Event> all = stacks.get(stackName).events;
    int from = 0;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(afterEventId)) {
        from = i + 1;
      }
    }
    return List.copyOf(all.subList(from, all.size()));
  }

  @Override
  public String lastEventId(String stackName) {
    List<Event> all = stacks.get(stackName).events;
    return all.isEmpty() ? null : all.get(all.size() - 1).id();
  }

  @Override
  public Map<String, String> resources(String stackName) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode resources = tree(stacks.get(stackName).template).path("Resources");
    resources.fieldNames().forEachRemaining(id -> out.put(id, "phys-" + id.toLowerCase()));
    return out;
  }

  @Override
  public boolean objectExists(String bucket, String key) {
    return objects.containsKey(key);
  }

  @Override
  public void putObject(String bucket, String key, byte[] body) {
    calls.add("PutObject " + key);
    objects.put(key, body);
  }

  @Override
  public String objectUrl(String bucket, String key) {
    return "https://" + bucket + ".s3.example/" + key;
  }

  /** Resource-level changes, as CloudFormation's change set lists them. */
  private static List<ResourceChange> diff(String before, String after) {
    JsonNode old = tree(before).path("Resources");
    JsonNode now = tree(after).path("Resources");
    List<ResourceChange> changes = new ArrayList<>();
    now.fields()
        .forEachRemaining(
            e -> {
              String type = e.getValue().path("Type").asText();
              if (!old.has(e.getKey())) {
                changes.add(new ResourceChange("Add", e.getKey(), type, null));
              } else if (!old.get(e.getKey()).equals(e.getValue())) {
                changes.add(new ResourceChange("Modify", e.getKey(), type, "False"));
              }
            });
    old.fields()
        .forEachRemaining(
            e -> {
              if (!now.has(e.getKey())) {
                changes.add(
                    new ResourceChange(
                        "Remove", e.getKey(), e.getValue().path("Type").asText(), null));
              }
            });
    return changes;
  }

  private static JsonNode outputs(String template) {
    return tree(template).path("Outputs");
  }

  private static JsonNode tree(String template) {
    if (template == null) {
      return YAML.createObjectNode();
    }
    try {
      return YAML.readTree(template);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
