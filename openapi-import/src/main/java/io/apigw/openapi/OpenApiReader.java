package io.apigw.openapi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.Api;
import io.apigw.model.ApiCheck;
import io.apigw.model.ApiKeySource;
import io.apigw.model.ApiReader;
import io.apigw.model.Cors;
import io.apigw.model.Diagnostic;
import io.apigw.model.Endpoint;
import io.apigw.model.EndpointType;
import io.apigw.model.Function;
import io.apigw.model.GatewayResponse;
import io.apigw.model.Parsed;
import io.apigw.model.Protocol;
import io.apigw.model.RequestValidator;
import io.apigw.model.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads OpenAPI 3.0 / 3.1 and Swagger 2.0 with API Gateway's extensions into the model. */
final class OpenApiReader implements ApiReader {
  static final String IMPORT_EXPORT_VERSION = "x-amazon-apigateway-importexport-version";
  static final String CORS = "x-amazon-apigateway-cors";
  static final String ENDPOINT_CONFIGURATION = "x-amazon-apigateway-endpoint-configuration";
  static final String API_KEY_SOURCE = "x-amazon-apigateway-api-key-source";
  static final String BINARY_MEDIA_TYPES = "x-amazon-apigateway-binary-media-types";
  static final String MINIMUM_COMPRESSION_SIZE = "x-amazon-apigateway-minimum-compression-size";
  static final String GATEWAY_RESPONSES = "x-amazon-apigateway-gateway-responses";
  static final String VALIDATORS = "x-amazon-apigateway-request-validators";
  static final String POLICY = "x-amazon-apigateway-policy";
  static final String DOCUMENTATION = "x-amazon-apigateway-documentation";
  static final String TAG_VALUE = "x-amazon-apigateway-tag-value";
  static final String INTEGRATIONS = "x-amazon-apigateway-integrations";
  static final String GATEWAY_RESPONSE_HEADER = "gatewayresponse.header.";

  private final OpenApi.ReaderOptions options;

  OpenApiReader(OpenApi.ReaderOptions options) {
    this.options = options;
  }

  @Override
  public Parsed<Api> read(String fileName, String text) {
    return readWithDocument(fileName, text).parsed();
  }

  /** As {@link #read}, also handing out the positioned document tree when there is one. */
  OpenApi.Read readWithDocument(String fileName, String text) {
    String file = fileName == null ? "" : fileName;
    Reading r = new Reading(file);
    Parsed<Api> parsed;
    try {
      parsed = read(r, text);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug, not the user's mistake; still no exception for the caller, who may be a fuzzer.
      r.diagnostics.add(Diagnostic.internal("openapi", e, SourceRange.of(file, 1, 1)));
      parsed = Parsed.failed(r.diagnostics);
    }
    return new OpenApi.Read(
        parsed, r.root == null ? null : new PositionedDocument(r.root, r.positions));
  }

  private Parsed<Api> read(Reading r, String text) {
    if (text == null) {
      r.error("openapi.syntax", "there is no text to read", SourceRange.of(r.mainFile, 1, 1));
      return Parsed.failed(r.diagnostics);
    }
    JsonNode tree = r.parse(r.mainFile, text);
    if (tree == null) {
      return Parsed.failed(r.diagnostics);
    }
    if (!(tree instanceof ObjectNode root)) {
      r.error(
          "openapi.structure",
          "an OpenAPI definition is an object with `openapi` or `swagger`, `info` and `paths`",
          r.at(tree));
      return Parsed.failed(r.diagnostics);
    }
    Api built = readTree(r, root);
    r.diagnostics.addAll(ApiCheck.references(built));
    if (options.validate()) {
      SpecValidation.validate(r, text);
    }
    return Parsed.of(built, inOrder(r.mainFile, r.diagnostics));
  }

