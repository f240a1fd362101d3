package io.apigw.local.templates;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidJsonException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.TypeRef;
import com.jayway.jsonpath.spi.json.AbstractJsonProvider;
import com.jayway.jsonpath.spi.mapper.MappingProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSONPath over the values of {@link Json}, with Jayway's "JSONPath for Java", the implementation
 * the developer guide points to for {@code $input.json(x)} and {@code $input.path(x)}
 * (api-gateway-mapping-template-reference.md). Paths are compiled once.
 */
final class JsonPaths {
  private static final int MAX_CACHED = 2048;
  private static final Configuration CONFIGURATION =
      Configuration.builder().jsonProvider(new Provider()).mappingProvider(new Identity()).build();
  private static final Map<String, Object> COMPILED = new ConcurrentHashMap<>();
  private static final Object INVALID = new Object();

  private JsonPaths() {}

  /**
   * The value at {@code path} in {@code document}, or {@link Json#MISSING} when the path matches
   * nothing, is no JSONPath, or the document is {@link Json#MISSING}. A path without {@code $} is
   * read from the root, as {@code integration.response.body.a.b} means {@code $.a.b}.
   */
  static Object read(Object document, String path) {
    if (document == Json.MISSING || path == null) {
      return Json.MISSING;
    }
    Object compiled = compile(path);
    if (compiled == INVALID) {
      return Json.MISSING;
    }
    try {
      return ((JsonPath) compiled).read(document, CONFIGURATION);
    } catch (JsonPathException | IllegalArgumentException | ClassCastException e) {
      return Json.MISSING;
    }
  }

  private static Object compile(String path) {
    Object compiled = COMPILED.get(path);
    if (compiled != null) {
      return compiled;
    }
    try {
      compiled = JsonPath.compile(path.trim());
    } catch (JsonPathException | IllegalArgumentException e) {
      compiled = INVALID;
    }
    // A template that builds paths from request data must not grow the cache without bound.
    if (COMPILED.size() < MAX_CACHED) {
      COMPILED.putIfAbsent(path, compiled);
    }
    return compiled;
  }

  /** Jayway over {@link JsonObject} and {@link JsonArray}. */
  private static final class Provider extends AbstractJsonProvider {
    @Override
    public Object parse(String json) {
      Object value = Json.parse(json);
      if (value == Json.MISSING) {
        throw new InvalidJsonException("not JSON");
      }
      return value;
    }

    @Override
    public Object parse(InputStream json, String charset) {
      try {
        return parse(new String(json.readAllBytes(), Charset.forName(charset)));
      } catch (IOException e) {
        throw new InvalidJsonException(e);
      }
    }

    @Override
    public String toJson(Object value) {
      return Json.write(value);
    }

    @Override
    public Object createArray() {
      return new JsonArray();
    }

    @Override
    public Object createMap() {
      return new JsonObject();
    }
  }

  /** Results are used as they are; nothing here asks Jayway to map them to other types. */
  private static final class Identity implements MappingProvider {
    @Override
    public <T> T map(Object source, Class<T> targetType, Configuration configuration) {
      return targetType.cast(source);
    }

    @Override
    public <T> T map(Object source, TypeRef<T> targetType, Configuration configuration) {
      throw new UnsupportedOperationException("typed reads are not used");
    }
  }
}
