package io.apigw.deployers.cfn;

import static io.apigw.deployers.cfn.CfnTesting.edited;
import static io.apigw.deployers.cfn.CfnTesting.load;
import static io.apigw.deployers.cfn.CfnTesting.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigw.deployers.aws.DeployException;
import io.apigw.deployers.cfn.Stacks.ChangeSetRequest;
import io.apigw.deployers.cfn.Stacks.ChangeSetType;
import io.apigw.deployers.deploy.DeployResult;
import io.apigw.deployers.deploy.DeployResult.Outcome;
import io.apigw.deployers.deploy.RecordingConsole;
import io.apigw.deployers.plan.Change;
import io.apigw.model.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CloudFormation deploy flow against {@link FakeStacks}. AWS semantics pinned here come from
 * the developer guide's "Deploying with CloudFormation" material and CloudFormation's own API
 * (change sets, stack events, rollback); the 51,200-byte body limit from limits.md.
 */
class CfnDeployerTest {
  private static final String STACK = "petstore-test";

  @TempDir Path dir;

  private final FakeStacks stacks = new FakeStacks();

  private CfnOptions options() {
    return CfnOptions.of(STACK).withS3Bucket("code-bucket").withPollInterval(Duration.ZERO);
  }

  private CfnDeployer deployer(RecordingConsole console) {
    return new CfnDeployer(stacks, console, null);
  }

  private static Api petstore() {
    return load(sample("petstore.apigw"));
  }

  private static Path samples() {
    return sample("petstore.apigw").getParent();
  }

  @Test
  void aNewStackIsCreatedFromAChangeSetAndItsEventsAreShownOldestFirst() {
    RecordingConsole console = new RecordingConsole(false, false);

    DeployResult result = deployer(console).deploy(petstore(), samples(), options());

    assertThat(result.outcome()).isEqualTo(Outcome.DEPLOYED);
    assertThat(stacks.calls).contains("CreateChangeSet CREATE", "ExecuteChangeSet");
    ChangeSetRequest request = stacks.changeSetRequests.values().iterator().next();
    assertThat(request.tags()).containsEntry("apigw", "PetStore");
    assertThat(request.capabilities()).containsExactly("CAPABILITY_IAM");
    // The function's code folder went to the bucket, and the template's parameters name it.
    assertThat(request.parameters()).containsEntry("CodeS3Bucket", "code-bucket");
    String key = request.parameters().get("PetsCodeS3Key");
    assertThat(key).matches("apigw/petstore-test/code-[0-9a-f]{16}\\.zip");
    assertThat(stacks.objects).containsKey(key);
    // The table lists each resource to add.
    assertThat(console.allReports())
        .contains("Change set for stack petstore-test (create): 8 changes")
        .containsPattern("\\+ Add +Api +AWS::ApiGateway::RestApi +-")
        .containsPattern("\\+ Add +PetsFunction +AWS::Lambda::Function");
    // Progress: stack events after the execution started, with a running count.
    List<String> events =
        console.progress.stream().filter(l -> l.matches("\\d\\d:\\d\\d:\\d\\d .*")).toList();
    assertThat(events.get(0)).contains("CREATE_IN_PROGRESS").contains(STACK);
    assertThat(events.get(events.size() - 1)).contains("CREATE_COMPLETE").contains("[8/8]");
    assertThat(console.allProgress()).doesNotContain("REVIEW_IN_PROGRESS");
    // Outputs: the invoke URL per stage, and the API's physical id.
    assertThat(result.invokeUrls()).containsEntry("prod", "https://fake.example/ProdUrl");
    assertThat(result.apiId()).isEqualTo("phys-api");
    assertThat(result.plan().count(Change.Kind.ADD)).isEqualTo(8);
  }

