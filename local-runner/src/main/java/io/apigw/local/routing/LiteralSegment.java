package io.apigw.local.routing;

/** A literal segment such as {@code pets}: matches exactly that text (after percent-decoding). */
record LiteralSegment(String text) implements SegmentPattern {
  @Override
  public int specificity() {
    return 0;
  }
}
