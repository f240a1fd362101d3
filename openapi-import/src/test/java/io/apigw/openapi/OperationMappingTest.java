package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.MethodResponse;
import io.apigw.model.ParamLocation;
import io.apigw.model.RequestParameter;
import io.apigw.model.Route;
import io.apigw.model.SchemaModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Operations: parameters, bodies, responses and models. The shapes follow http-api-open-api.md's
 * PetStore example and api-gateway-known-issues.md (models are JSON schema draft 4, method response
 * schemas by reference).
 */
class OperationMappingTest {
  private static final String PETSTORE =
      """
      openapi: 3.0.1
      info: {title: Example Pet Store, version: "1.0"}
      paths:
        /pets:
          parameters:
            - {name: X-Trace, in: header}
          get:
            operationId: GET HTTP
            parameters:
              - {name: type, in: query, schema: {type: string}}
              - {name: page, in: query, schema: {type: string}}
              - {name: X-Trace, in: header, required: true}
              - {name: session, in: cookie}
            responses:
              "200":
                description: 200 response
                headers:
                  Access-Control-Allow-Origin: {schema: {type: string}}
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/Pets"}
          post:
            operationId: Create Pet
            requestBody:
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/NewPet"}
                application/xml:
                  schema:
                    type: object
                    properties: {name: {type: string}}
              required: true
            responses:
              "201":
                description: created
                content:
                  application/json:
                    schema:
                      type: object
                      properties: {pet: {$ref: "#/components/schemas/Pet"}}
                  text/plain: {}
              default:
                $ref: "#/components/responses/Error"
      components:
        responses:
          Error:
            description: error
            content:
              application/json:
                schema: {$ref: "#/components/schemas/Error"}
        schemas:
          Pets: {type: array, items: {$ref: "#/components/schemas/Pet"}}
          Pet: {type: object, properties: {id: {type: string}}}
          NewPet: {type: object, properties: {type: {type: string}}}
          Error: {type: object}
      """;

  @Test
  void parametersOfPathAndOperationMerge() {
    // when the PetStore is read
    Route list = Read.route(Read.api(PETSTORE), "GET /pets");
    // then path, query and header parameters are declared; the operation's replace the path's
    assertThat(list.parameters())
        .containsExactly(
            new RequestParameter(null, ParamLocation.QUERY, "type", false),
            new RequestParameter(null, ParamLocation.QUERY, "page", false),
            new RequestParameter(null, ParamLocation.HEADER, "X-Trace", true));
    assertThat(list.operationId()).isEqualTo("GET HTTP");
  }

  @Test
  void componentSchemasAreModelsAndInlineSchemasGetNamedModels() {
    Api api = Read.api(PETSTORE);
    // then components.schemas come first, in order, kept as written
    assertThat(api.models())
        .extracting(SchemaModel::name)
        .containsExactly(
            "Pets", "Pet", "NewPet", "Error", "CreatePetRequest", "CreatePet201Response");
    assertThat(api.model("Pets").orElseThrow().schema().at("/items/$ref").asText())
        .isEqualTo("#/components/schemas/Pet");
    // and an inline schema is a model named after the operation
    Route create = Read.route(api, "POST /pets");
    assertThat(create.requestModels())
        .containsExactly(
            Map.entry("application/json", "NewPet"),
            Map.entry("application/xml", "CreatePetRequest"));
    assertThat(
            api.model("CreatePetRequest")
                .orElseThrow()
                .schema()
                .at("/properties/name/type")
                .asText())
        .isEqualTo("string");
  }

  @Test
  void responsesAreMethodResponses() {
    Api api = Read.api(PETSTORE);
    assertThat(Read.route(api, "GET /pets").responses())
        .containsExactly(
            new MethodResponse(
                null,
                "200",
                List.of("Access-Control-Allow-Origin"),
                Map.of("application/json", "Pets")));
    assertThat(Read.route(api, "POST /pets").responses())
        .containsExactly(
            new MethodResponse(
                null, "201", List.of(), Map.of("application/json", "CreatePet201Response")),
            new MethodResponse(null, "default", List.of(), Map.of("application/json", "Error")));
  }

  @Test
  void generatedNamesAvoidTakenNamesAndFallBackToMethodAndPath() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: t}
        paths:
          /pets/{petId}:
            put:
              requestBody:
                content:
                  application/json: {schema: {type: object}}
                  application/x-json: {schema: {type: object}}
                  text/plain: {schema: {type: string}}
        components:
          schemas:
            PutPetsPetIdRequest: {type: string}
        """;
    Api api = Read.api(doc);
    // then equal inline schemas of one body share a model, and names never collide
    assertThat(Read.route(api, "PUT /pets/{petId}").requestModels())
        .containsExactly(
            Map.entry("application/json", "PutPetsPetIdRequest2"),
            Map.entry("application/x-json", "PutPetsPetIdRequest2"),
            Map.entry("text/plain", "PutPetsPetIdRequest3"));
  }

  /**
   * Swagger 2.0: definitions, body parameters with consumes, formData parameters, response schemas
   * with produces; references to definitions are rewritten to components/schemas.
   */
  @Test
  void swagger2BodiesFormsAndResponses() {
    String doc =
        """
        swagger: "2.0"
        info: {title: t}
        consumes: [application/json]
        produces: [application/json, application/xml]
        paths:
          /pets:
            post:
              parameters:
                - {name: body, in: body, schema: {$ref: "#/definitions/Pet"}}
                - {name: debug, in: query, type: boolean}
              responses:
                "200":
                  description: ok
                  headers: {X-Rate: {type: integer}}
                  schema: {$ref: "#/definitions/Pets"}
          /upload:
            post:
              consumes: [multipart/form-data]
              parameters:
                - {name: file, in: formData, type: file, required: true}
                - {name: note, in: formData, type: string}
              responses:
                "204": {description: none}
        definitions:
          Pet: {type: object, properties: {id: {type: integer}}}
          Pets: {type: array, items: {$ref: "#/definitions/Pet"}}
        """;
    Api api = Read.api(doc);
    Route pets = Read.route(api, "POST /pets");
    assertThat(pets.requestModels()).containsExactly(Map.entry("application/json", "Pet"));
    assertThat(pets.parameters())
        .containsExactly(new RequestParameter(null, ParamLocation.QUERY, "debug", false));
    assertThat(pets.responses())
        .containsExactly(
            new MethodResponse(
                null,
                "200",
                List.of("X-Rate"),
                Map.of("application/json", "Pets", "application/xml", "Pets")));
    assertThat(api.model("Pets").orElseThrow().schema().at("/items/$ref").asText())
        .isEqualTo("#/components/schemas/Pet");
    Route upload = Read.route(api, "POST /upload");
    assertThat(upload.requestModels())
        .containsExactly(Map.entry("multipart/form-data", "PostUploadRequest"));
    SchemaModel form = api.model("PostUploadRequest").orElseThrow();
    assertThat(form.schema().at("/properties/file/type").asText()).isEqualTo("file");
    assertThat(form.schema().at("/required/0").asText()).isEqualTo("file");
    assertThat(Read.route(api, "POST /upload").responses())
        .containsExactly(new MethodResponse(null, "204", List.of(), Map.of()));
  }

  @Test
  void operationsApiGatewayCannotHaveAreSkippedWithAWarning() {
    var parsed =
        Read.parsed(
            """
            openapi: 3.0.1
            info: {title: t}
            paths:
              /: {trace: {}, get: {}, summary: root, x-internal: true}
            """);
    assertThat(Read.codes(parsed)).containsExactly("openapi.method");
    assertThat(parsed.value().routes()).hasSize(1);
  }
}
