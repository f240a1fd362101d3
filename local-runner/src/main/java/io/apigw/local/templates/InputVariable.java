package io.apigw.local.templates;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code $input} (api-gateway-mapping-template-reference.md, "$input Variables"): the payload and
 * the method request's parameters. Public only because templates call it by reflection.
 */
public final class InputVariable {
  private final Payload payload;
  private final RequestParameters parameters;

  InputVariable(Payload payload, RequestParameters parameters) {
    this.payload = payload;
    this.parameters = parameters;
  }

  /** {@code $input.body}: the raw payload as a string; {@code {}} when it is empty. */
  public String getBody() {
    return payload.text();
  }

  /**
   * {@code $input.json(x)}: the value at JSONPath {@code x} as a JSON string, compact. A path that
   * matches nothing, or a payload that is not JSON, gives {@code ""}.
   */
  public String json(Object path) {
    Object value = payload.read(path == null ? null : path.toString());
    return value == Json.MISSING ? "\"\"" : Json.write(value);
  }

  /**
   * {@code $input.path(x)}: the value at JSONPath {@code x} as an object templates can walk ({@link
   * JsonObject}, {@link JsonArray}, string, number, boolean), or null (printed as nothing).
   */
  public Object path(Object path) {
    Object value = payload.read(path == null ? null : path.toString());
    return value == Json.MISSING ? null : value;
  }

  /** {@code $input.params()}: {@code path}, {@code querystring} and {@code header}, each a map. */
  public Map<String, Map<String, String>> params() {
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    all.put("path", new LinkedHashMap<>(parameters.path()));
    all.put("querystring", new LinkedHashMap<>(parameters.querystring()));
    all.put("header", new LinkedHashMap<>(parameters.header()));
    return all;
  }

  /**
   * {@code $input.params(x)}: the parameter named {@code x} from the path, else the query string,
   * else the headers (the last is looked up ignoring case); the empty string when there is none.
   */
  public String params(Object name) {
    if (name == null) {
      return "";
    }
    String key = name.toString();
    String value = parameters.path().get(key);
    if (value == null) {
      value = parameters.querystring().get(key);
    }
    if (value == null) {
      value = parameters.headerIgnoringCase(key);
    }
    return value == null ? "" : value;
  }
}
