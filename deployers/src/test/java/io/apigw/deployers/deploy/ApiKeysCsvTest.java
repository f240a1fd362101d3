package io.apigw.deployers.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.deployers.aws.AwsClients;
import io.apigw.deployers.aws.Calls;
import io.apigw.deployers.aws.Moto;
import io.apigw.deployers.deploy.ApiKeysCsv.Invalid;
import io.apigw.deployers.deploy.ApiKeysCsv.Merged;
import io.apigw.deployers.deploy.ApiKeysCsv.Row;
import io.apigw.deployers.direct.rest.RestDeployer;
import io.apigw.deployers.direct.rest.SdkRestApis;
import io.apigw.deployers.plan.PlanPrinter;
import io.apigw.model.Api;
import io.apigw.model.ApiKey;
import io.apigw.model.UsagePlan;
import io.apigw.model.testing.Samples;
import io.apigw.openapi.ApiFiles;
import io.apigw.openapi.OpenApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key file of the developer guide's "API Gateway API key file format" page
 * (api-key-file-format.md), and its merge into a definition's keys and usage plans.
 */
class ApiKeysCsvTest {
  /** The key of the AWS page's examples: 30 characters, the shortest API Gateway takes. */
  private static final String KEY = "apikey1234abcdefghij0123456789";

  private static final String OTHER_KEY = "otherkey-0123456789abcdefghijklmnop";

  @TempDir Path dir;

  private Path csv(String text) throws IOException {
    Path file = dir.resolve("keys.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Invalid invalid(String text) throws IOException {
    Path file = csv(text);
    Invalid invalid = catchThrowableOfType(Invalid.class, () -> ApiKeysCsv.read(file));
    assertThat(invalid).as("an Invalid for %s", text).isNotNull();
    return invalid;
  }

  private static Api sample(String name) throws IOException {
    return ApiFiles.load(
            Samples.root().resolve("samples/" + name), OpenApi.ReaderOptions.defaults())
        .parsed()
        .value();
  }

  private static UsagePlan plan(Api api, String name) {
    return api.usagePlan(name).orElseThrow();
  }

  // --- the AWS page's examples

  @Test
  void readsTheFirstExampleOfTheAwsPageWithColumnsInAnotherOrderAndCase() throws IOException {
    // given the page's first example: "Key,name", Name and Key only
    Path file = csv("Key,name\n" + KEY + ",MyFirstApiKey\n");

    // when
    List<Row> rows = ApiKeysCsv.read(file);

    // then the key is enabled (the default), without description or plans
    assertThat(rows).containsExactly(new Row(2, "MyFirstApiKey", KEY, null, true, List.of()));
  }

  @Test
  void readsTheSecondExampleOfTheAwsPageWithEveryOptionalColumn() throws IOException {
    // given
    Path file =
        csv(
            "Name,key,description,Enabled,usageplanIds\n"
                + "MyFirstApiKey,"
                + KEY
                + ",An imported key,TRUE,c7y23b\n");

    // when
    List<Row> rows = ApiKeysCsv.read(file);

    // then
    assertThat(rows)
        .containsExactly(
            new Row(2, "MyFirstApiKey", KEY, "An imported key", true, List.of("c7y23b")));
  }

  @Test
  void readsTheThirdExampleOfTheAwsPageWithADoubleQuotedPlanList() throws IOException {
    // given
    Path file =
        csv("Enabled,Name,key,UsageplanIds\ntrue,MyFirstApiKey," + KEY + ",\"c7y23b,glvrsr\"\n");

    // when
    List<Row> rows = ApiKeysCsv.read(file);

    // then
    assertThat(rows)
        .singleElement()
        .extracting(Row::usagePlans)
        .isEqualTo(List.of("c7y23b", "glvrsr"));
  }

  // --- quoting, columns, values

  @Test
  void aSingleQuotedPlanListIsOneValueLikeADoubleQuotedOne() throws IOException {
    // given one row with each kind of quote, the AWS page allowing "a pair of double or single
    // quotes" around a plan list
    Path file =
        csv(
            "Name,Key,UsagePlanIds,Description\n"
                + "single,"
                + KEY
                + ",'basic, premium',after the plans\n"
                + "double,"
                + OTHER_KEY
                + ",\"premium,basic\",also after\n");

    // when
    List<Row> rows = ApiKeysCsv.read(file);

    // then the comma inside the quotes splits the plans, not the columns
    assertThat(rows)
        .containsExactly(
            new Row(2, "single", KEY, "after the plans", true, List.of("basic", "premium")),
            new Row(3, "double", OTHER_KEY, "also after", true, List.of("premium", "basic")));
  }

  @Test
  void aDoubleQuotedValueThatStartsWithASingleQuoteIsTakenAsWritten() throws IOException {
    // given
    Path file = csv("Name,Key,Description\nk," + KEY + ",\"'quoted', then more\"\n");

    // when
    List<Row> rows = ApiKeysCsv.read(file);

    // then
    assertThat(rows).singleElement().extracting(Row::description).isEqualTo("'quoted', then more");
  }

  @Test
  void columnsComeInAnyOrderAndCaseAndUnknownColumnsAreIgnored() throws IOException {
    // given an Owner column, which API Gateway does not know, holding a quoted comma
    Path file =
        csv(
            "USAGEPLANIDS,Owner,eNaBlEd,kEY,DeScRiPtIoN,nAmE\n"
                + "basic,\"Team A, Berlin\",false,"
                + KEY
                + ",Partner key,partner-c\n");

    // when
    List<Row> rows = ApiKeysCsv.read(file);

    // then
    assertThat(rows)
        .containsExactly(new Row(2, "partner-c", KEY, "Partner key", false, List.of("basic")));
  }

  @Test
  void enabledIsTrueOrFalseInAnyCaseAndTrueWhenEmpty() throws IOException {
    // given
    Path file =
        csv(
            "Name,Key,Enabled\n"
                + "a,"
                + KEY
                + "1,FALSE\n"
                + "b,"
                + KEY
                + "2,False\n"
                + "c,"
                + KEY
                + "3,\n"
                + "d,"
                + KEY
                + "4,true\n");

    // when
    List<Row> rows = ApiKeysCsv.read(file);

    // then
    assertThat(rows).extracting(Row::enabled).containsExactly(false, false, true, true);
  }

  @Test
  void blankLinesAByteOrderMarkAndCrlfLineEndsAreRead() throws IOException {
    // given a file as a spreadsheet program saves it, with a blank line in the middle
    Path file = csv("\uFEFFName,Key\r\n a , " + KEY + " \r\n\r\nb," + OTHER_KEY + "\r\n");

    // when
    List<Row> rows = ApiKeysCsv.read(file);

    // then the values are trimmed and the lines are the file's
    assertThat(rows)
        .extracting(Row::line, Row::name, Row::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "a", KEY),
            org.assertj.core.groups.Tuple.tuple(4, "b", OTHER_KEY));
  }

