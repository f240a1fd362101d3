package io.apigw.deployers.cfn;

import io.apigw.deployers.aws.Calls;
import io.apigw.deployers.aws.DeployException;
import io.apigw.deployers.cfn.Stacks.ChangeSet;
import io.apigw.deployers.cfn.Stacks.ChangeSetRequest;
import io.apigw.deployers.cfn.Stacks.ChangeSetType;
import io.apigw.deployers.cfn.Stacks.Event;
import io.apigw.deployers.cfn.Stacks.ResourceChange;
import io.apigw.deployers.cfn.Stacks.Stack;
import io.apigw.deployers.deploy.Console;
import io.apigw.deployers.deploy.DeployResult;
import io.apigw.deployers.deploy.DeployResult.Outcome;
import io.apigw.deployers.deploy.Managed;
import io.apigw.deployers.generate.Generator;
import io.apigw.deployers.plan.Change;
import io.apigw.deployers.plan.Plan;
import io.apigw.model.Api;
import io.apigw.model.Function;
import io.apigw.openapi.OpenApi;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * {@code apigw deploy --stack NAME}: the definition as a generated template, applied through a
 * CloudFormation change set that is shown before it is executed, with the stack's events streamed
 * until the stack settles. A failed deploy is left rolled back by CloudFormation and reported with
 * the first resource that failed.
 */
public final class CfnDeployer {
  /** CloudFormation's limit on TemplateBody; larger templates go through S3 (limits of AWS). */
  public static final int MAX_TEMPLATE_BODY = 51_200;

  static final String MODE = "cloudformation";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  private final Stacks stacks;
  private final Console console;
  private final Calls calls;
  private final Clock clock;

  /**
   * @param calls the calls {@code stacks} sends through, for the result's call counts; may be null
   */
  public CfnDeployer(Stacks stacks, Console console, Calls calls) {
    this(stacks, console, calls, Clock.systemUTC());
  }

  CfnDeployer(Stacks stacks, Console console, Calls calls, Clock clock) {
    this.stacks = stacks;
    this.console = console;
    this.calls = calls;
    this.clock = clock;
  }

  /** Deploys the API to the stack; see the class comment. */
  public DeployResult deploy(Api api, Path definitionDir, CfnOptions o) {
    return run(api, definitionDir, o, false);
  }

  /** What a deploy would change: the change set is created, shown and deleted again. */
  public DeployResult plan(Api api, Path definitionDir, CfnOptions o) {
    return run(api, definitionDir, o, true);
  }

  /** Deletes the stack when apigw made it (tag {@code apigw}) and waits until it is gone. */
  public DeployResult destroy(String stackName, String apiName, boolean yes) {
    Optional<Stack> found = stacks.describe(stackName);
    if (found.isEmpty()) {
      console.progress("stack " + stackName + " does not exist: nothing to destroy");
      return result(apiName, null, Outcome.NOTHING_TO_DESTROY, null, Map.of(), Map.of());
    }
    Stack stack = found.get();
    if (!Managed.isManaged(stack.tags(), apiName)) {
      console.progress(
          "stack "
              + stackName
              + " has no tag "
              + Managed.TAG
              + "="
              + apiName
              + ": apigw did not deploy this API to it; left alone");
      return result(apiName, null, Outcome.NOTHING_TO_DESTROY, null, Map.of(), Map.of());
    }
    Plan removal = new Plan(List.of(new Change(Change.Kind.REMOVE, "stack", stackName, List.of())));
    console.report(io.apigw.deployers.plan.PlanPrinter.text("Stack " + stackName, removal));
    if (!yes) {
      if (!console.interactive()) {
        throw new DeployException(
            "not destroyed: no terminal to ask on (or CI is set); pass --yes to destroy without"
                + " asking");
      }
      if (!console.confirm("Delete stack " + stackName + " and every resource in it?")) {
        return result(apiName, null, Outcome.NOT_EXECUTED, removal, Map.of(), Map.of());
      }
    }
    String mark = stacks.lastEventId(stackName);
    console.progress("deleting stack " + stackName);
    stacks.deleteStack(stackName);
    Settled settled = follow(stackName, mark, 0, Duration.ofSeconds(5));
    if (settled.stack != null && !"DELETE_COMPLETE".equals(settled.stack.status())) {
      throw new DeployException(
          "stack "
              + stackName
              + " was not deleted ("
              + settled.stack.status()
              + ")"
              + settled.failure(stack));
    }
    console.progress("stack " + stackName + " deleted");
    return result(apiName, null, Outcome.DESTROYED, null, Map.of(), Map.of());
  }

