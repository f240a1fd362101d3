package io.apigw.openapi;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where two models first differ, for readable assertion messages ({@code
 * routes[3].integration.uri}).
 */
final class ModelDiff {
  private ModelDiff() {}

  /** The path and both values where {@code a} and {@code b} first differ, or null when equal. */
  static String first(Object a, Object b) {
    return diff("api", a, b);
  }

  private static String diff(String path, Object a, Object b) {
    if (Objects.equals(a, b)) {
      return null;
    }
    if (a == null || b == null || a.getClass() != b.getClass()) {
      return path + ": " + a + " <> " + b;
    }
    if (a instanceof Record) {
      for (RecordComponent component : a.getClass().getRecordComponents()) {
        try {
          Object x = component.getAccessor().invoke(a);
          Object y = component.getAccessor().invoke(b);
          String found = diff(path + "." + component.getName(), x, y);
          if (found != null) {
            return found;
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        String found = diff(path + "[" + i + "]", x.get(i), y.get(i));
        if (found != null) {
          return found;
        }
      }
      return path + ": size " + x.size() + " <> " + y.size();
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      List<Object> xs = new ArrayList<>(x.keySet());
      List<Object> ys = new ArrayList<>(y.keySet());
      if (!xs.equals(ys)) {
        return path + " keys: " + xs + " <> " + ys;
      }
      for (Object key : xs) {
        String found = diff(path + "[" + key + "]", x.get(key), y.get(key));
        if (found != null) {
          return found;
        }
      }
    }
    return path + ": " + a + " <> " + b;
  }
}
