package io.apigw.model;

/** Where an API's endpoint lives. HTTP and WebSocket APIs are always REGIONAL. */
public enum EndpointType {
  EDGE,
  REGIONAL,
  PRIVATE
}
