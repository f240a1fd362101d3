package io.apigw.openapi;

import io.apigw.model.Api;
import io.apigw.model.ApiReader;
import io.apigw.model.ApiWriter;
import io.apigw.model.EndpointType;
import io.apigw.model.Parsed;
import io.apigw.model.Protocol;
import io.apigw.model.SourceDocument;
import java.util.Map;
import java.util.Objects;

/**
 * OpenAPI import and export: reads OpenAPI 3.0, 3.1 and Swagger 2.0 definitions (YAML or JSON) with
 * their {@code x-amazon-apigateway-*} extensions into the model, and writes the model back as
 * OpenAPI 3.0.1.
 *
 * <p>What OpenAPI cannot say (stages, functions, API keys, usage plans, custom domains, WebSocket
 * routes, a non-default endpoint type) is written as {@code x-apigw-*} extensions, which the reader
 * reads back, so that reading what the writer wrote gives the model that was written.
 */
public final class OpenApi {
  private OpenApi() {}

  /** The text format a writer produces. */
  public enum Format {
    YAML,
    JSON
  }

  /** A reader with the default options. */
  public static ApiReader reader() {
    return new OpenApiReader(ReaderOptions.defaults());
  }

  public static ApiReader reader(ReaderOptions options) {
    return new OpenApiReader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Reads a definition and keeps the document tree it was read from, for the questions the model
   * does not answer (lint's structure rules).
   */
  public static Read readWithDocument(ReaderOptions options, String fileName, String text) {
    return new OpenApiReader(Objects.requireNonNull(options, "options"))
        .readWithDocument(fileName, text);
  }

  /** What {@link #readWithDocument} gives: the model and the document, null when unparseable. */
  public record Read(Parsed<Api> parsed, SourceDocument document) {}

  /**
   * A JSON tree as text the way apigw writes every file: block-style YAML with no more quotes than
   * read back the same (multi-line text in blocks only where a block gives it back), or 2-space
   * JSON; for templates and other documents beside OpenAPI.
   */
  public static String write(com.fasterxml.jackson.databind.JsonNode tree, Format format) {
    return Serialization.write(tree, Objects.requireNonNull(format, "format"));
  }

  /** A writer of OpenAPI 3.0.1 in the given format; the same model always gives the same text. */
  public static ApiWriter writer(Format format) {
    return new OpenApiWriter(Objects.requireNonNull(format, "format"));
  }

  /**
   * How a reader reads.
   *
   * @param protocol the protocol to use whatever the document says, or null to infer it (HTTP when
   *     the document has HTTP API features, WebSocket only through {@code x-apigw-protocol})
   * @param endpointType the endpoint type of documents that say none ({@code x-apigw-endpoint-type}
   *     ), or null for API Gateway's default (EDGE for REST, REGIONAL otherwise)
   * @param validate also run swagger-parser's structural validation and report its messages as
   *     warnings; off by default because it parses the document a second time
   * @param parameters SAM / CloudFormation templates: values of template parameters, pseudo
   *     parameters ({@code AWS::Region}) and of references the reader cannot resolve ({@code
   *     MyUserPool.Arn}), over the template's defaults
   * @param templateApi SAM / CloudFormation templates: the logical id of the API to read when the
   *     template has several, or null for the first
   */
  public record ReaderOptions(
      Protocol protocol,
      EndpointType endpointType,
      boolean validate,
      Map<String, String> parameters,
      String templateApi) {
    public ReaderOptions {
      parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public ReaderOptions(Protocol protocol, EndpointType endpointType, boolean validate) {
      this(protocol, endpointType, validate, Map.of(), null);
    }

    public static ReaderOptions defaults() {
      return new ReaderOptions(null, null, false);
    }

    public ReaderOptions withProtocol(Protocol value) {
      return new ReaderOptions(value, endpointType, validate, parameters, templateApi);
    }

    public ReaderOptions withEndpointType(EndpointType value) {
      return new ReaderOptions(protocol, value, validate, parameters, templateApi);
    }

    public ReaderOptions withValidation(boolean value) {
      return new ReaderOptions(protocol, endpointType, value, parameters, templateApi);
    }

    public ReaderOptions withParameters(Map<String, String> value) {
      return new ReaderOptions(protocol, endpointType, validate, value, templateApi);
    }

    public ReaderOptions withTemplateApi(String value) {
      return new ReaderOptions(protocol, endpointType, validate, parameters, value);
    }
  }
}
