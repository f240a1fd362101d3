package io.apigw.local.routing;

/**
 * A greedy parameter such as {@code {proxy+}}: the last segment of a template, matching one or more
 * segments, so {@code /admin/{proxy+}} does not match {@code /admin} itself.
 */
record GreedySegment(String name) implements SegmentPattern {
  @Override
  public int specificity() {
    return 2;
  }
}
