package io.apigw.local.routing;

/**
 * One segment of a route's path template; each kind is a class of its own. Specificity decides
 * between templates that all match: literal beats parameter beats greedy, segment by segment from
 * the left.
 */
sealed interface SegmentPattern permits LiteralSegment, ParamSegment, GreedySegment {
  /** 0 for the most specific kind. */
  int specificity();
}
