package io.apigw.model;

/** The three kinds of API that API Gateway offers. */
public enum Protocol {
  /** REST API (API Gateway v1). */
  REST,
  /** HTTP API (API Gateway v2). */
  HTTP,
  /** WebSocket API (API Gateway v2). */
  WEBSOCKET
}