  // ------------------------------------------------------------------------------ deploy

  private DeployResult run(Api api, Path definitionDir, CfnOptions o, boolean planOnly) {
    Prepared prepared = prepare(api, definitionDir, o, !planOnly);
    Target target = target(api, o);
    String changeSetName = "apigw-" + clock.millis();
    Map<String, String> tags = new LinkedHashMap<>(o.tags());
    tags.put(Managed.TAG, api.name());
    List<String> capabilities =
        o.sam() ? List.of("CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND") : List.of("CAPABILITY_IAM");
    console.progress(
        "creating change set "
            + changeSetName
            + " ("
            + target.type.name().toLowerCase(Locale.ROOT)
            + ") for stack "
            + o.stackName());
    ChangeSetRequest request =
        new ChangeSetRequest(
            o.stackName(),
            changeSetName,
            target.type,
            prepared.templateUrl == null ? prepared.templateBody : null,
            prepared.templateUrl,
            prepared.parameters,
            tags,
            capabilities,
            o.roleArn());
    String changeSetId;
    try {
      changeSetId = stacks.createChangeSet(request);
    } catch (AwsServiceException e) {
      // Some CloudFormation implementations (moto among them) refuse an unchanged update at once
      // with UpdateStack's "No updates are to be performed." instead of a FAILED change set.
      if (isNoChange(reason(e))) {
        console.report("Stack " + o.stackName() + " is up to date: no changes.");
        return result(api.name(), null, Outcome.NO_CHANGES, Plan.empty(), Map.of(), Map.of());
      }
      throw new DeployException(
          "CloudFormation refused the change set for stack " + o.stackName() + ": " + reason(e), e);
    }
    ChangeSet changeSet = awaitChangeSet(changeSetId, o.pollInterval());
    if ("FAILED".equals(changeSet.status())) {
      discard(changeSetId, o.stackName(), target);
      if (isNoChange(changeSet.statusReason())) {
        console.report("Stack " + o.stackName() + " is up to date: no changes.");
        return result(api.name(), null, Outcome.NO_CHANGES, Plan.empty(), Map.of(), Map.of());
      }
      throw new DeployException(
          "CloudFormation could not create a change set for stack "
              + o.stackName()
              + ": "
              + changeSet.statusReason());
    }
    Plan plan = plan(changeSet);
    console.report(table(o.stackName(), target.type, changeSet));
    if (planOnly) {
      discard(changeSetId, o.stackName(), target);
      return result(api.name(), null, Outcome.NOT_EXECUTED, plan, Map.of(), Map.of());
    }
    if (!o.execute()) {
      console.report(
          "Change set left for review, not executed: "
              + changeSetId
              + "\n(aws cloudformation execute-change-set --change-set-name "
              + changeSetId
              + ")");
      return result(api.name(), null, Outcome.NOT_EXECUTED, plan, Map.of(), Map.of());
    }
    if (!o.yes()) {
      if (!console.interactive()) {
        discard(changeSetId, o.stackName(), target);
        throw new DeployException(
            "nobody can confirm the change set here (no terminal, or CI is set): pass --yes to"
                + " apply without asking");
      }
      if (!console.confirm(
          "Apply " + changeSet.changes().size() + " changes to stack " + o.stackName() + "?")) {
        discard(changeSetId, o.stackName(), target);
        console.report("Not applied; the change set was deleted.");
        return result(api.name(), null, Outcome.NOT_EXECUTED, plan, Map.of(), Map.of());
      }
    }
    String mark = stacks.lastEventId(o.stackName());
    console.progress("executing change set " + changeSetName);
    try {
      stacks.executeChangeSet(changeSetId);
    } catch (AwsServiceException e) {
      throw new DeployException(
          "CloudFormation did not execute the change set of stack "
              + o.stackName()
              + ": "
              + reason(e)
              + stackStatus(o.stackName()),
          e);
    }
    Settled settled = follow(o.stackName(), mark, changeSet.changes().size(), o.pollInterval());
    Stack stack = settled.stack;
    if (stack == null || !isSuccess(stack.status())) {
      throw new DeployException(
          "deploy of stack "
              + o.stackName()
              + " failed"
              + settled.failure(stack)
              + "; CloudFormation rolled the stack back"
              + (stack == null ? "" : " (" + stack.status() + ")"));
    }
    Map<String, String> invokeUrls = new TreeMap<>();
    prepared
        .deployable
        .urlOutputs()
        .forEach(
            (stageName, output) -> {
              String url = stack.outputs().get(output);
              if (url != null) {
                invokeUrls.put(stageName, url);
              }
            });
    String apiId = stacks.resources(o.stackName()).get(prepared.deployable.apiLogicalId());
    console.report(outputs(o.stackName(), stack));
    return result(api.name(), apiId, Outcome.DEPLOYED, plan, invokeUrls, stack.outputs());
  }

