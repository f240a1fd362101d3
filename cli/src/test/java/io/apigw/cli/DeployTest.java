package io.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigw.deployers.aws.Moto;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deploy commands as a user runs them, against a real AWS API emulator (moto): exit codes, what
 * is printed, and --format json. Credentials come from the SDK's default chain (here its system
 * properties, the same dummy values for every test).
 */
class DeployTest {
  private static Moto moto;
  private static String endpoint;

  @TempDir Path temp;

  @BeforeAll
  static void start() throws Exception {
    moto = Moto.start();
    endpoint = moto.endpoint().toString();
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
  }

  @AfterAll
  static void stop() throws Exception {
    if (moto != null) {
      moto.close();
    }
  }

  private Cli.Result apigw(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--region";
    all[args.length + 1] = Moto.REGION;
    all[args.length + 2] = "--endpoint-url";
    all[args.length + 3] = endpoint;
    return Cli.run(all);
  }

  private Path petstore(String name) throws Exception {
    Path file = temp.resolve(name + ".apigw");
    Files.copy(Path.of(Cli.sample("petstore.apigw")), file);
    Files.writeString(file, Files.readString(file).replace("api PetStore:", "api " + name + ":"));
    Path functions = temp.resolve("functions/petstore");
    Files.createDirectories(functions);
    Files.copy(
        Path.of(Cli.sample("functions/petstore/index.js")),
        functions.resolve("index.js"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  @Test
  void directDeployPrintsThePlanTheUrlAndIsIdempotent() throws Exception {
    Path file = petstore("CliDirect");

    Cli.Result first = apigw("deploy", file.toString(), "--direct", "--yes");

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("REST API CliDirect (new): 9 to add")
        .contains("+ route  GET /pets");
    assertThat(first.out())
        .containsPattern("prod  https://\\w+\\.execute-api\\.us-east-1\\.amazonaws\\.com/prod");
    assertThat(first.err()).contains("AWS calls");

    Cli.Result again =
        apigw("deploy", file.toString(), "--direct", "--yes", "--fail-on-empty-changeset");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.out()).contains("no changes");

    assertThat(apigw("plan", file.toString(), "--direct", "--fail-on-changes").code()).isZero();
    Path changed = temp.resolve("changed.apigw");
    Files.writeString(changed, Files.readString(file) + "\nGET /owners -> lambda pets\n");
    Cli.Result drift = apigw("plan", changed.toString(), "--direct", "--fail-on-changes");
    assertThat(drift.code()).isEqualTo(1);
    assertThat(drift.out()).contains("+ route  GET /owners");

    Cli.Result json = apigw("plan", file.toString(), "--direct", "--format", "json");
    assertThat(json.code()).isZero();
    JsonNode result = new ObjectMapper().readTree(json.out());
    assertThat(result.path("outcome").asText()).isEqualTo("no_changes");
    assertThat(result.path("apiId").asText()).isNotEmpty();
    assertThat(result.path("invokeUrls").path("prod").asText()).startsWith("https://");

    Cli.Result destroyed = apigw("destroy", file.toString(), "--direct", "--yes");
    assertThat(destroyed.code()).as(destroyed.err()).isZero();
    assertThat(destroyed.out()).contains("- api").contains("Destroyed CliDirect.");
  }

  @Test
  void anHttpApiIsDeployedDirectlyThroughApigatewayv2() throws Exception {
    Path file = temp.resolve("notes.apigw");
    Files.writeString(
        file,
        Files.readString(Path.of(Cli.sample("http-jwt.apigw")))
            .replace("api notes:", "api cliNotesDirect:"));

    Cli.Result first = apigw("deploy", file.toString(), "--direct", "--yes", "--format", "json");

    assertThat(first.code()).as(first.err()).isZero();
    JsonNode result = new ObjectMapper().readTree(first.out());
    assertThat(result.path("outcome").asText()).isEqualTo("deployed");
    assertThat(result.path("changes").path("add").asInt()).isEqualTo(8);
    assertThat(result.path("changes").path("items").get(0).path("action").asText())
        .isEqualTo("add");
    String id = result.path("apiId").asText();
    assertThat(result.path("invokeUrls").path("$default").asText())
        .isEqualTo("https://" + id + ".execute-api.us-east-1.amazonaws.com/");
    JsonNode routes = moto.aws("apigatewayv2", "get-routes", "--api-id", id).path("Items");
    assertThat(routes).hasSize(5);

    Cli.Result plan = apigw("plan", file.toString(), "--direct");
    assertThat(plan.code()).isZero();
    assertThat(plan.out()).contains("no changes");

    Cli.Result destroyed = apigw("destroy", file.toString(), "--direct", "--yes");
    assertThat(destroyed.code()).as(destroyed.err()).isZero();
    assertThat(moto.aws("apigatewayv2", "get-apis").path("Items").toString()).doesNotContain(id);
  }

  @Test
  void aDefinitionWithoutStagesIsDeployedToProdAsCloudFormationModeDoes() throws Exception {
    Path file = temp.resolve("petstore.openapi.yaml");
    Files.writeString(
        file,
        Files.readString(Path.of(Cli.sample("petstore.openapi.yaml")))
            .replaceFirst("title: PetStore", "title: CliOpenApiNoStage"));

    Cli.Result first = apigw("deploy", file.toString(), "--direct", "--yes");

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("the definition has no stage: deploying to prod");
    assertThat(first.out()).containsPattern("prod  https://\\w+\\.execute-api");
    Cli.Result again = apigw("plan", file.toString(), "--direct");
    assertThat(again.out()).contains("no changes");
  }

  @Test
  void withoutATerminalAndWithoutYesNothingIsApplied() throws Exception {
    Path file = petstore("CliNoYes");

    Cli.Result result = apigw("deploy", file.toString(), "--direct");

    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err()).contains("pass --yes");
    assertThat(apigw("plan", file.toString(), "--direct").out()).contains("(new)");
  }

  @Test
  void aFailedCloudFormationDeployPrintsTheReasonAndExits3() throws Exception {
    // moto runs a change set's resources inside ExecuteChangeSet, so its failure carries Lambda's
    // reason but not the resource; CfnDeployerTest pins the resource-and-reason message on AWS's
    // event stream.
    Path file = temp.resolve("notes.apigw");
    Files.writeString(
        file,
        Files.readString(Path.of(Cli.sample("http-jwt.apigw")))
            .replace("api notes:", "api cliNotes:"));
    Path functions = temp.resolve("functions/notes");
    Files.createDirectories(functions);
    Files.writeString(
        functions.resolve("index.js"), "exports.list = async () => ({statusCode: 200});\n");

    Cli.Result result =
        apigw(
            "deploy",
            file.toString(),
            "--stack",
            "cli-notes",
            "--yes",
            "--s3-bucket",
            "no-such-bucket-apigw");

    assertThat(result.code()).as(result.out() + result.err()).isEqualTo(3);
    assertThat(result.err())
        .contains("apigw: ")
        .containsIgnoringCase("bucket")
        .doesNotContain("\tat ");
  }

  @Test
  void apiKeysFromACsvFileArePlannedWithoutTheirValuesAndMistakesNamePosition() throws Exception {
    Path file = temp.resolve("partners.apigw");
    Files.writeString(
        file,
        Files.readString(Path.of(Cli.sample("keys-and-plans.apigw")))
            .replace("api partners:", "api cliPartners:"));
    Path keys = temp.resolve("keys.csv");
    String value = "csvkey-0123456789abcdefghijklmnopq";
    Files.writeString(keys, "Name,Key,UsagePlanIds\npartner-c," + value + ",basic\n");

    Cli.Result plan = apigw("plan", file.toString(), "--direct", "--api-keys", keys.toString());

    assertThat(plan.code()).as(plan.err()).isZero();
    assertThat(plan.out()).contains("+ api key     partner-c").doesNotContain(value);

    Path bad = temp.resolve("bad.csv");
    Files.writeString(bad, "Name,Key\nshort,tooshort\n");
    Cli.Result refused = apigw("plan", file.toString(), "--direct", "--api-keys", bad.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err())
        .contains("bad.csv:2:")
        .doesNotContain("tooshort")
        .doesNotContain("\tat ");
  }

  @Test
  void aMissingRegionIsAClearFailure() throws Exception {
    Path file = petstore("CliNoRegion");
    Cli.Result result =
        Cli.run(
            "plan",
            file.toString(),
            "--direct",
            "--endpoint-url",
            endpoint,
            "--profile",
            "apigw-test-no-such-profile");
    assertThat(result.code()).isIn(2, 3);
    assertThat(result.err()).startsWith("apigw: ").doesNotContain("\tat ");
  }
}
