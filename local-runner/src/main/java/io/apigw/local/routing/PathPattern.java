package io.apigw.local.routing;

import io.apigw.model.PathTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A compiled path template: its segments, and matching against a request's decoded segments. */
final class PathPattern implements Comparable<PathPattern> {
  private final String template;
  private final List<SegmentPattern> segments;

  private PathPattern(String template, List<SegmentPattern> segments) {
    this.template = template;
    this.segments = segments;
  }

  static PathPattern of(PathTemplate template) {
    List<SegmentPattern> segments = new ArrayList<>();
    for (PathTemplate.Segment segment : template.segments()) {
      if (segment instanceof PathTemplate.Param param) {
        segments.add(new ParamSegment(param.name()));
      } else if (segment instanceof PathTemplate.Greedy greedy) {
        segments.add(new GreedySegment(greedy.name()));
      } else {
        segments.add(new LiteralSegment(segment.text()));
      }
    }
    return new PathPattern(template.value(), List.copyOf(segments));
  }

  String template() {
    return template;
  }

  boolean isGreedy() {
    return !segments.isEmpty() && segments.get(segments.size() - 1) instanceof GreedySegment;
  }

  /**
   * The path parameters (taken from {@code values}) when the whole path matches, else null.
   *
   * @param path the decoded segments, compared with literal segments
   * @param values the segments the parameters take their values from (decoded or raw)
   */
  Map<String, String> match(List<String> path, List<String> values) {
    Map<String, String> parameters = null;
    int i = 0;
    for (SegmentPattern segment : segments) {
      if (segment instanceof GreedySegment greedy) {
        if (i >= path.size()) {
          return null;
        }
        parameters =
            put(parameters, greedy.name(), String.join("/", values.subList(i, values.size())));
        return parameters == null ? Map.of() : parameters;
      }
      if (i >= path.size()) {
        return null;
      }
      String actual = path.get(i);
      String value = values.get(i++);
      if (segment instanceof LiteralSegment literal) {
        if (!literal.text().equals(actual)) {
          return null;
        }
      } else if (segment instanceof ParamSegment param) {
        if (actual.isEmpty()) {
          return null;
        }
        parameters = put(parameters, param.name(), value);
      }
    }
    if (i != path.size()) {
      return null;
    }
    return parameters == null ? Map.of() : parameters;
  }

  private static Map<String, String> put(Map<String, String> map, String name, String value) {
    Map<String, String> out = map == null ? new LinkedHashMap<>() : map;
    out.put(name, value);
    return out;
  }

  /** More specific patterns sort first. */
  @Override
  public int compareTo(PathPattern other) {
    int shared = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < shared; i++) {
      int difference = segments.get(i).specificity() - other.segments.get(i).specificity();
      if (difference != 0) {
        return difference;
      }
    }
    return Integer.compare(other.segments.size(), segments.size());
  }

  @Override
  public String toString() {
    return template;
  }
}
