package io.apigw.model;

/** Conversion between binary and text payloads for REST integrations. */
public enum ContentHandling {
  CONVERT_TO_TEXT,
  CONVERT_TO_BINARY
}
