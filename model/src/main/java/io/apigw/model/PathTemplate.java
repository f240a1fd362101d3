package io.apigw.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A route's path as written, such as {@code /pets/{petId}} or {@code /admin/{proxy+}}. The text is
 * kept as written; {@link #segments()} splits it into literal, parameter and greedy segments.
 */
public record PathTemplate(String value) {
  public PathTemplate {
    Objects.requireNonNull(value, "value");
  }

  public static PathTemplate of(String value) {
    return new PathTemplate(value);
  }

  /** One segment of a path template. */
  public sealed interface Segment permits Literal, Param, Greedy {
    /** The segment as written. */
    String text();
  }

  /** A literal segment such as {@code pets}. */
  public record Literal(String text) implements Segment {}

  /** A whole-segment parameter such as {@code {petId}}. */
  public record Param(String name) implements Segment {
    @Override
    public String text() {
      return "{" + name + "}";
    }
  }

  /** A greedy parameter such as {@code {proxy+}}: one or more remaining segments. */
  public record Greedy(String name) implements Segment {
    @Override
    public String text() {
      return "{" + name + "+}";
    }
  }

  /** The segments between slashes; the root path {@code /} has none. */
  public List<Segment> segments() {
    List<Segment> out = new ArrayList<>();
    for (String part : value.split("/", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.length() > 2 && part.startsWith("{") && part.endsWith("}")) {
        String inner = part.substring(1, part.length() - 1);
        out.add(
            inner.endsWith("+")
                ? new Greedy(inner.substring(0, inner.length() - 1))
                : new Param(inner));
      } else {
        out.add(new Literal(part));
      }
    }
    return out;
  }

  /** Names of the parameters, greedy ones included, in order. */
  public List<String> parameterNames() {
    List<String> names = new ArrayList<>();
    for (Segment segment : segments()) {
      if (segment instanceof Param param) {
        names.add(param.name());
      } else if (segment instanceof Greedy greedy) {
        names.add(greedy.name());
      }
    }
    return names;
  }

  public boolean isGreedy() {
    List<Segment> segments = segments();
    return !segments.isEmpty() && segments.get(segments.size() - 1) instanceof Greedy;
  }

  @Override
  public String toString() {
    return value;
  }
}
