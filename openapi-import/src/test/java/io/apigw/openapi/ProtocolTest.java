package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.EndpointType;
import io.apigw.model.Protocol;
import io.apigw.model.RouteKey;
import org.junit.jupiter.api.Test;

/**
 * Which protocol and endpoint type a definition describes. http-api-open-api.md: HTTP APIs are
 * imported from OpenAPI 3.0 with their own extensions; api-gateway-swagger-extensions-
 * endpoint-configuration.md has no endpoint type, so it is our x-apigw-endpoint-type.
 */
class ProtocolTest {
  private static final String PLAIN =
      """
      openapi: 3.0.1
      info: {title: t}
      paths:
        /: {get: {}}
      """;

  @Test
  void aPlainDefinitionIsAnEdgeRestApi() {
    Api api = Read.api(PLAIN);
    assertThat(api.protocol()).isEqualTo(Protocol.REST);
    assertThat(api.endpoint().type()).isEqualTo(EndpointType.EDGE);
  }

  @Test
  void payloadFormatVersionMakesAnHttpApi() {
    Api api =
        Read.api(
            PLAIN.replace(
                "{get: {}}",
                "{get: {x-amazon-apigateway-integration: {type: HTTP_PROXY, uri: 'https://x', httpMethod: GET, payloadFormatVersion: '1.0'}}}"));
    assertThat(api.protocol()).isEqualTo(Protocol.HTTP);
    assertThat(api.endpoint().type()).isEqualTo(EndpointType.REGIONAL);
  }

  @Test
  void readerOptionsOverrideProtocolAndDefaultEndpointType() {
    var options =
        OpenApi.ReaderOptions.defaults()
            .withProtocol(Protocol.HTTP)
            .withEndpointType(EndpointType.PRIVATE);
    Api api = OpenApi.reader(options).read("t.yaml", PLAIN).value();
    assertThat(api.protocol()).isEqualTo(Protocol.HTTP);
    assertThat(api.endpoint().type()).isEqualTo(EndpointType.PRIVATE);
  }

  @Test
  void ourExtensionsSayWhatOpenApiCannot() {
    Api api =
        Read.api(
            """
            openapi: 3.0.1
            info: {title: chat}
            paths: {}
            x-apigw-protocol: websocket
            x-apigw-endpoint-type: regional
            x-apigw-route-selection-expression: $request.body.action
            x-apigw-websocket-routes:
              $connect: {}
              sendMessage:
                x-apigw-route-response-selection-expression: $default
                x-amazon-apigateway-integration: {type: MOCK}
            """);
    assertThat(api.protocol()).isEqualTo(Protocol.WEBSOCKET);
    assertThat(api.endpoint().type()).isEqualTo(EndpointType.REGIONAL);
    assertThat(api.routeSelectionExpression()).isEqualTo("$request.body.action");
    assertThat(api.routes())
        .extracting(r -> r.key())
        .containsExactly(new RouteKey.WebSocket("$connect"), new RouteKey.WebSocket("sendMessage"));
    assertThat(api.routes().get(1).routeResponseSelectionExpression()).isEqualTo("$default");
  }

  @Test
  void anUnknownProtocolIsAnError() {
    var parsed = Read.parsed(PLAIN + "x-apigw-protocol: grpc\n");
    assertThat(Read.codes(parsed)).containsExactly("openapi.value");
    assertThat(parsed.value().protocol()).isEqualTo(Protocol.REST);
  }
}
