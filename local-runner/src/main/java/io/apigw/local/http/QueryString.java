package io.apigw.local.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Query strings as API Gateway reads them: names and values percent-decoded, order kept. */
public final class QueryString {
  private QueryString() {}

  /**
   * Each name with its values in order. A name without {@code =} has the empty value; an empty
   * query has no names.
   */
  public static Map<String, List<String>> parse(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      out.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return out;
  }

  /** Percent-decoding with {@code +} as a space; malformed escapes are kept as written. */
  public static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
