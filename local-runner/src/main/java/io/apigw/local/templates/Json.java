package io.apigw.local.templates;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/** JSON text to the values templates see ({@link JsonObject}, {@link JsonArray}, ...) and back. */
final class Json {
  /** What a document that is not JSON, or a path that matches nothing, comes to. */
  static final Object MISSING = new Object();

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectMapper LENIENT =
      JsonMapper.builder()
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  private Json() {}

  /** The value of a JSON text, or {@link #MISSING} when it is not JSON. */
  static Object parse(String text) {
    return parse(MAPPER, text);
  }

  /** Like {@link #parse(String)}, also accepting unquoted names and single quotes. */
  static Object parseLenient(String text) {
    return parse(LENIENT, text);
  }

  private static Object parse(ObjectMapper mapper, String text) {
    if (text == null || text.isBlank()) {
      return MISSING;
    }
    try (JsonParser parser = mapper.createParser(text)) {
      JsonNode node = mapper.readTree(parser);
      if (node == null || parser.nextToken() != null) {
        return MISSING;
      }
      return value(node);
    } catch (IOException e) {
      return MISSING;
    }
  }

  static Object value(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        JsonObject object = new JsonObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          object.put(field.getKey(), value(field.getValue()));
        }
        return object;
      }
      case ARRAY -> {
        JsonArray array = new JsonArray();
        for (JsonNode element : node) {
          array.add(value(element));
        }
        return array;
      }
      case STRING -> {
        return node.textValue();
      }
      case NUMBER -> {
        return node.numberValue();
      }
      case BOOLEAN -> {
        return node.booleanValue();
      }
      default -> {
        return null;
      }
    }
  }

  /** Compact JSON of a value: maps, lists, arrays, strings, numbers, booleans and null. */
  static String write(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
      write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator out, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.writeFieldName(String.valueOf(entry.getKey()));
        write(out, entry.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof Iterable<?> list) {
      out.writeStartArray();
      for (Object element : list) {
        write(out, element);
      }
      out.writeEndArray();
    } else if (value instanceof Object[] array) {
      write(out, java.util.Arrays.asList(array));
    } else if (value instanceof Boolean bool) {
      out.writeBoolean(bool);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      out.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger big) {
      out.writeNumber(big);
    } else if (value instanceof BigDecimal decimal) {
      out.writeNumber(decimal);
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isFinite(d)) {
        out.writeNumber(d);
      } else {
        out.writeString(value.toString());
      }
    } else {
      out.writeString(value.toString());
    }
  }
}
