package io.apigw.model;

/** Execution logging level of a stage or method. */
public enum LoggingLevel {
  OFF,
  ERROR,
  INFO
}