  private record Target(ChangeSetType type) {}

  /** CREATE or UPDATE, after clearing what stands in the way (a stack rolled back on creation). */
  private Target target(Api api, CfnOptions o) {
    Optional<Stack> found = stacks.describe(o.stackName());
    if (found.isEmpty()) {
      return new Target(ChangeSetType.CREATE);
    }
    Stack stack = found.get();
    if (!Managed.isManaged(stack.tags(), api.name())) {
      throw new DeployException(
          "stack "
              + o.stackName()
              + " exists but apigw did not deploy API "
              + api.name()
              + " to it (no tag "
              + Managed.TAG
              + "="
              + api.name()
              + "): choose another --stack");
    }
    String status = stack.status();
    if (status.equals("REVIEW_IN_PROGRESS")) {
      // Created by a change set that was never executed: the stack has no resources yet.
      return new Target(ChangeSetType.CREATE);
    }
    if (status.equals("ROLLBACK_COMPLETE")) {
      console.progress(
          "stack "
              + o.stackName()
              + " is ROLLBACK_COMPLETE after a failed create and cannot be updated: deleting it"
              + " before creating it again");
      String mark = stacks.lastEventId(o.stackName());
      stacks.deleteStack(o.stackName());
      Settled settled = follow(o.stackName(), mark, 0, o.pollInterval());
      if (settled.stack != null && !settled.stack.status().equals("DELETE_COMPLETE")) {
        throw new DeployException(
            "could not delete the rolled back stack "
                + o.stackName()
                + " ("
                + settled.stack.status()
                + ")"
                + settled.failure(settled.stack));
      }
      return new Target(ChangeSetType.CREATE);
    }
    if (status.endsWith("_IN_PROGRESS")) {
      throw new DeployException(
          "stack "
              + o.stackName()
              + " is busy ("
              + status
              + "): wait until it settles, then deploy again");
    }
    if (status.equals("UPDATE_ROLLBACK_FAILED")) {
      throw new DeployException(
          "stack "
              + o.stackName()
              + " is UPDATE_ROLLBACK_FAILED: fix the cause and run aws cloudformation"
              + " continue-update-rollback before deploying again");
    }
    if (status.equals("ROLLBACK_FAILED") || status.equals("DELETE_FAILED")) {
      throw new DeployException(
          "stack " + o.stackName() + " is " + status + ": delete it (apigw destroy) first");
    }
    return new Target(ChangeSetType.UPDATE);
  }

  /** Deletes a change set not to be executed, and the empty stack a CREATE change set made. */
  private void discard(String changeSetId, String stackName, Target target) {
    stacks.deleteChangeSet(changeSetId);
    if (target.type == ChangeSetType.CREATE) {
      Optional<Stack> stack = stacks.describe(stackName);
      if (stack.isPresent() && stack.get().status().equals("REVIEW_IN_PROGRESS")) {
        stacks.deleteStack(stackName);
      }
    }
  }

  private ChangeSet awaitChangeSet(String changeSetId, Duration poll) {
    while (true) {
      ChangeSet changeSet = stacks.describeChangeSet(changeSetId);
      String status = changeSet.status();
      if (!status.equals("CREATE_PENDING") && !status.equals("CREATE_IN_PROGRESS")) {
        return changeSet;
      }
      sleep(poll);
    }
  }

