package io.apigw.local.integration;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pooled HTTP client for each event loop that calls a backend. A client's connections are made on
 * the loop that needs them, so a proxied request is read, sent on and answered on one thread: one
 * client shared by every loop lends a connection of one loop to a request of another, and every
 * such request then crosses threads twice and contends for the one pool's lock.
 */
final class LoopClients implements AutoCloseable {
  private final Vertx vertx;
  private final HttpClientOptions options;
  private final PoolOptions pool;

  /** The key of the client that callers off the event loops share. */
  private static final Object OFF_LOOP = new Object();

  private final ConcurrentHashMap<Object, HttpClientAgent> clients = new ConcurrentHashMap<>();

  LoopClients(Vertx vertx, HttpClientOptions options, PoolOptions pool) {
    this.vertx = vertx;
    this.options = options;
    this.pool = pool;
  }

  /** The client of the calling event loop; callers off the loops share one. */
  HttpClientAgent current() {
    Object key = Context.isOnEventLoopThread() ? Thread.currentThread() : OFF_LOOP;
    HttpClientAgent client = clients.get(key);
    return client != null
        ? client
        : clients.computeIfAbsent(key, k -> vertx.createHttpClient(options, pool));
  }

  @Override
  public void close() {
    clients.values().forEach(HttpClientAgent::close);
    clients.clear();
  }
}
