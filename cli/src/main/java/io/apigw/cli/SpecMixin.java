package io.apigw.cli;

import io.apigw.model.EndpointType;
import io.apigw.model.Protocol;
import io.apigw.openapi.OpenApi;
import picocli.CommandLine.Option;

/**
 * How OpenAPI files are read, for every command that reads them. OpenAPI cannot say an API's
 * endpoint type, and says its protocol only by the features it uses; these options say it.
 */
final class SpecMixin {
  @Option(
      names = "--protocol",
      paramLabel = "rest|http|websocket",
      description =
          "Read OpenAPI files as this kind of API (default: what the file's features say).")
  Protocol protocol;

  @Option(
      names = "--endpoint-type",
      paramLabel = "edge|regional|private",
      description =
          "The endpoint type of OpenAPI files that do not say one (default: edge for REST,"
              + " regional otherwise).")
  EndpointType endpointType;

  OpenApi.ReaderOptions openApiOptions() {
    return OpenApi.ReaderOptions.defaults().withProtocol(protocol).withEndpointType(endpointType);
  }
}