  /**
   * CloudFormation's reasons for a change set without changes: "The submitted information didn't
   * contain changes..." and, for some updates, "No updates are to be performed."
   */
  static boolean isNoChange(String reason) {
    return reason != null
        && (reason.contains("didn't contain changes")
            || reason.contains("No updates are to be performed"));
  }

  // ------------------------------------------------------------------------------ events

  /** The stack once it settled (null when it is gone) and the first resource that failed. */
  private record Settled(Stack stack, Event firstFailure) {
    String failure(Stack stack) {
      if (firstFailure != null) {
        return ": resource "
            + firstFailure.logicalId()
            + " ("
            + firstFailure.type()
            + ") "
            + firstFailure.status()
            + ": "
            + firstFailure.reason();
      }
      if (stack != null && stack.statusReason() != null) {
        return ": " + stack.statusReason();
      }
      return "";
    }
  }

  /**
   * Prints the stack's events after {@code mark}, oldest first, until the stack reaches a state
   * that is not *_IN_PROGRESS (a rollback is followed to its end).
   */
  private Settled follow(String stackName, String mark, int expected, Duration poll) {
    String last = mark;
    int done = 0;
    Event firstFailure = null;
    while (true) {
      Optional<Stack> stack = stacks.describe(stackName);
      // Read the events after the status, so that the events up to a settled state are all shown.
      List<Event> events = stack.isPresent() ? stacks.eventsAfter(stackName, last) : List.of();
      for (Event event : events) {
        last = event.id();
        boolean resource = !stackName.equals(event.logicalId());
        if (resource && isResourceDone(event.status())) {
          done++;
        }
        if (resource
            && firstFailure == null
            && event.status().endsWith("_FAILED")
            && !isCancellation(event.reason())) {
          firstFailure = event;
        }
        console.progress(progressLine(event, done, expected));
      }
      if (stack.isEmpty() || !stack.get().status().endsWith("_IN_PROGRESS")) {
        return new Settled(stack.orElse(null), firstFailure);
      }
      sleep(poll);
    }
  }

  private static boolean isResourceDone(String status) {
    return status.equals("CREATE_COMPLETE")
        || status.equals("UPDATE_COMPLETE")
        || status.equals("DELETE_COMPLETE")
        || status.equals("IMPORT_COMPLETE");
  }

  /** Resources CloudFormation stopped because another failed are not the cause. */
  private static boolean isCancellation(String reason) {
    return reason != null
        && (reason.contains("Resource creation cancelled")
            || reason.contains("Resource update cancelled"));
  }

  static String progressLine(Event event, int done, int expected) {
    StringBuilder line = new StringBuilder();
    line.append(event.timestamp() == null ? "--:--:--" : TIME.format(event.timestamp()));
    line.append("  ").append(pad(event.status(), 28));
    line.append(' ').append(pad(event.logicalId(), 32));
    line.append(' ').append(pad(event.type(), 34));
    line.append(expected > 0 ? " [" + done + "/" + expected + "]" : " [" + done + "]");
    if (event.reason() != null && !event.reason().isBlank()) {
      line.append("  ").append(event.reason());
    }
    return line.toString().stripTrailing();
  }

  private static boolean isSuccess(String status) {
    return status.equals("CREATE_COMPLETE")
        || status.equals("UPDATE_COMPLETE")
        || status.equals("IMPORT_COMPLETE");
  }

  // ------------------------------------------------------------------------------ output

