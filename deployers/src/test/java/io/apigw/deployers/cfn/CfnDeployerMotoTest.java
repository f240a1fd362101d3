package io.apigw.deployers.cfn;

import static io.apigw.deployers.cfn.CfnTesting.edited;
import static io.apigw.deployers.cfn.CfnTesting.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.deployers.aws.AwsClients;
import io.apigw.deployers.aws.Calls;
import io.apigw.deployers.aws.DeployException;
import io.apigw.deployers.aws.Moto;
import io.apigw.deployers.deploy.DeployResult;
import io.apigw.deployers.deploy.DeployResult.Outcome;
import io.apigw.deployers.deploy.RecordingConsole;
import io.apigw.model.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CloudFormation deploy end to end against moto, read back with the real AWS CLI.
 *
 * <p>moto's limits shape what is deployed. Its {@code AWS::ApiGateway::RestApi} ignores {@code
 * Body}, so a REST API has no methods and the template's {@code AWS::ApiGateway::Deployment} fails
 * ("The REST API doesn't contain any methods"), and every generated REST template has one (a stage
 * is always generated): the REST sample is therefore taken up to its change set here. The HTTP
 * sample deploys completely: moto skips the {@code AWS::ApiGatewayV2::*} resources with a warning
 * and creates its functions, roles and permissions, so the whole stack life cycle (create,
 * unchanged, update, destroy) runs against it. moto executes a change set synchronously inside
 * ExecuteChangeSet, records only the stack's own events and does not roll back ("a to-do: handle
 * execution errors and implement rollback" in moto/cloudformation/models.py): a failing resource
 * makes ExecuteChangeSet itself fail with the resource's error, so the failure test checks the
 * reason here, and the fake-backed {@link CfnDeployerTest} checks the named resource and the
 * rollback.
 */
