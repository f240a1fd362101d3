package io.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutesTest {
  @Test
  void printsTheRouteTableOfTheDslPetStore() {
    Cli.Result result = Cli.run("routes", Cli.sample("petstore.apigw"));

    assertThat(result.code()).isZero();
    assertThat(result.out().lines())
        .first()
        .asString()
        .matches("METHOD +PATH +INTEGRATION +AUTHORIZATION +API KEY");
    assertThat(result.out())
        .containsPattern("GET +/pets/\\{petId\\} +lambda pets +none +-")
        .containsPattern("GET +/ +mock 200 +none +-")
        .endsWith("REST API `PetStore`: 4 routes\n");
  }

  @Test
  void printsAuthorizersScopesAndKeys() {
    Cli.Result jwt = Cli.run("routes", Cli.sample("http-jwt.apigw"));
    Cli.Result keys = Cli.run("routes", Cli.sample("keys-and-plans.apigw"));

    assertThat(jwt.out())
        .containsPattern("GET +/notes +lambda listNotes +cognito \\[notes/read\\] +-");
    assertThat(jwt.out()).containsPattern("\\* +\\$default +http ANY https://legacy.example.com");
    assertThat(keys.out()).containsPattern("GET +/quotes +lambda quotes +partnerAuth +required");
  }

  @Test
  void printsWebSocketRouteKeys() {
    Cli.Result result = Cli.run("routes", Cli.sample("websocket-chat.apigw"));

    assertThat(result.out().lines()).first().asString().startsWith("ROUTE");
    assertThat(result.out()).containsPattern("\\$connect +lambda onConnect +token +-");
  }

  @Test
  void readsTheOpenApiPetStoreToo() {
    Cli.Result result = Cli.run("routes", Cli.sample("petstore.openapi.yaml"));

    assertThat(result.code()).isZero();
    assertThat(result.out())
        .containsPattern("OPTIONS +/pets +mock 200")
        .containsPattern(
            "GET +/pets +http-custom GET http://petstore-demo-endpoint.execute-api.com/petstore/pets")
        .endsWith("REST API `PetStore`: 6 routes\n");
  }

  @Test
  void printsJsonForScripts() throws Exception {
    Cli.Result result = Cli.run("routes", "--format", "json", Cli.sample("keys-and-plans.apigw"));

    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("protocol").asText()).isEqualTo("REST");
    JsonNode first = json.get("routes").get(0);
    assertThat(first.get("routeKey").asText()).isEqualTo("GET /quotes/{symbol}");
    assertThat(first.get("integration").get("type").asText()).isEqualTo("AWS_PROXY");
    assertThat(first.get("integration").get("function").asText()).isEqualTo("quotes");
    assertThat(first.get("apiKeyRequired").asBoolean()).isTrue();
  }

  @Test
  void aFileWithMistakesGetsPositionsACaretAndExitCode2(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.apigw");
    Files.writeString(file, "api broken: rest\nGET /pets -> lamda getPet\n");

    Cli.Result result = Cli.run("routes", file.toString());

    assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err())
        .contains(file + ":2:14: error: ")
        .contains("did you mean `lambda`?")
        .contains("  GET /pets -> lamda getPet\n               ^")
        .doesNotContain("Exception", "\tat ");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void decidesByContentNotByTheFileName(@TempDir Path dir) throws Exception {
    Path dsl = dir.resolve("definition.txt");
    Files.writeString(
        dsl,
        "# no extension to go by\napi tiny: http\nGET /ping -> http GET https://example.com/ping\n");
    Path openApi = dir.resolve("definition");
    Files.writeString(
        openApi,
        "{\"openapi\": \"3.0.1\", \"info\": {\"title\": \"tiny\", \"version\": \"1\"}, \"paths\": {}}");

    assertThat(Cli.run("routes", dsl.toString()).out()).contains("GET     /ping");
    assertThat(Cli.run("routes", openApi.toString()).out()).contains("REST API `tiny`: 0 routes");
  }
}
