package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigw.model.Api;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.Cors;
import io.apigw.model.Endpoint;
import io.apigw.model.EndpointType;
import io.apigw.model.Function;
import io.apigw.model.HttpMethod;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.Parsed;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.SourceRange;
import io.apigw.model.Stage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the writer writes, and that a DSL-style model reads back the same. */
class WriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The shape of samples/http-jwt.apigw: functions by name, a JWT authorizer, $default. */
  static Api notes() {
    Function list =
        new Function(
            SourceRange.NONE,
            "listNotes",
            null,
            "nodejs20.x",
            "index.list",
            "functions/notes/",
            null,
            null,
            Map.of(),
            null);
    return Api.builder("notes", Protocol.HTTP)
        .description("Notes, behind a JWT authorizer")
        .cors(
            new Cors(
                null,
                List.of("https://notes.example.com"),
                List.of("GET", "POST"),
                List.of(),
                List.of(),
                null,
                600))
        .stage(Stage.builder("$default").autoDeploy(true).build())
        .function(list)
        .function(Function.ofArn("legacy", "arn:aws:lambda:us-east-1:123456789012:function:legacy"))
        .authorizer(
            Authorizer.builder("cognito", AuthorizerType.JWT)
                .issuer("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE")
                .audiences(List.of("notes-web", "notes-cli"))
                .identitySource("$request.header.Authorization")
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.GET, "/notes"))
                .authorization(Authorization.custom("cognito", "notes/read"))
                .integration(
                    Integration.builder(IntegrationKind.LAMBDA_PROXY)
                        .function("listNotes")
                        .httpMethod("POST")
                        .payloadFormatVersion("2.0")
                        .build())
                .build())
        .route(
            Route.builder(RouteKey.Http.of(HttpMethod.DELETE, "/notes/{id}"))
                .authorization(Authorization.iam())
                .apiKeyRequired(true)
                .integration(
                    Integration.builder(IntegrationKind.LAMBDA_PROXY).function("legacy").build())
                .build())
        .route(
            Route.builder(new RouteKey.Default())
                .integration(
                    Integration.builder(IntegrationKind.HTTP_PROXY)
                        .uri("https://legacy.example.com")
                        .httpMethod("ANY")
                        .timeoutMillis(5000)
                        .build())
                .build())
        .build();
  }

  private static JsonNode json(Api api) throws Exception {
    return JSON.readTree(OpenApi.writer(OpenApi.Format.JSON).write(api));
  }

  @Test
  void aModelFromTheDslReadsBackTheSameWithoutDiagnostics() {
    Api api = notes();
    for (OpenApi.Format format : OpenApi.Format.values()) {
      Parsed<Api> back = OpenApi.reader().read("notes", OpenApi.writer(format).write(api));
      assertThat(back.diagnostics()).isEmpty();
      assertThat(back.value()).isEqualTo(api);
    }
  }

  @Test
  void functionsAreNamedAndStillCalledThroughARealInvocationUri() throws Exception {
    JsonNode doc = json(notes());
    JsonNode list = doc.at("/paths/~1notes/get/x-amazon-apigateway-integration");
    assertThat(list.path("x-apigw-function").asText()).isEqualTo("listNotes");
    assertThat(list.path("uri").asText())
        .isEqualTo(
            "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/"
                + "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:listNotes/invocations");
    assertThat(list.path("type").asText()).isEqualTo("AWS_PROXY");
    JsonNode legacy = doc.at("/paths/~1notes~1{id}/delete/x-amazon-apigateway-integration");
    assertThat(legacy.path("uri").asText())
        .isEqualTo(
            "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/"
                + "arn:aws:lambda:us-east-1:123456789012:function:legacy/invocations");
    assertThat(doc.at("/x-apigw-functions/listNotes/handler").asText()).isEqualTo("index.list");
  }

  @Test
  void securityBecomesSchemesAndRequirements() throws Exception {
    JsonNode doc = json(notes());
    assertThat(doc.at("/paths/~1notes/get/security").toString())
        .isEqualTo("[{\"cognito\":[\"notes/read\"]}]");
    assertThat(doc.at("/paths/~1notes~1{id}/delete/security").toString())
        .isEqualTo("[{\"sigv4\":[],\"api_key\":[]}]");
    JsonNode schemes = doc.at("/components/securitySchemes");
    assertThat(schemes.at("/sigv4/x-amazon-apigateway-authtype").asText()).isEqualTo("awsSigv4");
    assertThat(schemes.at("/api_key/name").asText()).isEqualTo("x-api-key");
    assertThat(
            schemes
                .at("/cognito/x-amazon-apigateway-authorizer/jwtConfiguration/audience/1")
                .asText())
        .isEqualTo("notes-cli");
    assertThat(doc.has("security")).as("no root-level security").isFalse();
  }

  @Test
  void schemeNamesNeverCollideWithAuthorizers() throws Exception {
    Api api =
        Api.builder("t", Protocol.REST)
            .authorizer(
                Authorizer.builder("sigv4", AuthorizerType.TOKEN)
                    .uri("arn:aws:lambda:us-east-1:1:function:a")
                    .build())
            .route(
                Route.builder(RouteKey.Http.of(HttpMethod.GET, "/"))
                    .authorization(Authorization.iam())
                    .build())
            .build();
    JsonNode doc = json(api);
    assertThat(doc.at("/paths/~1/get/security").toString()).isEqualTo("[{\"sigv4_2\":[]}]");
    FullModelRoundTripTest.roundTrip(api, OpenApi.Format.YAML);
  }

  @Test
  void theDefaultRouteIsWrittenAsHttpApisDo() throws Exception {
    JsonNode route = json(notes()).at("/paths/~1$default/x-amazon-apigateway-any-method");
    assertThat(route.path("isDefaultRoute").asBoolean()).isTrue();
    assertThat(route.at("/x-amazon-apigateway-integration/type").asText()).isEqualTo("HTTP_PROXY");
  }

  @Test
  void markersOnlyWhereTheReaderWouldGuessWrong() throws Exception {
    // given an HTTP API that says so itself (CORS, payload versions): no protocol marker
    JsonNode http = json(notes());
    assertThat(http.has("x-apigw-protocol")).isFalse();
    assertThat(http.has("x-apigw-endpoint-type")).isFalse();
    assertThat(http.has("x-amazon-apigateway-cors")).isTrue();
    assertThat(http.has("x-apigw-route-order")).isFalse();
    // given a REST API with CORS (ours), an import/export version (an HTTP API's) and a regional
    // endpoint: the protocol and the endpoint type must be said
    Api rest =
        notes().toBuilder()
            .protocol(Protocol.REST)
            .importExportVersion("1.0")
            .authorizers(List.of())
            .routes(List.of(Route.builder(RouteKey.Http.of(HttpMethod.GET, "/")).build()))
            .endpoint(Endpoint.of(EndpointType.REGIONAL))
            .build();
    JsonNode doc = json(rest);
    assertThat(doc.path("x-apigw-protocol").asText()).isEqualTo("REST");
    assertThat(doc.path("x-apigw-endpoint-type").asText()).isEqualTo("REGIONAL");
    assertThat(doc.has("x-apigw-cors")).isTrue();
    FullModelRoundTripTest.roundTrip(rest, OpenApi.Format.JSON);
  }

  @Test
  void jsonIsPrettyWithTwoSpaces() {
    String text =
        OpenApi.writer(OpenApi.Format.JSON)
            .write(Api.builder("t", Protocol.REST).binaryMediaType("image/png").build());
    assertThat(text)
        .isEqualTo(
            """
            {
              "openapi": "3.0.1",
              "info": {
                "title": "t"
              },
              "paths": {},
              "x-amazon-apigateway-binary-media-types": [
                "image/png"
              ]
            }
            """);
  }

  @Test
  void yamlIsBlockStyleWithQuotesOnlyWhereNeeded() {
    Api api =
        Api.builder("yes", Protocol.REST)
            .version("1.0")
            .description("line one\nline two")
            .tags(Map.of("plain", "value"))
            .build();
    assertThat(OpenApi.writer(OpenApi.Format.YAML).write(api))
        .isEqualTo(
            """
            openapi: "3.0.1"
            info:
              title: "yes"
              description: |-
                line one
                line two
              version: "1.0"
            tags:
              - name: plain
                x-amazon-apigateway-tag-value: value
            paths: {}
            """);
  }

  @Test
  void webSocketRoutesAreOurExtension() throws Exception {
    Api chat =
        Api.builder("chat", Protocol.WEBSOCKET)
            .routeSelectionExpression("$request.body.action")
            .route(
                Route.builder(new RouteKey.WebSocket("$connect"))
                    .integration(Integration.builder(IntegrationKind.MOCK).build())
                    .build())
            .route(
                Route.builder(new RouteKey.WebSocket("sendMessage"))
                    .routeResponseSelectionExpression("$default")
                    .build())
            .build();
    JsonNode doc = json(chat);
    assertThat(doc.path("x-apigw-protocol").asText()).isEqualTo("WEBSOCKET");
    assertThat(doc.path("paths").isEmpty()).isTrue();
    assertThat(
            doc.at(
                    "/x-apigw-websocket-routes/sendMessage/x-apigw-route-response-selection-expression")
                .asText())
        .isEqualTo("$default");
    FullModelRoundTripTest.roundTrip(chat, OpenApi.Format.YAML);
  }
}