  /**
   * The model of an OpenAPI document tree that {@code r} parsed, which may be a part of a larger
   * file (a SAM template's {@code DefinitionBody}); local references resolve against {@code root}.
   * References between the model's parts are not checked here.
   */
  Api readTree(Reading r, ObjectNode root) {
    r.root = root;
    boolean swagger2 = swagger2(r, root);

    Map<String, Function> functions = new LinkedHashMap<>();
    for (Function f : Extensions.readFunctions(r, root)) {
      functions.putIfAbsent(f.name(), f);
    }
    Protocol protocol = protocol(r, root);

    ObjectNode components = swagger2 ? null : r.object(root, "components");
    SecurityReader security = new SecurityReader(r, functions);
    security.readSchemes(
        swagger2 ? r.object(root, "securityDefinitions") : r.object(components, "securitySchemes"));
    Schemas schemas =
        new Schemas(r, swagger2, r.textMap(root, Extensions.MODEL_CONTENT_TYPES, false));
    schemas.readComponents(
        swagger2 ? r.object(root, "definitions") : r.object(components, "schemas"));
    IntegrationReader integrations = new IntegrationReader(r, functions);
    RouteReader routes = new RouteReader(r, swagger2, protocol, schemas, security, integrations);

    ObjectNode info = r.object(root, "info");
    String name = info == null ? null : r.text(info, "title");
    if (name == null) {
      name = baseName(r.mainFile);
      r.warning(
          "openapi.info.title",
          "the definition has no `info.title`; the API is named `" + name + "`",
          info == null ? r.at(root) : r.at(info));
    }

    Api.Builder api =
        Api.builder(name, protocol)
            .source(r.at(root))
            .description(info == null ? null : r.text(info, "description"))
            .version(info == null ? null : r.text(info, "version"))
            .endpoint(endpoint(r, root, swagger2, protocol))
            .apiKeySource(r.enumValue(root, API_KEY_SOURCE, ApiKeySource.class))
            .binaryMediaTypes(r.texts(root, BINARY_MEDIA_TYPES))
            .minimumCompressionSize(r.integer(root, MINIMUM_COMPRESSION_SIZE))
            .cors(cors(r, root))
            .gatewayResponses(gatewayResponses(r, root))
            .validators(validators(r, root))
            .defaultValidator(r.text(root, RouteReader.VALIDATOR))
            .resourcePolicy(json(root, POLICY))
            .tags(tags(r, root, protocol))
            .routeSelectionExpression(r.text(root, Extensions.ROUTE_SELECTION))
            .apiKeySelectionExpression(r.text(root, Extensions.API_KEY_SELECTION))
            .routes(routes.read())
            .authorizers(security.authorizers())
            .functions(new ArrayList<>(functions.values()))
            .apiKeys(Extensions.readApiKeys(r, root))
            .usagePlans(Extensions.readUsagePlans(r, root))
            .stages(Extensions.readStages(r, root))
            .domains(Extensions.readDomains(r, root))
            .documentation(json(root, DOCUMENTATION))
            .importExportVersion(r.text(root, IMPORT_EXPORT_VERSION));
    api.models(schemas.models());
    return api.build();
  }

