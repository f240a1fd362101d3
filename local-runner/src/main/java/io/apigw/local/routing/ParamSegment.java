package io.apigw.local.routing;

/** A path parameter such as {@code {petId}}: matches any one non-empty segment. */
record ParamSegment(String name) implements SegmentPattern {
  @Override
  public int specificity() {
    return 1;
  }
}