class CfnDeployerMotoTest {
  private static Moto moto;
  private static AwsClients clients;
  private static final String BUCKET = "apigw-code-" + UUID.randomUUID().toString().substring(0, 8);

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    moto = Moto.start();
    clients = moto.clients();
    clients.s3().createBucket(r -> r.bucket(BUCKET));
  }

  @AfterAll
  static void stop() throws Exception {
    if (clients != null) {
      clients.close();
    }
    if (moto != null) {
      moto.close();
    }
  }

  private static String stackName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static CfnOptions options(String stack) {
    return CfnOptions.of(stack).withS3Bucket(BUCKET).withPollInterval(Duration.ofMillis(50));
  }

  private static CfnDeployer deployer(RecordingConsole console) {
    return new CfnDeployer(new SdkStacks(clients, Calls.paced()), console, null);
  }

  @Test
  void deployRedeployChangeAndDestroy() throws Exception {
    String stack = stackName("notes");
    Path first = Files.createDirectories(dir.resolve("first"));
    Api api = load(edited(first, "http-jwt.apigw", "", ""));

    // Deploy: a new stack, complete.
    RecordingConsole console = new RecordingConsole(false, false);
    DeployResult deployed = deployer(console).deploy(api, first, options(stack));

    assertThat(deployed.outcome()).isEqualTo(Outcome.DEPLOYED);
    JsonNode live = moto.aws("cloudformation", "describe-stacks", "--stack-name", stack);
    JsonNode described = live.path("Stacks").get(0);
    assertThat(described.path("StackStatus").asText()).isEqualTo("CREATE_COMPLETE");
    assertThat(described.path("Tags").toString())
        .contains("{\"Key\":\"apigw\",\"Value\":\"notes\"}");
    // The three functions share one code folder: one content-addressed zip, uploaded once.
    Map<String, String> parameters = new java.util.TreeMap<>();
    described
        .path("Parameters")
        .forEach(
            p ->
                parameters.put(p.path("ParameterKey").asText(), p.path("ParameterValue").asText()));
    assertThat(parameters).containsEntry("CodeS3Bucket", BUCKET);
    String key = parameters.get("ListNotesCodeS3Key");
    assertThat(key).startsWith("apigw/" + stack + "/code-");
    assertThat(parameters)
        .containsEntry("CreateNoteCodeS3Key", key)
        .containsEntry("DeleteNoteCodeS3Key", key);
    JsonNode object = moto.aws("s3api", "head-object", "--bucket", BUCKET, "--key", key);
    assertThat(object.path("ContentLength").asLong()).isPositive();
    String function = physicalId(stack, "ListNotesFunction");
    JsonNode config = moto.aws("lambda", "get-function-configuration", "--function-name", function);
    assertThat(config.path("Handler").asText()).isEqualTo("index.list");
    assertThat(config.path("MemorySize").asInt()).isEqualTo(128);
    assertThat(console.allReports())
        .containsPattern("\\+ Add +ListNotesFunction +AWS::Lambda::Function");
    assertThat(console.allProgress()).contains("CREATE_COMPLETE");

    // Redeploy unchanged: nothing happens.
    DeployResult again =
        deployer(new RecordingConsole(false, false)).deploy(api, first, options(stack));
    assertThat(again.outcome()).isEqualTo(Outcome.NO_CHANGES);

    // Redeploy with a change: the table shows it, and it reaches the function.
    Path second = Files.createDirectories(dir.resolve("second"));
    Api changed =
        load(
            edited(
                second,
                "http-jwt.apigw",
                "handler=index.list    code=functions/notes/",
                "handler=index.list    code=functions/notes/ memory=256"));
    RecordingConsole changeConsole = new RecordingConsole(false, false);
    DeployResult updated = deployer(changeConsole).deploy(changed, second, options(stack));
    assertThat(updated.outcome()).isEqualTo(Outcome.DEPLOYED);
    assertThat(changeConsole.allReports())
        .containsPattern("\\* Modify +ListNotesFunction +AWS::Lambda::Function")
        .doesNotContain("CreateNoteFunction");
    assertThat(
            moto.aws(
                    "lambda",
                    "get-function-configuration",
                    "--function-name",
                    physicalId(stack, "ListNotesFunction"))
                .path("MemorySize")
                .asInt())
        .isEqualTo(256);
    assertThat(
            moto.aws("cloudformation", "describe-stacks", "--stack-name", stack)
                .path("Stacks")
                .get(0)
                .path("StackStatus")
                .asText())
        .isEqualTo("UPDATE_COMPLETE");

    // Destroy: the stack is gone, and a second destroy finds nothing.
    DeployResult destroyed =
        deployer(new RecordingConsole(false, false)).destroy(stack, "notes", true);
    assertThat(destroyed.outcome()).isEqualTo(Outcome.DESTROYED);
    List<String> statuses = new ArrayList<>();
    for (JsonNode summary : moto.aws("cloudformation", "list-stacks").path("StackSummaries")) {
      if (summary.path("StackName").asText().equals(stack)) {
        statuses.add(summary.path("StackStatus").asText());
      }
    }
    assertThat(statuses).containsOnly("DELETE_COMPLETE").isNotEmpty();
    assertThat(deployer(new RecordingConsole(false, false)).destroy(stack, "notes", true).outcome())
        .isEqualTo(Outcome.NOTHING_TO_DESTROY);
  }

  @Test
  void theRestSampleStopsAtItsChangeSetWithNoExecute() throws Exception {
    String stack = stackName("petstore");
    Api api = load(edited(dir, "petstore.apigw", "", ""));
    RecordingConsole console = new RecordingConsole(false, false);

    DeployResult result = deployer(console).deploy(api, dir, options(stack).withExecute(false));

    assertThat(result.outcome()).isEqualTo(Outcome.NOT_EXECUTED);
    assertThat(console.allReports())
        .containsPattern("\\+ Add +Api +AWS::ApiGateway::RestApi")
        .containsPattern("\\+ Add +ProdStage +AWS::ApiGateway::Stage");
    // moto's ListChangeSets lists every stack's change sets: the one left is read by its ARN.
    String changeSet = console.allReports().replaceAll("(?s).*not executed: (\\S+).*", "$1");
    assertThat(changeSet).startsWith("arn:aws:cloudformation:");
    JsonNode changes =
        moto.aws("cloudformation", "describe-change-set", "--change-set-name", changeSet);
    assertThat(changes.path("StackName").asText()).isEqualTo(stack);
    List<String> added = new ArrayList<>();
    changes
        .path("Changes")
        .forEach(c -> added.add(c.path("ResourceChange").path("LogicalResourceId").asText()));
    assertThat(added).hasSize(result.plan().changes().size()).contains("Api", "PetsFunction");
    assertThat(
            moto.aws("cloudformation", "describe-stacks", "--stack-name", stack)
                .path("Stacks")
                .get(0)
                .path("StackStatus")
                .asText())
        .isEqualTo("REVIEW_IN_PROGRESS");
  }

  @Test
  void aFunctionWhoseCodeBucketDoesNotExistFailsWithLambdasReason() throws Exception {
    // An invalid property that AWS and moto both reject while executing: the functions'
    // Code.S3Bucket names a bucket that does not exist (Lambda's CreateFunction: "Error occurred
    // while GetObject. S3 Error Code: NoSuchBucket").
    String stack = stackName("broken");
    Api api = load(edited(dir, "http-jwt.apigw", "", ""));
    CfnOptions options =
        options(stack).withParameters(Map.of("CodeS3Bucket", "apigw-no-such-bucket-" + stack));

    assertThatThrownBy(() -> deployer(new RecordingConsole(false, false)).deploy(api, dir, options))
        .isInstanceOf(DeployException.class)
        .hasMessageContaining("stack " + stack)
        .hasMessageContaining("NoSuchBucket");
  }

  private static String physicalId(String stack, String logicalId) throws Exception {
    for (JsonNode resource :
        moto.aws("cloudformation", "describe-stack-resources", "--stack-name", stack)
            .path("StackResources")) {
      if (resource.path("LogicalResourceId").asText().equals(logicalId)) {
        return resource.path("PhysicalResourceId").asText();
      }
    }
    throw new AssertionError(stack + " has no resource " + logicalId);
  }
}
