package io.apigw.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.ConnectionType;
import io.apigw.model.ContentHandling;
import io.apigw.model.Function;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.IntegrationResponse;
import io.apigw.model.PassthroughBehavior;
import io.apigw.model.SourceRange;
import io.apigw.model.TlsConfig;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code x-amazon-apigateway-integration} (also by {@code $ref} to {@code
 * x-amazon-apigateway-integrations}) into an {@link Integration}.
 */
final class IntegrationReader {
  static final String EXTENSION = "x-amazon-apigateway-integration";

  private static final Set<String> PROPERTIES =
      Set.of(
          "type",
          "uri",
          "httpMethod",
          "credentials",
          "requestParameters",
          "requestTemplates",
          "responses",
          "passthroughBehavior",
          "contentHandling",
          "cacheNamespace",
          "cacheKeyParameters",
          "connectionType",
          "connectionId",
          "timeoutInMillis",
          "payloadFormatVersion",
          "integrationSubtype",
          "tlsConfig");
  private static final Set<String> RESPONSE_PROPERTIES =
      Set.of("statusCode", "responseTemplates", "responseParameters", "contentHandling");
  private static final Set<String> TLS_PROPERTIES =
      Set.of("insecureSkipVerification", "serverNameToVerify");

  private final Reading r;
  private final Map<String, Function> functions;

  IntegrationReader(Reading reading, Map<String, Function> functions) {
    this.r = reading;
    this.functions = functions;
  }

  /** The integration of an operation, or null when it has none. */
  Integration read(ObjectNode operation) {
    ObjectNode in = r.object(operation, EXTENSION);
    if (in == null) {
      return null;
    }
    SourceRange at = r.key(operation, EXTENSION);
    if (in.has("responseParameters")) {
      r.warning(
          "openapi.unsupported",
          "HTTP API response parameter mappings are not part of the model; they are ignored",
          r.key(in, "responseParameters"));
    }
    Set<String> known = new HashSet<>(PROPERTIES);
    known.add("responseParameters");
    r.unknownMembers(in, "x-amazon-apigateway-integration", known);
    String function = r.text(in, Extensions.FUNCTION);
    String uri = r.text(in, "uri");
    if (function != null && uri != null && uri.equals(generatedUri(function))) {
      uri = null;
    } else if (uri != null && in.get("uri").isValueNode()) {
      r.placeholders(uri, r.value(in, "uri"), false);
    }
    String subtype = r.checked(in, "integrationSubtype");
    IntegrationKind kind = kind(in, function, uri, subtype);

    Integration.Builder b = Integration.builder(kind).source(at).function(function).uri(uri);
    b.httpMethod(r.text(in, "httpMethod"));
    b.payloadFormatVersion(r.text(in, "payloadFormatVersion"));
    b.subtype(subtype);
    b.credentials(r.checked(in, "credentials"));
    b.connectionType(r.enumValue(in, "connectionType", ConnectionType.class));
    b.connectionId(r.checked(in, "connectionId"));
    b.timeoutMillis(r.integer(in, "timeoutInMillis"));
    b.requestParameters(r.textMap(in, "requestParameters", false));
    b.requestTemplates(r.textMap(in, "requestTemplates", true));
    b.passthroughBehavior(r.enumValue(in, "passthroughBehavior", PassthroughBehavior.class));
    b.contentHandling(r.enumValue(in, "contentHandling", ContentHandling.class));
    b.cacheKeyParameters(r.texts(in, "cacheKeyParameters"));
    b.cacheNamespace(r.text(in, "cacheNamespace"));
    b.templateSelectionExpression(r.text(in, Extensions.TEMPLATE_SELECTION));
    ObjectNode tls = r.object(in, "tlsConfig");
    if (tls != null) {
      r.unknownMembers(tls, "tlsConfig", TLS_PROPERTIES);
      Boolean skip = r.bool(tls, "insecureSkipVerification");
      b.tls(
          new TlsConfig(
              r.key(in, "tlsConfig"), skip != null && skip, r.text(tls, "serverNameToVerify")));
    }
    ObjectNode responses = r.object(in, "responses");
    if (responses != null) {
      for (Map.Entry<String, JsonNode> entry : responses.properties()) {
        SourceRange where = r.key(responses, entry.getKey());
        ObjectNode response = r.object(entry.getValue(), "integration response", where);
        if (response == null) {
          continue;
        }
        r.unknownMembers(response, "an integration response", RESPONSE_PROPERTIES);
        String status = r.text(response, "statusCode");
        if (status == null) {
          r.error(
              "openapi.integration.response",
              "integration response `" + entry.getKey() + "` has no `statusCode`",
              where);
          continue;
        }
        b.response(
            new IntegrationResponse(
                where,
                entry.getKey(),
                status,
                r.textMap(response, "responseParameters", false),
                r.textMap(response, "responseTemplates", true),
                r.enumValue(response, "contentHandling", ContentHandling.class)));
      }
    }
    return b.build();
  }

  String generatedUri(String function) {
    return Lambdas.invocationUri(function, functions.get(function));
  }

  private IntegrationKind kind(ObjectNode in, String function, String uri, String subtype) {
    if (in.has(Extensions.KIND)) {
      IntegrationKind explicit = r.enumValue(in, Extensions.KIND, IntegrationKind.class);
      if (explicit != null) {
        return explicit;
      }
    }
    boolean lambda = function != null || Lambdas.isLambdaUri(uri);
    String type = r.text(in, "type");
    if (type == null) {
      IntegrationKind guess = guess(lambda, uri);
      r.error(
          "openapi.integration.type", "the integration has no `type`; read as " + guess, r.at(in));
      return guess;
    }
    IntegrationKind kind = infer(type, lambda, subtype);
    if (kind != null) {
      return kind;
    }
    IntegrationKind guess = guess(lambda, uri);
    r.error(
        "openapi.value",
        "integration `type` is `"
            + type
            + "`; expected aws, aws_proxy, http, http_proxy or mock (read as "
            + guess
            + ")",
        r.value(in, "type"));
    return guess;
  }

  /**
   * The kind an integration {@code type} means: {@code aws_proxy} is Lambda unless it has a
   * subtype, {@code aws} is Lambda when it calls a function; null for an unknown type.
   */
  static IntegrationKind infer(String type, boolean lambda, String subtype) {
    return switch (type.trim().toLowerCase(Locale.ROOT)) {
      case "aws_proxy" ->
          subtype != null ? IntegrationKind.AWS_SERVICE : IntegrationKind.LAMBDA_PROXY;
      case "aws" -> lambda ? IntegrationKind.LAMBDA : IntegrationKind.AWS_SERVICE;
      case "http" -> IntegrationKind.HTTP;
      case "http_proxy" -> IntegrationKind.HTTP_PROXY;
      case "mock" -> IntegrationKind.MOCK;
      default -> null;
    };
  }

  private static IntegrationKind guess(boolean lambda, String uri) {
    if (lambda) {
      return IntegrationKind.LAMBDA_PROXY;
    }
    if (uri != null && uri.startsWith("http")) {
      return IntegrationKind.HTTP_PROXY;
    }
    return uri == null ? IntegrationKind.MOCK : IntegrationKind.AWS_SERVICE;
  }
}