  /**
   * The diagnostics in the order of the text (the main file first), without repeats: a path's
   * shared parameters, say, are read for each of its operations. Diagnostics compare equal whatever
   * their positions, so repeats are found by their text.
   */
  static List<Diagnostic> inOrder(String mainFile, List<Diagnostic> diagnostics) {
    Set<String> seen = new HashSet<>();
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (seen.add(d.severity() + " " + d.code() + " " + d.at() + " " + d.message())) {
        out.add(d);
      }
    }
    out.sort(
        Comparator.comparing((Diagnostic d) -> !d.at().file().equals(mainFile))
            .thenComparing(d -> d.at().file())
            .thenComparingInt(d -> d.at().line())
            .thenComparingInt(d -> d.at().column()));
    return out;
  }

  private static String baseName(String file) {
    String name = file.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    name = dot > 0 ? name.substring(0, dot) : name;
    return name.isEmpty() ? "api" : name;
  }

  private static JsonNode json(ObjectNode root, String field) {
    JsonNode node = root.get(field);
    return node == null || node.isNull() ? null : node;
  }

  // ---------------------------------------------------------------- version and protocol

  private static boolean swagger2(Reading r, ObjectNode root) {
    if (root.has("openapi")) {
      String version = r.text(root, "openapi");
      if (version == null || !(version.startsWith("3.0") || version.startsWith("3.1"))) {
        r.error(
            "openapi.version",
            "`openapi: " + version + "` is not a version this reader knows (3.0, 3.1)",
            r.value(root, "openapi"));
      }
      return false;
    }
    if (root.has("swagger")) {
      String version = r.text(root, "swagger");
      if (!"2.0".equals(version)) {
        r.error(
            "openapi.version",
            "`swagger: " + version + "` is not a version this reader knows (2.0)",
            r.value(root, "swagger"));
      }
      return true;
    }
    r.error(
        "openapi.version",
        "neither `openapi` nor `swagger` says which version this is; read as OpenAPI 3.0",
        r.at(root));
    return false;
  }

  private Protocol protocol(Reading r, ObjectNode root) {
    if (options.protocol() != null) {
      return options.protocol();
    }
    if (root.has(Extensions.PROTOCOL)) {
      Protocol explicit = r.enumValue(root, Extensions.PROTOCOL, Protocol.class);
      if (explicit != null) {
        return explicit;
      }
    }
    return looksLikeHttpApi(root) ? Protocol.HTTP : Protocol.REST;
  }

  /** HTTP API features: CORS or import/export version, JWT authorizers, payload versions. */
  static boolean looksLikeHttpApi(ObjectNode root) {
    if (root.has(IMPORT_EXPORT_VERSION) || root.has(CORS)) {
      return true;
    }
    JsonNode schemes =
        root.has("securityDefinitions")
            ? root.get("securityDefinitions")
            : root.path("components").path("securitySchemes");
    for (JsonNode scheme : iterable(schemes)) {
      JsonNode authorizer = peek(root, peek(root, scheme).path(SecurityReader.AUTHORIZER));
      if ("jwt".equalsIgnoreCase(authorizer.path("type").asText())) {
        return true;
      }
    }
    for (JsonNode integration : iterable(root.path("components").path(INTEGRATIONS))) {
      if (peek(root, integration).has("payloadFormatVersion")) {
        return true;
      }
    }
    for (JsonNode item : iterable(root.path("paths"))) {
      for (JsonNode operation : iterable(peek(root, item))) {
        JsonNode integration = peek(root, operation.path(IntegrationReader.EXTENSION));
        if (integration.has("payloadFormatVersion")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node instanceof ObjectNode ? node : List.of();
  }

  /** A local reference followed quietly (problems are reported when the node is read). */
  private static JsonNode peek(ObjectNode root, JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 8 && Reading.isRef(current); hops++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#")) {
        return current;
      }
      try {
        current = root.at(JsonPointer.compile(ref.substring(1)));
      } catch (IllegalArgumentException e) {
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
      }
    }
    return current;
  }

  // ---------------------------------------------------------------- root extensions

  private Endpoint endpoint(Reading r, ObjectNode root, boolean swagger2, Protocol protocol) {
    ObjectNode configuration = null;
    SourceRange at = SourceRange.NONE;
    if (!swagger2) {
      ArrayNode servers = r.array(root, "servers");
      if (servers != null) {
        for (int i = 0; i < servers.size() && configuration == null; i++) {
          JsonNode server = servers.get(i);
          if (server instanceof ObjectNode s && s.has(ENDPOINT_CONFIGURATION)) {
            configuration = r.object(s, ENDPOINT_CONFIGURATION);
            at = r.key(s, ENDPOINT_CONFIGURATION);
          }
        }
      }
    }
    if (configuration == null && root.has(ENDPOINT_CONFIGURATION)) {
      configuration = r.object(root, ENDPOINT_CONFIGURATION);
      at = r.key(root, ENDPOINT_CONFIGURATION);
    }
    List<String> vpcEndpoints = new ArrayList<>();
    boolean disabled = false;
    EndpointType fromTypes = null;
    if (configuration != null) {
      vpcEndpoints = r.texts(configuration, "vpcEndpointIds");
      Boolean disable = r.bool(configuration, "disableExecuteApiEndpoint");
      disabled = disable != null && disable;
      // Not in the extension's documentation, but SAM and others write it.
      List<String> types = r.texts(configuration, "types");
      if (!types.isEmpty()) {
        try {
          fromTypes = EndpointType.valueOf(types.get(0).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          r.error(
              "openapi.value",
              "endpoint type `" + types.get(0) + "`; expected EDGE, REGIONAL or PRIVATE",
              r.value(configuration, "types"));
        }
      }
    }
    EndpointType type = null;
    if (root.has(Extensions.ENDPOINT_TYPE)) {
      type = r.enumValue(root, Extensions.ENDPOINT_TYPE, EndpointType.class);
      at = r.key(root, Extensions.ENDPOINT_TYPE);
    }
    if (type == null) {
      type = fromTypes;
    }
    if (type == null) {
      type = options.endpointType();
    }
    if (type == null) {
      type = defaultEndpointType(protocol, vpcEndpoints);
    }
    return new Endpoint(at, type, vpcEndpoints, disabled);
  }

  /** What the reader assumes when nothing says the endpoint type. */
  static EndpointType defaultEndpointType(Protocol protocol, List<String> vpcEndpoints) {
    if (!vpcEndpoints.isEmpty()) {
      return EndpointType.PRIVATE;
    }
    return Endpoint.defaultFor(protocol).type();
  }

  private static Cors cors(Reading r, ObjectNode root) {
    String field = root.has(CORS) ? CORS : Extensions.CORS;
    ObjectNode cors = r.object(root, field);
    if (cors == null) {
      return null;
    }
    return new Cors(
        r.key(root, field),
        r.texts(cors, "allowOrigins"),
        r.texts(cors, "allowMethods"),
        r.texts(cors, "allowHeaders"),
        r.texts(cors, "exposeHeaders"),
        r.bool(cors, "allowCredentials"),
        r.integer(cors, "maxAge"));
  }

  private static List<GatewayResponse> gatewayResponses(Reading r, ObjectNode root) {
    List<GatewayResponse> out = new ArrayList<>();
    Extensions.forEach(
        r,
        root,
        GATEWAY_RESPONSES,
        (type, response, at) -> {
          Map<String, String> headers = new LinkedHashMap<>();
          r.textMap(response, "responseParameters", false)
              .forEach(
                  (key, value) ->
                      headers.put(
                          key.startsWith(GATEWAY_RESPONSE_HEADER)
                              ? key.substring(GATEWAY_RESPONSE_HEADER.length())
                              : key,
                          value));
          out.add(
              new GatewayResponse(
                  at,
                  type,
                  r.integer(response, "statusCode"),
                  headers,
                  r.textMap(response, "responseTemplates", true)));
        });
    return out;
  }

  private static List<RequestValidator> validators(Reading r, ObjectNode root) {
    List<RequestValidator> out = new ArrayList<>();
    Extensions.forEach(
        r,
        root,
        VALIDATORS,
        (name, v, at) -> {
          Boolean body = r.bool(v, "validateRequestBody");
          Boolean parameters = r.bool(v, "validateRequestParameters");
          out.add(
              new RequestValidator(
                  at, name, body != null && body, parameters != null && parameters));
        });
    return out;
  }

  /**
   * Root {@code tags} with {@code x-amazon-apigateway-tag-value} are AWS tags; for HTTP APIs a tag
   * without a value is a tag with an empty value. Other tags only group operations.
   */
  private static Map<String, String> tags(Reading r, ObjectNode root, Protocol protocol) {
    Map<String, String> out = new LinkedHashMap<>();
    ArrayNode tags = r.array(root, "tags");
    if (tags == null) {
      return out;
    }
    for (int i = 0; i < tags.size(); i++) {
      ObjectNode tag = r.object(tags.get(i), "a tag", r.positions.item(tags, i));
      if (tag == null) {
        continue;
      }
      String name = r.text(tag, "name");
      String value = r.text(tag, TAG_VALUE);
      if (name != null && (value != null || protocol == Protocol.HTTP)) {
        out.put(name, value == null ? "" : value);
      }
    }
    return out;
  }
}