  @Test
  void aRowNeverShowsItsKeyWhenPrinted() {
    // given
    Row row = new Row(2, "k", KEY, null, true, List.of());

    // when
    String text = row.toString();

    // then
    assertThat(text).contains("k").doesNotContain(KEY);
  }

  // --- invalid files: each problem at file:line:column

  @Test
  void anEmptyFileIsInvalidAtItsStart() throws IOException {
    // when
    Invalid empty = invalid("");
    Invalid blank = invalid("\n  \n");

    // then
    assertThat(empty.problems())
        .containsExactly(
            dir.resolve("keys.csv")
                + ":1:1: the file is empty: a header row naming Name and Key is missing");
    assertThat(blank.problems()).isEqualTo(empty.problems());
  }

  @Test
  void aFileThatIsNotUtf8IsInvalidNotAnIoFailure() throws IOException {
    // given "Name,Key" and a name with an e-acute in Windows-1252
    Path file = dir.resolve("keys.csv");
    Files.write(
        file,
        ("Name,Key\nCaf\u00e9," + KEY + "\n")
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));

    // when
    Invalid invalid = catchThrowableOfType(Invalid.class, () -> ApiKeysCsv.read(file));

    // then
    assertThat(invalid.getMessage())
        .isEqualTo(file + ":1:1: the file is not UTF-8 text; save it as CSV UTF-8 and try again");
  }

  @Test
  void aHeaderWithoutNameOrKeyIsInvalidAtTheHeader() throws IOException {
    // when
    Invalid noName = invalid("Key,Description\n" + KEY + ",x\n");
    Invalid noKey = invalid("Name,Value\nk," + KEY + "\n");
    Invalid neither = invalid("Id,Enabled\n1,true\n");

    // then
    String file = dir.resolve("keys.csv").toString();
    assertThat(noName.getMessage())
        .isEqualTo(
            file + ":1:1: the header row has no Name column (its columns: Key, Description)");
    assertThat(noKey.getMessage())
        .isEqualTo(file + ":1:1: the header row has no Key column (its columns: Name, Value)");
    assertThat(neither.problems())
        .containsExactly(
            file + ":1:1: the header row has no Name column (its columns: Id, Enabled)",
            file + ":1:1: the header row has no Key column (its columns: Id, Enabled)");
  }

  @Test
  void aColumnNamedTwiceIsInvalid() throws IOException {
    // when
    Invalid invalid = invalid("Name,Key,name\nk," + KEY + ",k\n");

    // then
    assertThat(invalid.getMessage())
        .isEqualTo(dir.resolve("keys.csv") + ":1:10: column name is already column 1");
  }

  @Test
  void aKeyShorterThan30OrLongerThan128CharactersIsInvalidAtTheKeyWithoutShowingIt()
      throws IOException {
    // given API Gateway's bounds: "A Key value must be between 30 and 128 characters"
    String shortKey = "a".repeat(29);
    String longKey = "b".repeat(129);

    // when
    Invalid invalid =
        invalid(
            "Name,Key\nshort,"
                + shortKey
                + "\nlong, "
                + longKey
                + "\nok,c"
                + "c".repeat(127)
                + "\n");

    // then both are reported, at the column each key starts, and neither is shown
    String file = dir.resolve("keys.csv").toString();
    assertThat(invalid.problems())
        .containsExactly(
            file + ":2:7: the Key of 'short' has 29 characters; API Gateway takes 30 to 128",
            file + ":3:7: the Key of 'long' has 129 characters; API Gateway takes 30 to 128");
    assertThat(invalid.getMessage()).doesNotContain(shortKey).doesNotContain(longKey);
  }

  @Test
  void anEmptyNameOrKeyAndANameOver1024CharactersAreInvalid() throws IOException {
    // when
    Invalid invalid =
        invalid(
            "Name,Key\n,"
                + KEY
                + "\nnokey,\n"
                + "n".repeat(1025)
                + ","
                + OTHER_KEY
                + "\n"
                + "n".repeat(1024)
                + ","
                + KEY
                + "x\n");

    // then
    String file = dir.resolve("keys.csv").toString();
    assertThat(invalid.problems())
        .containsExactly(
            file + ":2:1: the Name is empty",
            file + ":3:7: the Key of 'nokey' is empty",
            file + ":4:1: the Name has 1025 characters; API Gateway takes at most 1024");
  }

  @Test
  void anEnabledOtherThanTrueOrFalseIsInvalidAtItsColumn() throws IOException {
    // when
    Invalid invalid = invalid("Name,Enabled,Key\nk,yes," + KEY + "\n");

    // then
    assertThat(invalid.getMessage())
        .isEqualTo(
            dir.resolve("keys.csv")
                + ":2:3: Enabled is 'yes'; it takes TRUE or FALSE (empty is TRUE)");
  }

  @Test
  void anUnquotedPlanListGivesMoreValuesThanColumns() throws IOException {
    // when
    Invalid invalid = invalid("Name,Key,UsagePlanIds\nk," + KEY + ",basic,premium\n");

    // then the first extra value is pointed at
    assertThat(invalid.getMessage())
        .isEqualTo(
            dir.resolve("keys.csv")
                + ":2:40: the row has 4 values but the header 3 columns; quote a list of usage"
                + " plans (\"a,b\")");
  }

  @Test
  void anUnclosedQuoteIsInvalidWhereItOpens() throws IOException {
    // when
    Invalid single = invalid("Name,Key,UsagePlanIds\nk," + KEY + ",'basic,premium\n");
    Invalid dbl = invalid("Name,Key,UsagePlanIds\nk," + KEY + ",\"basic,premium\n");

    // then
    String file = dir.resolve("keys.csv").toString();
    assertThat(single.getMessage())
        .isEqualTo(file + ":2:34: the value opened with ' here has no closing '");
    assertThat(dbl.getMessage()).startsWith(file + ":2:34: not CSV: ");
  }

  @Test
  void aNameOrAKeyValueTwiceIsInvalidAtTheSecond() throws IOException {
    // given "Two API keys are identical if they have the same key value"
    String text = "Name,Key\na," + KEY + "\na," + OTHER_KEY + "\nb," + KEY + "\n";

    // when
    Invalid invalid = invalid(text);

    // then
    String file = dir.resolve("keys.csv").toString();
    assertThat(invalid.problems())
        .containsExactly(
            file + ":3:1: key 'a' is already named on line 2",
            file
                + ":4:1: the Key of 'b' is the Key of 'a' on line 2; two keys with one value are"
                + " one key to API Gateway");
    assertThat(invalid.getMessage()).doesNotContain(KEY);
  }

  // --- merge into a definition

  @Test
  void mergeAddsANewKeyToAPlanOfTheDefinition() throws IOException {
    // given
    Api api = sample("keys-and-plans.apigw");
    Path file = csv("Name,Key,Description,UsagePlanIds\n\npartner-c," + KEY + ",Imported,basic\n");

    // when
    Merged merged = ApiKeysCsv.merge(api, file, ApiKeysCsv.read(file));

    // then the key is the definition's fourth, pointing into the CSV, and joins basic only
    assertThat(merged.warnings()).isEmpty();
    ApiKey key = merged.api().apiKey("partner-c").orElseThrow();
    assertThat(key).isEqualTo(new ApiKey(null, "partner-c", KEY, true, "Imported"));
    assertThat(key.source().toString()).isEqualTo(file + ":3:1");
    assertThat(merged.api().apiKeys())
        .extracting(ApiKey::name)
        .containsExactly("partner-a", "partner-b", "retired", "partner-c");
    assertThat(plan(merged.api(), "basic").keys())
        .containsExactly("partner-a", "retired", "partner-c");
    assertThat(plan(merged.api(), "premium").keys()).isEqualTo(plan(api, "premium").keys());
    // and nothing else of the definition changed
    assertThat(merged.api().toBuilder().apiKeys(api.apiKeys()).usagePlans(api.usagePlans()).build())
        .isEqualTo(api);
  }

  @Test
  void mergeReplacesAKeyOfTheSameNameWithAWarningAndKeepsItsPlans() throws IOException {
    // given partner-a, which the sample puts in plan basic, now with a value, disabled, in premium
    Api api = sample("keys-and-plans.apigw");
    Path file = csv("Name,Key,Enabled,UsagePlanIds\npartner-a," + KEY + ",false,premium\n");

    // when
    Merged merged = ApiKeysCsv.merge(api, file, ApiKeysCsv.read(file));

    // then
    ApiKey defined = api.apiKey("partner-a").orElseThrow();
    assertThat(merged.warnings())
        .containsExactly(
            file
                + ":2:1: key 'partner-a' replaces the key of that name in the definition ("
                + defined.source()
                + ")");
    assertThat(defined.source().file()).endsWith("keys-and-plans.apigw");
    assertThat(merged.api().apiKeys())
        .extracting(ApiKey::name)
        .containsExactly("partner-a", "partner-b", "retired");
    assertThat(merged.api().apiKey("partner-a").orElseThrow())
        .isEqualTo(new ApiKey(null, "partner-a", KEY, false, null));
    assertThat(plan(merged.api(), "basic").keys()).contains("partner-a");
    assertThat(plan(merged.api(), "premium").keys()).containsExactly("partner-b", "partner-a");
  }

  @Test
  void mergeRejectsAPlanTheDefinitionLacks() throws IOException {
    // given
    Api api = sample("keys-and-plans.apigw");
    Path file = csv("Name,Key,UsagePlanIds\npartner-c," + KEY + ",\"basic,gold\"\n");
    List<Row> rows = ApiKeysCsv.read(file);

    // when
    Invalid invalid = catchThrowableOfType(Invalid.class, () -> ApiKeysCsv.merge(api, file, rows));

    // then
    assertThat(invalid.getMessage())
        .isEqualTo(
            file
                + ":2:1: usage plan 'gold' of key 'partner-c' is not in the definition; its usage"
                + " plans are basic, premium");
  }

  @Test
  void mergeRejectsAKeyValueThatAnotherKeyOfTheDefinitionHas() throws IOException {
    // given the value the sample gives partner-b, under another name
    Api api = sample("keys-and-plans.apigw");
    String value = api.apiKey("partner-b").orElseThrow().value();
    Path file = csv("Name,Key\ncopy," + value + "\n");
    List<Row> rows = ApiKeysCsv.read(file);

    // when
    Invalid invalid = catchThrowableOfType(Invalid.class, () -> ApiKeysCsv.merge(api, file, rows));

    // then
    assertThat(invalid.getMessage())
        .startsWith(
            file + ":2:1: the Key of 'copy' is the value of key 'partner-b' in the definition")
        .doesNotContain(value);
  }

  @Test
  void mergeRejectsKeysForAnHttpApi() throws IOException {
    // given http-api-vs-rest: API keys are a REST API feature
    Api api = sample("http-jwt.apigw");
    Path file = csv("Name,Key\nk," + KEY + "\n");
    List<Row> rows = ApiKeysCsv.read(file);

    // when
    Invalid invalid = catchThrowableOfType(Invalid.class, () -> ApiKeysCsv.merge(api, file, rows));

    // then
    assertThat(invalid.getMessage())
        .isEqualTo(
            file
                + ":2:1: API '"
                + api.name()
                + "' is an HTTP API, which has no API keys or usage plans");
  }

  @Test
  void mergedKeysDeployDirectlyAndReadBackWithTheAwsCli() throws Exception {
    // given the keys-and-plans sample with two keys from a CSV file: one new in plan basic, one
    // replacing partner-a. moto 5.2's PutRestApi creates neither authorizers nor methods' API key
    // requirement, so, as in RestDeployerMotoTest, the routes are left open: keys and plans are
    // what is deployed and read back.
    String name = "partnersCsv";
    String text =
        Files.readString(Samples.root().resolve("samples/keys-and-plans.apigw"))
            .replace("  key  auth partnerAuth", "")
            .replace("  key  op=", "  op=")
            .replace(
                "auth partnerAuth: request  function=quotes  identity=method.request.header.x-partner-id  ttl=300s",
                "")
            .replace("api partners:", "api " + name + ":")
            .replace(
                "partner-b-0123456789abcdef01234567", "partner-b-csv-0123456789abcdef01234567");
    Path definition = dir.resolve("api.apigw");
    Files.writeString(definition, text);
    Api api = ApiFiles.load(definition, OpenApi.ReaderOptions.defaults()).parsed().value();
    String newValue = "csv-new-0123456789abcdefghijklmnop";
    String replacedValue = "csv-partner-a-0123456789abcdefghij";
    Path file =
        csv(
            "Name,Key,Enabled,UsagePlanIds\n"
                + "partner-csv,"
                + newValue
                + ",true,basic\n"
                + "partner-a,"
                + replacedValue
                + ",false,'basic,premium'\n");
    Api merged = ApiKeysCsv.merge(api, file, ApiKeysCsv.read(file)).api();

    try (Moto moto = Moto.start();
        AwsClients clients = moto.clients()) {
      Calls calls = Calls.paced();
      RestDeployer deployer =
          new RestDeployer(
              new SdkRestApis(clients.apiGateway(), calls),
              Console.silent(true),
              Moto.REGION,
              "aws",
              clients.accountId(calls));

      // when
      DeployResult result =
          deployer.deploy(merged, new DirectOptions(null, true, true, Map.of(), true));

      // then the plan never shows an imported value, and AWS has the keys with their values
      assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.DEPLOYED);
      String printed = PlanPrinter.text("REST API " + name, result.plan());
      assertThat(printed).contains("partner-csv").doesNotContain(newValue, replacedValue);
      Map<String, String> idOf = new HashMap<>();
      List<String> keys = new ArrayList<>();
      for (JsonNode key :
          moto.aws("apigateway", "get-api-keys", "--include-values").path("items")) {
        if (name.equals(key.path("tags").path("apigw").asText())) {
          idOf.put(key.path("id").asText(), key.path("name").asText());
          keys.add(
              key.path("name").asText()
                  + (key.path("enabled").asBoolean() ? "" : " (disabled)")
                  + (key.path("value").asText().equals(newValue)
                          || key.path("value").asText().equals(replacedValue)
                      ? " (value from the CSV)"
                      : ""));
        }
      }
      assertThat(keys)
          .containsExactlyInAnyOrder(
              "partner-csv (value from the CSV)",
              "partner-a (disabled) (value from the CSV)",
              "partner-b",
              "retired (disabled)");
      Map<String, List<String>> members = new HashMap<>();
      for (JsonNode plan : moto.aws("apigateway", "get-usage-plans").path("items")) {
        if (!name.equals(plan.path("tags").path("apigw").asText())) {
          continue;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode key :
            moto.aws(
                    "apigateway",
                    "get-usage-plan-keys",
                    "--usage-plan-id",
                    plan.path("id").asText())
                .path("items")) {
          names.add(idOf.getOrDefault(key.path("id").asText(), "?"));
        }
        members.put(plan.path("name").asText(), names);
      }
      assertThat(members.get("basic"))
          .containsExactlyInAnyOrder("partner-a", "retired", "partner-csv");
      assertThat(members.get("premium")).containsExactlyInAnyOrder("partner-b", "partner-a");
    }
  }
}
