package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.Parsed;
import io.apigw.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local and relative-file references, and references that lead nowhere or in circles. */
class RefsTest {
  @TempDir Path dir;

  private Parsed<Api> readMain(String main) throws IOException {
    Path file = dir.resolve("api/main.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, main);
    return OpenApi.reader().read(file.toString(), main);
  }

  @Test
  void relativeFileReferencesAreReadRelativeToTheFile() throws IOException {
    // given parts of the API in other files, one of them in a sibling folder
    Files.createDirectories(dir.resolve("common"));
    Files.writeString(
        dir.resolve("common/schemas.yaml"),
        """
        components:
          schemas:
            Pet:
              type: object
              properties:
                owner: {$ref: "#/components/schemas/Owner"}
                tags: {$ref: "tags.json"}
            Owner: {type: object, properties: {pet: {$ref: "#/components/schemas/Pet"}}}
        """);
    Files.writeString(
        dir.resolve("common/tags.json"),
        "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}");
    Files.createDirectories(dir.resolve("api"));
    Files.writeString(
        dir.resolve("api/integrations.yaml"),
        """
        getPet:
          type: http_proxy
          httpMethod: GET
          uri: https://example.com/pets/{id}
        """);
    String main =
        """
        openapi: 3.0.1
        info: {title: t}
        paths:
          /pets/{id}:
            get:
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: "../common/schemas.yaml#/components/schemas/Pet"}
              x-amazon-apigateway-integration: {$ref: "integrations.yaml#/getPet"}
        components:
          schemas:
            Pet: {type: string}
        """;
    // when read
    Parsed<Api> parsed = readMain(main);
    // then the integration comes from the other file
    assertThat(parsed.diagnostics()).isEmpty();
    Api api = parsed.value();
    assertThat(Read.route(api, "GET /pets/{id}").integration().uri())
        .isEqualTo("https://example.com/pets/{id}");
    // and schemas of other files become models, renamed where a name is taken, with their
    // references made local and cycles between them kept as references
    assertThat(api.models()).extracting(SchemaModel::name).containsExactly("Pet", "Pet2", "Owner");
    assertThat(Read.route(api, "GET /pets/{id}").responses().get(0).models())
        .isEqualTo(Map.of("application/json", "Pet2"));
    SchemaModel pet2 = api.model("Pet2").orElseThrow();
    assertThat(pet2.schema().at("/properties/owner/$ref").asText())
        .isEqualTo("#/components/schemas/Owner");
    assertThat(pet2.schema().at("/properties/tags/items/type").asText()).isEqualTo("string");
    assertThat(api.model("Owner").orElseThrow().schema().at("/properties/pet/$ref").asText())
        .isEqualTo("#/components/schemas/Pet2");
  }

  @Test
  void missingFilesAndRemoteReferencesAreErrors() throws IOException {
    Parsed<Api> parsed =
        readMain(
            """
            openapi: 3.0.1
            info: {title: t}
            paths:
              /a: {get: {x-amazon-apigateway-integration: {$ref: "nowhere.yaml#/x"}}}
              /b: {get: {x-amazon-apigateway-integration: {$ref: "https://example.com/x.yaml#/x"}}}
              /c: {get: {x-amazon-apigateway-integration: {$ref: "#/components/x-amazon-apigateway-integrations/none"}}}
              /d: {get: {x-amazon-apigateway-integration: {$ref: "#/components/bad~2pointer"}}}
            """);
    assertThat(Read.codes(parsed))
        .containsExactly("openapi.ref", "openapi.ref", "openapi.ref", "openapi.ref");
    assertThat(parsed.diagnostics().get(0).at().line()).isEqualTo(4);
    assertThat(parsed.value().routes()).hasSize(4).allMatch(r -> r.integration() == null);
  }

  /**
   * Found by OpenApiReaderFuzzTest: a number under `$ref` read as a plain value came back a ref.
   */
  @Test
  void aRefThatIsNotAStringIsAnError() throws IOException {
    Parsed<Api> parsed =
        readMain(
            """
            openapi: 3.0.1
            info: {title: t}
            paths:
              /a:
                get:
                  x-amazon-apigateway-integration:
                    type: mock
                    responses:
                      default:
                        statusCode: "200"
                        responseParameters: {$ref: -4.5E305}
            """);

    assertThat(parsed.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo("openapi.ref");
              assertThat(d.message()).contains("must be a string");
              assertThat(d.at().line()).isEqualTo(11);
            });
  }

  @Test
  void cyclicReferencesAreReportedNotFollowedForever() throws IOException {
    Files.createDirectories(dir.resolve("api"));
    Files.writeString(
        dir.resolve("api/other.yaml"), "loop: {$ref: \"main.yaml#/components/parameters/a\"}\n");
    Parsed<Api> parsed =
        readMain(
            """
            openapi: 3.0.1
            info: {title: t}
            paths:
              /a:
                get:
                  parameters: [{$ref: "#/components/parameters/a"}]
                  x-amazon-apigateway-integration: {$ref: "#/components/x-amazon-apigateway-integrations/self"}
            components:
              parameters:
                a: {$ref: "other.yaml#/loop"}
              x-amazon-apigateway-integrations:
                self: {$ref: "#/components/x-amazon-apigateway-integrations/self"}
              schemas:
                A: {$ref: "#/components/schemas/A"}
            """);
    assertThat(Read.codes(parsed)).containsExactly("openapi.ref.cycle", "openapi.ref.cycle");
    assertThat(parsed.value().routes()).hasSize(1);
  }

  @Test
  void pathItemsParametersResponsesAndBodiesMayBeReferences() {
    Api api =
        Read.api(
            """
            openapi: 3.0.1
            info: {title: t}
            paths:
              /pets: {$ref: "#/x-items/pets"}
            x-items:
              pets:
                post:
                  parameters: [{$ref: "#/components/parameters/page"}]
                  requestBody: {$ref: "#/components/requestBodies/Pet"}
                  responses: {"200": {$ref: "#/components/responses/Ok"}}
            components:
              parameters:
                page: {name: page, in: query, required: true}
              requestBodies:
                Pet: {content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}}
              responses:
                Ok: {description: ok, headers: {X-Id: {schema: {type: string}}}}
              schemas:
                Pet: {type: object}
            """);
    var route = Read.route(api, "POST /pets");
    assertThat(route.parameters()).hasSize(1);
    assertThat(route.requestModels()).containsEntry("application/json", "Pet");
    assertThat(route.responses().get(0).headers()).containsExactly("X-Id");
  }
}