  @Test
  void anExistingStackIsUpdatedAndTheTableShowsWhatChanged() throws IOException {
    deployer(new RecordingConsole(false, false)).deploy(petstore(), samples(), options());
    Api changed =
        load(edited(dir, "petstore.apigw", "throttle 100/s burst 200", "throttle 50/s burst 100"));
    RecordingConsole console = new RecordingConsole(false, false);

    DeployResult result = deployer(console).deploy(changed, dir, options());

    assertThat(result.outcome()).isEqualTo(Outcome.DEPLOYED);
    assertThat(stacks.calls).contains("CreateChangeSet UPDATE");
    assertThat(console.allReports())
        .contains("(update): 1 change")
        .containsPattern("\\* Modify +ProdStage +AWS::ApiGateway::Stage +False");
    assertThat(result.plan().changes())
        .extracting(Change::kind, Change::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Kind.CHANGE, "ProdStage"));
  }

  @Test
  void anUnchangedDefinitionChangesNothing() {
    deployer(new RecordingConsole(false, false)).deploy(petstore(), samples(), options());
    stacks.calls.clear();
    RecordingConsole console = new RecordingConsole(false, false);

    DeployResult result = deployer(console).deploy(petstore(), samples(), options());

    assertThat(result.outcome()).isEqualTo(Outcome.NO_CHANGES);
    assertThat(stacks.calls).doesNotContain("ExecuteChangeSet").contains("DeleteChangeSet");
    // The code zip is the same bytes again: no second upload.
    assertThat(stacks.calls).noneMatch(c -> c.startsWith("PutObject"));
    assertThat(console.allReports()).contains("up to date");
    assertThat(stacks.changeSets).isEmpty();
  }

  @Test
  void aFailedResourceIsNamedWithItsReasonAfterTheRollbackSettled() {
    stacks.failOn = "PetsFunction";
    stacks.failReason =
        "Resource handler returned message: \"Value nodejs1.x at 'runtime' failed to satisfy"
            + " constraint\"";
    RecordingConsole console = new RecordingConsole(false, false);

    assertThatThrownBy(() -> deployer(console).deploy(petstore(), samples(), options()))
        .isInstanceOf(DeployException.class)
        .hasMessageContaining("resource PetsFunction (AWS::Lambda::Function) CREATE_FAILED")
        .hasMessageContaining("Value nodejs1.x at 'runtime'")
        .hasMessageContaining("rolled the stack back (ROLLBACK_COMPLETE)");
    // Left rolled back: the deploy waited for the rollback to finish before it failed.
    assertThat(stacks.stacks.get(STACK).status).isEqualTo("ROLLBACK_COMPLETE");
    assertThat(stacks.stacks.get(STACK).pending).isEmpty();
    assertThat(console.allProgress()).contains("ROLLBACK_IN_PROGRESS");
  }

  @Test
  void aStackRolledBackOnCreationIsDeletedBeforeItIsCreatedAgain() {
    stacks.failOn = "PetsFunction";
    stacks.failReason = "broken";
    assertThatThrownBy(
            () ->
                deployer(new RecordingConsole(false, false))
                    .deploy(petstore(), samples(), options()))
        .isInstanceOf(DeployException.class);
    stacks.failOn = null;
    stacks.calls.clear();
    RecordingConsole console = new RecordingConsole(false, false);

    DeployResult result = deployer(console).deploy(petstore(), samples(), options());

    assertThat(result.outcome()).isEqualTo(Outcome.DEPLOYED);
    assertThat(stacks.calls).containsSubsequence("DeleteStack", "CreateChangeSet CREATE");
    assertThat(console.allProgress()).contains("ROLLBACK_COMPLETE after a failed create");
  }

  @Test
  void aTemplateOverTheBodyLimitNeedsABucket() throws IOException {
    StringBuilder dsl = new StringBuilder("api Big: rest, regional\nstage prod\n");
    for (int i = 0; i < 300; i++) {
      dsl.append("GET /items/r")
          .append(i)
          .append(" -> mock 200 {\"item\": ")
          .append(i)
          .append("}\n");
    }
    Path file = dir.resolve("big.apigw");
    Files.writeString(file, dsl);
    Api big = load(file);
    CfnDeployer deployer = deployer(new RecordingConsole(false, false));

    assertThatThrownBy(() -> deployer.deploy(big, dir, options().withS3Bucket(null)))
        .isInstanceOf(DeployException.class)
        .hasMessageContaining("over CloudFormation's limit of 51200")
        .hasMessageContaining("pass --s3-bucket");
    assertThat(stacks.calls).doesNotContain("CreateChangeSet CREATE");

    DeployResult result = deployer.deploy(big, dir, options());
    ChangeSetRequest request = stacks.changeSetRequests.values().iterator().next();
    assertThat(request.templateBody()).isNull();
    assertThat(request.templateUrl())
        .matches(
            "https://code-bucket\\.s3\\.example/apigw/petstore-test/template-[0-9a-f]{16}\\.yaml");
    assertThat(result.outcome()).isEqualTo(Outcome.DEPLOYED);
  }

  @Test
  void functionsWithLocalCodeNeedABucket() {
    assertThatThrownBy(
            () ->
                deployer(new RecordingConsole(false, false))
                    .deploy(petstore(), samples(), options().withS3Bucket(null)))
        .isInstanceOf(DeployException.class)
        .hasMessageContaining("pets (functions/petstore/)")
        .hasMessageContaining("pass --s3-bucket");
    assertThat(stacks.calls).isEmpty();
  }

  @Test
  void aRefusedConfirmationAppliesNothing() {
    RecordingConsole console = new RecordingConsole(true, false);

    DeployResult result = deployer(console).deploy(petstore(), samples(), options().withYes(false));

    assertThat(result.outcome()).isEqualTo(Outcome.NOT_EXECUTED);
    assertThat(console.questions).containsExactly("Apply 8 changes to stack petstore-test?");
    assertThat(stacks.calls)
        .doesNotContain("ExecuteChangeSet")
        .contains("DeleteChangeSet", "DeleteStack");
  }

  @Test
  void withoutATerminalAndWithoutYesNothingIsApplied() {
    RecordingConsole console = new RecordingConsole(false, true);

    assertThatThrownBy(
            () -> deployer(console).deploy(petstore(), samples(), options().withYes(false)))
        .isInstanceOf(DeployException.class)
        .hasMessageContaining("pass --yes to apply without asking");
    assertThat(stacks.calls).doesNotContain("ExecuteChangeSet").contains("DeleteChangeSet");
    assertThat(console.questions).isEmpty();
  }

  @Test
  void noExecuteLeavesTheChangeSetForReview() {
    RecordingConsole console = new RecordingConsole(false, false);

    DeployResult result =
        deployer(console).deploy(petstore(), samples(), options().withExecute(false));

    assertThat(result.outcome()).isEqualTo(Outcome.NOT_EXECUTED);
    assertThat(stacks.calls).doesNotContain("ExecuteChangeSet", "DeleteChangeSet");
    assertThat(stacks.changeSets).hasSize(1);
    assertThat(console.allReports())
        .contains("execute-change-set --change-set-name arn:changeSet/");
  }

  @Test
  void planShowsTheChangeSetThenDeletesItWithoutUploadingCode() {
    RecordingConsole console = new RecordingConsole(false, false);

    DeployResult result = deployer(console).plan(petstore(), samples(), options());

    assertThat(result.outcome()).isEqualTo(Outcome.NOT_EXECUTED);
    assertThat(result.plan().changes()).hasSize(8);
    assertThat(stacks.calls)
        .doesNotContain("ExecuteChangeSet")
        .contains("DeleteChangeSet", "DeleteStack")
        .noneMatch(c -> c.startsWith("PutObject"));
  }

  @Test
  void samTemplatesAskForAutoExpandAndNameTheUploadedCode() {
    deployer(new RecordingConsole(false, false))
        .deploy(petstore(), samples(), options().withSam(true));

    ChangeSetRequest request = stacks.changeSetRequests.values().iterator().next();
    assertThat(request.capabilities()).contains("CAPABILITY_AUTO_EXPAND");
    assertThat(request.templateBody())
        .containsPattern(
            "CodeUri: \"?s3://code-bucket/apigw/petstore-test/code-[0-9a-f]{16}\\.zip");
    assertThat(request.parameters()).isEmpty();
  }

  @Test
  void aStackApigwDidNotMakeIsLeftAlone() {
    FakeStacks.FakeStack foreign = new FakeStacks.FakeStack();
    foreign.name = STACK;
    foreign.status = "CREATE_COMPLETE";
    foreign.tags = new java.util.LinkedHashMap<>(Map.of("team", "other"));
    stacks.stacks.put(STACK, foreign);
    CfnDeployer deployer = deployer(new RecordingConsole(false, false));

    assertThatThrownBy(() -> deployer.deploy(petstore(), samples(), options()))
        .isInstanceOf(DeployException.class)
        .hasMessageContaining("no tag apigw=PetStore");
    assertThat(deployer.destroy(STACK, "PetStore", true).outcome())
        .isEqualTo(Outcome.NOTHING_TO_DESTROY);
    assertThat(stacks.calls).doesNotContain("DeleteStack");
  }

  @Test
  void destroyDeletesTheStackAndWaitsUntilItIsGone() {
    CfnDeployer deployer = deployer(new RecordingConsole(false, false));
    deployer.deploy(petstore(), samples(), options());

    DeployResult result = deployer.destroy(STACK, "PetStore", true);

    assertThat(result.outcome()).isEqualTo(Outcome.DESTROYED);
    assertThat(result.apiName()).isEqualTo("PetStore");
    assertThat(stacks.stacks).doesNotContainKey(STACK);
    assertThat(deployer.destroy(STACK, "PetStore", true).outcome())
        .isEqualTo(Outcome.NOTHING_TO_DESTROY);
  }

  @Test
  void destroyAsksAndLeavesAloneAStackOfAnotherApi() {
    CfnDeployer deployer = deployer(new RecordingConsole(false, false));
    deployer.deploy(petstore(), samples(), options());

    // another definition's name: the stack's tag says PetStore
    assertThat(deployer.destroy(STACK, "Other", true).outcome())
        .isEqualTo(Outcome.NOTHING_TO_DESTROY);
    // no --yes and nobody to ask
    assertThatThrownBy(() -> deployer.destroy(STACK, "PetStore", false))
        .isInstanceOf(DeployException.class)
        .hasMessageContaining("pass --yes");
    // asked, and the answer is no
    RecordingConsole no = new RecordingConsole(true, false);
    assertThat(deployer(no).destroy(STACK, "PetStore", false).outcome())
        .isEqualTo(Outcome.NOT_EXECUTED);
    assertThat(no.questions).singleElement().asString().contains(STACK);
    assertThat(stacks.calls).doesNotContain("DeleteStack");
    assertThat(stacks.stacks).containsKey(STACK);
  }

  @Test
  void changeSetReasonsThatMeanNoChange() {
    assertThat(
            CfnDeployer.isNoChange(
                "The submitted information didn't contain changes. Submit different information"
                    + " to create a change set."))
        .isTrue();
    assertThat(CfnDeployer.isNoChange("No updates are to be performed.")).isTrue();
    assertThat(CfnDeployer.isNoChange("Template format error: Unresolved resource dependencies"))
        .isFalse();
    assertThat(CfnDeployer.action("Remove")).isEqualTo("- Delete");
    assertThat(ChangeSetType.valueOf("UPDATE")).isEqualTo(ChangeSetType.UPDATE);
  }
}