  /** The change set as a table: action, logical id, type, replacement. */
  static String table(String stackName, ChangeSetType type, ChangeSet changeSet) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Action", "Logical id", "Type", "Replacement"});
    for (ResourceChange change : changeSet.changes()) {
      rows.add(
          new String[] {
            action(change.action()),
            change.logicalId(),
            change.type(),
            change.replacement() == null ? "-" : change.replacement()
          });
    }
    int[] widths = new int[4];
    for (String[] row : rows) {
      for (int i = 0; i < 4; i++) {
        widths[i] = Math.max(widths[i], String.valueOf(row[i]).length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("Change set for stack ")
        .append(stackName)
        .append(" (")
        .append(type.name().toLowerCase(Locale.ROOT))
        .append("): ")
        .append(changeSet.changes().size())
        .append(changeSet.changes().size() == 1 ? " change" : " changes")
        .append('\n');
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < 4; i++) {
        line.append(pad(String.valueOf(row[i]), widths[i])).append("  ");
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** CloudFormation's actions as apigw shows them; "Remove" is shown as a deletion. */
  static String action(String action) {
    if (action == null) {
      return "?";
    }
    return switch (action) {
      case "Add" -> "+ Add";
      case "Modify" -> "* Modify";
      case "Remove" -> "- Delete";
      default -> "  " + action;
    };
  }

  private static Plan plan(ChangeSet changeSet) {
    List<Change> changes = new ArrayList<>();
    for (ResourceChange change : changeSet.changes()) {
      Change.Kind kind =
          switch (String.valueOf(change.action())) {
            case "Add" -> Change.Kind.ADD;
            case "Remove" -> Change.Kind.REMOVE;
            default -> Change.Kind.CHANGE;
          };
      List<Change.Field> fields = new ArrayList<>();
      fields.add(new Change.Field("type", null, change.type()));
      if (change.replacement() != null) {
        fields.add(new Change.Field("replacement", null, change.replacement()));
      }
      changes.add(new Change(kind, "resource", change.logicalId(), fields));
    }
    return new Plan(changes);
  }

  private static String outputs(String stackName, Stack stack) {
    StringBuilder out = new StringBuilder("Stack " + stackName + " " + stack.status());
    if (!stack.outputs().isEmpty()) {
      out.append("\nOutputs:");
      new TreeMap<>(stack.outputs())
          .forEach((k, v) -> out.append("\n  ").append(k).append(" = ").append(v));
    }
    return out.append('\n').toString();
  }

  private static String pad(String text, int width) {
    String value = text == null ? "" : text;
    return value.length() >= width ? value : value + " ".repeat(width - value.length());
  }

  private DeployResult result(
      String apiName,
      String apiId,
      Outcome outcome,
      Plan plan,
      Map<String, String> invokeUrls,
      Map<String, String> outputs) {
    return new DeployResult(
        MODE,
        apiName,
        apiId,
        outcome,
        plan,
        invokeUrls,
        outputs,
        calls == null ? null : calls.stats());
  }

  /** AWS's message, or the answer's body when the SDK could not read a message from it. */
  private static String reason(AwsServiceException e) {
    if (e.awsErrorDetails() != null) {
      String message = e.awsErrorDetails().errorMessage();
      if (message != null && !message.isBlank()) {
        return message;
      }
      if (e.awsErrorDetails().rawResponse() != null) {
        String raw = e.awsErrorDetails().rawResponse().asUtf8String();
        if (!raw.isBlank()) {
          return jsonError(raw);
        }
      }
    }
    return e.getMessage();
  }

  /**
   * An error body the SDK could not parse as CloudFormation's XML (moto answers some failures of
   * ExecuteChangeSet with the failing service's JSON error): its type and message, else as is.
   */
  static String jsonError(String raw) {
    try {
      com.fasterxml.jackson.databind.JsonNode body =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(raw);
      String type = body.path("__type").asText("");
      String message = body.path("message").asText(body.path("Message").asText(""));
      if (!message.isEmpty()) {
        return type.isEmpty()
            ? message
            : type.substring(type.lastIndexOf('#') + 1) + ": " + message;
      }
    } catch (java.io.IOException | RuntimeException notJson) {
      // not JSON: shown as it came
    }
    return raw.strip();
  }

  private String stackStatus(String stackName) {
    try {
      return stacks.describe(stackName).map(s -> " (stack " + s.status() + ")").orElse("");
    } catch (RuntimeException e) {
      return "";
    }
  }

  private void sleep(Duration duration) {
    if (duration.isZero() || duration.isNegative()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeployException("interrupted while waiting for CloudFormation", e);
    }
  }

  // ------------------------------------------------------------------------------ artefacts

  /** The template (as a body or uploaded), and the parameters that name uploaded code. */
  private record Prepared(
      Generator.Deployable deployable,
      String templateBody,
      String templateUrl,
      Map<String, String> parameters) {}

  private Prepared prepare(Api api, Path definitionDir, CfnOptions o, boolean upload) {
    // Functions apigw builds from code: zipped and put in the bucket under a content-addressed key.
    Map<String, String> keyByCode = new LinkedHashMap<>();
    Map<String, byte[]> zipByKey = new LinkedHashMap<>();
    Map<String, String> keyByFunction = new LinkedHashMap<>();
    List<String> local = new ArrayList<>();
    String remoteBucket = null;
    for (Function function : api.functions()) {
      if (function.arn() != null || function.runtime() == null || function.handler() == null) {
        continue;
      }
      String code = function.code();
      if (code != null && code.startsWith("s3://")) {
        String rest = code.substring("s3://".length());
        int slash = rest.indexOf('/');
        remoteBucket = rest.substring(0, slash);
        keyByFunction.put(function.name(), rest.substring(slash + 1));
        continue;
      }
      local.add(function.name() + " (" + (code == null ? "." : code) + ")");
      if (o.s3Bucket() == null) {
        continue;
      }
      String key = keyByCode.get(String.valueOf(code));
      if (key == null) {
        byte[] zip;
        try {
          zip = CodeZip.of(code == null ? definitionDir : definitionDir.resolve(code));
        } catch (UncheckedIOException e) {
          throw new DeployException(
              "cannot zip the code of function " + function.name() + ": " + e.getMessage(), e);
        }
        key = "apigw/" + o.stackName() + "/code-" + CodeZip.hash(zip) + ".zip";
        keyByCode.put(String.valueOf(code), key);
        zipByKey.put(key, zip);
      }
      keyByFunction.put(function.name(), key);
    }
    if (!local.isEmpty() && o.s3Bucket() == null) {
      throw new DeployException(
          "CloudFormation reads function code from S3, and these functions have local code: "
              + String.join(", ", local)
              + "; pass --s3-bucket BUCKET to upload it there");
    }
    String bucket = o.s3Bucket() != null ? o.s3Bucket() : remoteBucket;
    if (upload) {
      for (Map.Entry<String, byte[]> zip : zipByKey.entrySet()) {
        if (!stacks.objectExists(bucket, zip.getKey())) {
          console.progress("uploading code to s3://" + bucket + "/" + zip.getKey());
          stacks.putObject(bucket, zip.getKey(), zip.getValue());
        }
      }
    }

    Map<String, String> codeUris = new LinkedHashMap<>();
    keyByCode.forEach((code, key) -> codeUris.put(code, "s3://" + bucket + "/" + key));
    Generator.Options options =
        Generator.Options.defaults()
            .withStage(o.stage())
            .withFormat(OpenApi.Format.YAML)
            .withCodePath(code -> codeUris.getOrDefault(code, code));
    Generator.Deployable deployable;
    try {
      deployable =
          Generator.deployable(
              api, o.sam() ? Generator.Target.SAM : Generator.Target.CLOUDFORMATION, options);
    } catch (IllegalArgumentException e) {
      throw new DeployException(e.getMessage(), e);
    }

    Map<String, String> parameters = new LinkedHashMap<>();
    if (deployable.codeBucketParameter() != null && bucket != null) {
      parameters.put(deployable.codeBucketParameter(), bucket);
    }
    deployable
        .codeKeyParameters()
        .forEach(
            (function, parameter) -> {
              String key = keyByFunction.get(function);
              if (key != null) {
                parameters.put(parameter, key);
              }
            });
    parameters.putAll(o.parameters());

    String body = deployable.text(OpenApi.Format.YAML);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= MAX_TEMPLATE_BODY) {
      return new Prepared(deployable, body, null, parameters);
    }
    if (o.s3Bucket() == null) {
      throw new DeployException(
          "the template is "
              + bytes.length
              + " bytes, over CloudFormation's limit of "
              + MAX_TEMPLATE_BODY
              + " for a template body: pass --s3-bucket BUCKET to upload it to S3");
    }
    String key = "apigw/" + o.stackName() + "/template-" + CodeZip.hash(bytes) + ".yaml";
    if (!stacks.objectExists(o.s3Bucket(), key)) {
      console.progress(
          "uploading the template ("
              + bytes.length
              + " bytes) to s3://"
              + o.s3Bucket()
              + "/"
              + key);
      stacks.putObject(o.s3Bucket(), key, bytes);
    }
    return new Prepared(deployable, null, stacks.objectUrl(o.s3Bucket(), key), parameters);
  }
}
