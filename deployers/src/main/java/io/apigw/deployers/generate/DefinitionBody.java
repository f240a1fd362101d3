package io.apigw.deployers.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.Api;
import io.apigw.model.Cors;
import io.apigw.model.Protocol;
import io.apigw.openapi.OpenApi;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document API Gateway imports: the REST API's {@code Body} / {@code DefinitionBody},
 * the HTTP API's, or the file {@code generate openapi} writes. It is the OpenAPI writer's document
 * with our own {@code x-apigw-*} extensions removed (API Gateway would ignore them; they would also
 * carry API key values into the API), Lambda URIs of the template's functions as {@code Fn::Sub}s,
 * and a REST API's CORS setting as OPTIONS methods, which is how API Gateway answers preflights.
 */
final class DefinitionBody {
  static final String FUNCTION = "x-apigw-function";
  private static final String OURS = "x-apigw-";

  private DefinitionBody() {}

  /** The document for {@code import-rest-api} / {@code import-api}: AWS variables stay as text. */
  static ObjectNode forImport(Api api) {
    ObjectNode doc = written(api);
    strip(doc, null);
    if (api.protocol() == Protocol.REST && api.cors() != null) {
      corsOptions(doc, api.cors());
    }
    return doc;
  }

  /**
   * The document inside a template. With {@code corsAsOptions} false the REST API's CORS is left to
   * SAM's {@code Cors} property, which adds the same OPTIONS methods.
   */
  static ObjectNode forTemplate(Context context, boolean corsAsOptions) {
    ObjectNode doc = written(context.api());
    strip(doc, context);
    if (corsAsOptions && context.protocol() == Protocol.REST && context.api().cors() != null) {
      corsOptions(doc, context.api().cors());
    }
    return doc;
  }

  /** A short hash of a tree: a deployment's logical id changes whenever what it deploys does. */
  static String hash(JsonNode tree) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] bytes =
          digest.digest(
              TemplateWriter.JSON_MAPPER.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(bytes, 0, 5);
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A hash of what a deployment deploys: the definition without stages, keys, plans and domains,
   * which live beside the deployment and change without one.
   */
  static String definitionHash(Api api) {
    return hash(
        written(
            api.toBuilder()
                .stages(List.of())
                .apiKeys(List.of())
                .usagePlans(List.of())
                .domains(List.of())
                .build()));
  }

  private static ObjectNode written(Api api) {
    String text = OpenApi.writer(OpenApi.Format.JSON).write(api);
    try {
      return (ObjectNode) TemplateWriter.JSON_MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the OpenAPI writer wrote what it cannot read", e);
    }
  }

  /** Removes our extensions; in a template, points Lambda URIs at the template's functions. */
  private static void strip(JsonNode node, Context context) {
    if (node.isArray()) {
      node.forEach(child -> strip(child, context));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    JsonNode function = object.get(FUNCTION);
    if (context != null && function != null && function.isTextual()) {
      for (String field : List.of("uri", "authorizerUri")) {
        if (object.has(field)) {
          object.set(field, context.invocationUri(function.asText()));
        }
      }
    }
    List<String> remove = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().startsWith(OURS)) {
        remove.add(field.getKey());
      } else if (field.getValue().isContainerNode() && !field.getKey().equals("schemas")) {
        strip(field.getValue(), context);
      }
    }
    object.remove(remove);
  }

  /**
   * An OPTIONS method answering preflights on every path that has none, as SAM's {@code Cors}
   * property makes them: a MOCK integration whose response sets the Access-Control-Allow-* headers
   * (see the developer guide, enable-cors-for-resource-using-swagger-importer-tool.md).
   */
  private static void corsOptions(ObjectNode doc, Cors cors) {
    JsonNode paths = doc.get("paths");
    if (paths == null || !paths.isObject()) {
      return;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Access-Control-Allow-Origin", quoted(String.join(",", cors.allowOrigins())));
    if (!cors.allowMethods().isEmpty()) {
      headers.put("Access-Control-Allow-Methods", quoted(String.join(",", cors.allowMethods())));
    }
    if (!cors.allowHeaders().isEmpty()) {
      headers.put("Access-Control-Allow-Headers", quoted(String.join(",", cors.allowHeaders())));
    }
    if (!cors.exposeHeaders().isEmpty()) {
      headers.put("Access-Control-Expose-Headers", quoted(String.join(",", cors.exposeHeaders())));
    }
    if (Boolean.TRUE.equals(cors.allowCredentials())) {
      headers.put("Access-Control-Allow-Credentials", "'true'");
    }
    if (cors.maxAgeSeconds() != null) {
      headers.put("Access-Control-Max-Age", quoted(String.valueOf(cors.maxAgeSeconds())));
    }
    Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
    while (entries.hasNext()) {
      JsonNode item = entries.next().getValue();
      if (!item.isObject() || item.has("options")) {
        continue;
      }
      ObjectNode options = ((ObjectNode) item).putObject("options");
      ObjectNode response = options.putObject("responses").putObject("200");
      response.put("description", "Default response for CORS method");
      ObjectNode responseHeaders = response.putObject("headers");
      ObjectNode integration = options.putObject("x-amazon-apigateway-integration");
      integration.put("type", "mock");
      integration.putObject("requestTemplates").put("application/json", "{\"statusCode\": 200}");
      integration.put("passthroughBehavior", "when_no_match");
      ObjectNode integrationResponse =
          integration.putObject("responses").putObject("default").put("statusCode", "200");
      ObjectNode parameters = integrationResponse.putObject("responseParameters");
      headers.forEach(
          (header, value) -> {
            responseHeaders.putObject(header).putObject("schema").put("type", "string");
            parameters.put("method.response.header." + header, value);
          });
      integrationResponse.putObject("responseTemplates").put("application/json", "{}");
    }
  }

  private static String quoted(String value) {
    return "'" + (value.isEmpty() ? "*" : value) + "'";
  }
}
