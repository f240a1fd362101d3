package io.apigw.model;

/**
 * Access logging of a stage: where to (a CloudWatch Logs group or Firehose ARN) and in what format
 * (a line of {@code $context} variables).
 */
public record AccessLog(SourceRange source, String destinationArn, String format) {
  public AccessLog {
    source = SourceRange.orNone(source);
  }
}
