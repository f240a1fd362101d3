package io.apigw.model;

/**
 * Where a method request parameter is read from; the words API Gateway's mapping expressions use.
 */
public enum ParamLocation {
  PATH("path"),
  QUERY("querystring"),
  HEADER("header");

  private final String mappingName;

  ParamLocation(String mappingName) {
    this.mappingName = mappingName;
  }

  /** The word in {@code method.request.<word>.<name>}. */
  public String mappingName() {
    return mappingName;
  }
}
