package io.apigw.local.gateway;

import io.apigw.local.http.Response;
import io.apigw.local.routing.RouteMatch;
import io.apigw.local.routing.Router;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Finds the stage and the route, and what API Gateway then knows about the request (its {@link
 * RequestContext}). No stage or no route: the API's "not found" answer.
 */
final class RoutingStage implements GatewayStage {
  private final ServedStages stages;
  private final Router router;
  private final ContextFactory contexts;

  RoutingStage(ServedStages stages, Router router, ContextFactory contexts) {
    this.stages = stages;
    this.router = router;
    this.contexts = contexts;
  }

  @Override
  public CompletableFuture<Response> apply(Exchange exchange, Chain chain) {
    List<String> raw = rawSegments(exchange.request().path());
    List<String> segments = decoded(raw);
    Optional<ServedStages.Selected> selected = stages.select(segments);
    if (selected.isEmpty()) {
      throw new Rejection(
          GatewayError.NO_ROUTE, "no stage is served at " + exchange.request().path());
    }
    List<String> path = segments.subList(selected.get().segments(), segments.size());
    exchange.stage(selected.get().stage(), path);
    Optional<RouteMatch> match =
        router.match(
            exchange.request().method(), path, raw.subList(selected.get().segments(), raw.size()));
    if (match.isEmpty()) {
      throw new Rejection(
          GatewayError.NO_ROUTE,
          "no route for " + exchange.request().method() + " /" + String.join("/", path));
    }
    exchange.match(match.get());
    exchange.context(contexts.create(exchange));
    return chain.next(exchange);
  }

  /** The path's segments, percent-decoded; empty segments (a trailing slash) are dropped. */
  static List<String> segments(String rawPath) {
    return decoded(rawSegments(rawPath));
  }

  private static List<String> decoded(List<String> raw) {
    List<String> out = new ArrayList<>(raw.size());
    for (String segment : raw) {
      out.add(decode(segment));
    }
    return Collections.unmodifiableList(out);
  }

  /** The path's segments as sent; empty segments (a trailing slash) are dropped. */
  static List<String> rawSegments(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String segment : rawPath.split("/")) {
      if (!segment.isEmpty()) {
        out.add(segment);
      }
    }
    return out;
  }

  /** Percent-decoding of a path segment; unlike a query, {@code +} stays a plus. */
  static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    int i = 0;
    while (i < segment.length()) {
      char c = segment.charAt(i);
      if (c == '%' && i + 2 < segment.length()) {
        int high = Character.digit(segment.charAt(i + 1), 16);
        int low = Character.digit(segment.charAt(i + 2), 16);
        if (high >= 0 && low >= 0) {
          bytes.write(high * 16 + low);
          i += 3;
          continue;
        }
      }
      int codePoint = segment.codePointAt(i);
      bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
      i += Character.charCount(codePoint);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
