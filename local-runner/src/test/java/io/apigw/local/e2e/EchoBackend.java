package io.apigw.local.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A real HTTP backend on a loopback port for integration tests: answers with what it received
 * (method, path, query, headers, body) as JSON; {@code /slow/N} waits N ms first; {@code /status/N}
 * answers status N.
 */
final class EchoBackend implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;

  EchoBackend() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getRawPath();
          ObjectNode echo = JSON.createObjectNode();
          echo.put("method", exchange.getRequestMethod());
          echo.put("path", path);
          echo.put("query", exchange.getRequestURI().getRawQuery());
          ObjectNode headers = echo.putObject("headers");
          for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            headers.put(header.getKey().toLowerCase(), String.join(",", header.getValue()));
          }
          echo.put(
              "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          int status = 200;
          if (path.startsWith("/slow/")) {
            try {
              Thread.sleep(Long.parseLong(path.substring("/slow/".length())));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          } else if (path.startsWith("/status/")) {
            status = Integer.parseInt(path.substring("/status/".length()));
          }
          byte[] body = JSON.writeValueAsBytes(echo);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("X-Backend", "echo");
          exchange.getResponseHeaders().add("Server", "echo/1.0");
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
