package io.apigw.cli;

import io.apigw.model.EndpointType;
import io.apigw.model.Protocol;
import io.apigw.openapi.OpenApi;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How OpenAPI files and templates are read, for every command that reads them. OpenAPI cannot say
 * an API's endpoint type, and says its protocol only by the features it uses; a template's
 * parameters are given at deploy time; these options say them.
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

  @Option(
      names = "--parameter",
      paramLabel = "NAME=VALUE",
      description =
          "SAM / CloudFormation templates: the value of a template parameter, a pseudo parameter"
              + " (AWS::Region) or a reference apigw cannot resolve (MyUserPool.Arn); deploy with"
              + " CloudFormation: also a parameter of the generated template; repeatable.")
  Map<String, String> parameters = new LinkedHashMap<>();

  @Option(
      names = "--api",
      paramLabel = "LOGICAL_ID",
      description =
          "SAM / CloudFormation templates: the API to read when the template has several"
              + " (default: the first).")
  String api;

  OpenApi.ReaderOptions openApiOptions() {
    return OpenApi.ReaderOptions.defaults()
        .withProtocol(protocol)
        .withEndpointType(endpointType)
        .withParameters(parameters)
        .withTemplateApi(api);
  }
}
