package io.apigw.local.templates;

import io.apigw.local.http.Headers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameter mappings of REST non-proxy integrations (request-response-data-mappings.md): {@code
 * integration.request.header|querystring|path.X} from method request data, and {@code
 * method.response.header.X} from integration response data. A source with no value maps to nothing:
 * the parameter is left out.
 *
 * <p>Sources: {@code 'static'}, {@code
 * method.request.path|querystring|multivaluequerystring|header| multivalueheader.X}, {@code
 * method.request.body} and {@code method.request.body.JSONPath}, {@code
 * integration.response.header|multivalueheader.X}, {@code integration.response.body} and {@code
 * integration.response.body.JSONPath}, {@code stageVariables.X}, {@code context.X}. A JSON value
 * that is an object or an array maps as compact JSON, a string as its text.
 */
public final class ParameterMappings {
  private static final String REQUEST = "integration.request.";
  private static final String RESPONSE_HEADER = "method.response.header.";

  private ParameterMappings() {}

  /**
   * The integration request's parameters from {@code integration.request.*} mappings, then {@code
   * $context.requestOverride} of the request template on top ("override parameters after standard
   * API Gateway mappings have been applied", apigateway-override-request-response-parameters.md).
   */
  public static RequestParameterValues request(
      Map<String, String> requestParameters, TemplateInput input, Overrides overrides) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    Map<String, List<String>> querystrings = new LinkedHashMap<>();
    Map<String, String> paths = new LinkedHashMap<>();
    Sources sources = new Sources(input, null);
    for (Map.Entry<String, String> mapping : requestParameters.entrySet()) {
      String target = mapping.getKey().trim();
      if (!target.startsWith(REQUEST)) {
        continue;
      }
      List<String> values = sources.values(mapping.getValue());
      if (values.isEmpty()) {
        continue;
      }
      String rest = target.substring(REQUEST.length());
      if (rest.startsWith("header.")) {
        putIgnoringCase(headers, rest.substring("header.".length()), values);
      } else if (rest.startsWith("querystring.")) {
        querystrings.put(rest.substring("querystring.".length()), values);
      } else if (rest.startsWith("path.")) {
        paths.put(rest.substring("path.".length()), String.join(",", values));
      }
    }
    Overrides applied = overrides == null ? Overrides.NONE : overrides;
    applied.requestHeaders().forEach((name, values) -> putIgnoringCase(headers, name, values));
    querystrings.putAll(applied.requestQuerystrings());
    paths.putAll(applied.requestPaths());
    return new RequestParameterValues(headers, querystrings, paths);
  }

  /**
   * The method response's headers from {@code method.response.header.*} mappings. For a Lambda
   * custom integration's error, {@code integration.response.body.errorMessage.X} reads into the
   * error message when that is stringified JSON (handle-errors-in-lambda-integration.md, "Handle
   * custom Lambda errors").
   */
  public static Headers responseHeaders(
      Map<String, String> responseParameters, IntegrationResult result, TemplateInput input) {
    Headers.Builder headers = Headers.builder();
    Sources sources = new Sources(input, result);
    for (Map.Entry<String, String> mapping : responseParameters.entrySet()) {
      String target = mapping.getKey().trim();
      if (!target.startsWith(RESPONSE_HEADER)) {
        continue;
      }
      List<String> values = sources.values(mapping.getValue());
      if (!values.isEmpty()) {
        headers.set(target.substring(RESPONSE_HEADER.length()), String.join(",", values));
      }
    }
    return headers.build();
  }

  private static void putIgnoringCase(
      Map<String, List<String>> headers, String name, List<String> values) {
    headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
    headers.put(name, values);
  }

  /** Evaluates mapping expressions for one request (and integration response). */
  private static final class Sources {
    private final TemplateInput input;
    private final IntegrationResult result;
    private Map<String, Object> context;
    private Payload responseBody;

    Sources(TemplateInput input, IntegrationResult result) {
      this.input = input;
      this.result = result;
    }

    /** The expression's values; empty when it has none. */
    List<String> values(String expression) {
      if (expression == null) {
        return List.of();
      }
      String e = expression.trim();
      if (e.length() >= 2 && e.startsWith("'") && e.endsWith("'")) {
        return List.of(e.substring(1, e.length() - 1));
      }
      RequestParameters parameters = input.parameters();
      if (e.startsWith("method.request.path.")) {
        return one(parameters.path().get(e.substring("method.request.path.".length())));
      }
      if (e.startsWith("method.request.querystring.")) {
        return one(
            parameters.querystring().get(e.substring("method.request.querystring.".length())));
      }
      if (e.startsWith("method.request.multivaluequerystring.")) {
        return parameters.multiQuerystring(
            e.substring("method.request.multivaluequerystring.".length()));
      }
      if (e.startsWith("method.request.header.")) {
        return one(parameters.headerIgnoringCase(e.substring("method.request.header.".length())));
      }
      if (e.startsWith("method.request.multivalueheader.")) {
        return parameters.multiHeader(e.substring("method.request.multivalueheader.".length()));
      }
      if (e.equals("method.request.body")) {
        return one(input.payload().text());
      }
      if (e.startsWith("method.request.body.")) {
        return json(input.payload().read(e.substring("method.request.body.".length())));
      }
      if (e.startsWith("stageVariables.")) {
        return one(input.context().stageVariables().get(e.substring("stageVariables.".length())));
      }
      if (e.startsWith("context.")) {
        if (context == null) {
          context = ContextVariables.of(input);
        }
        return one(ContextVariables.lookup(context, e.substring("context.".length())));
      }
      if (result != null) {
        return response(e);
      }
      return List.of();
    }

    private List<String> response(String e) {
      if (e.startsWith("integration.response.header.")) {
        return one(result.headers().last(e.substring("integration.response.header.".length())));
      }
      if (e.startsWith("integration.response.multivalueheader.")) {
        return result.headers().all(e.substring("integration.response.multivalueheader.".length()));
      }
      if (e.equals("integration.response.body")) {
        return one(new String(result.body(), StandardCharsets.UTF_8));
      }
      if (e.startsWith("integration.response.body.")) {
        return json(responseBody().read(e.substring("integration.response.body.".length())));
      }
      return List.of();
    }

    private Payload responseBody() {
      if (responseBody == null) {
        responseBody = new Payload(result.body());
        if (result.isLambdaError()
            && responseBody.document() instanceof JsonObject error
            && error.get("errorMessage") instanceof String message) {
          Object parsed = Json.parse(message);
          if (parsed instanceof JsonObject || parsed instanceof JsonArray) {
            error.put("errorMessage", parsed);
          }
        }
      }
      return responseBody;
    }

    private static List<String> one(String value) {
      return value == null ? List.of() : List.of(value);
    }

    private static List<String> json(Object value) {
      if (value == Json.MISSING || value == null) {
        return List.of();
      }
      if (value instanceof JsonObject || value instanceof JsonArray) {
        return List.of(Json.write(value));
      }
      return List.of(value.toString());
    }
  }
}
