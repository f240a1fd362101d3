package io.apigw.local.gateway;

import io.apigw.local.http.Request;
import io.apigw.local.routing.RouteMatch;
import io.apigw.model.Stage;
import java.util.List;

/**
 * One request on its way through the gateway: what arrived, and what the stages found out about it
 * so far. Each stage fills in its part; only the gateway's own thread of the request touches it.
 */
public final class Exchange {
  private final Request request;
  private final String requestId;
  private final long startNanos = System.nanoTime();
  private Stage stage;
  private List<String> path;
  private RouteMatch match;
  private RequestContext context;
  private long integrationLatencyMillis = -1;
  private int integrationStatus = -1;
  private String errorMessage;

  public Exchange(Request request, String requestId) {
    this.request = request;
    this.requestId = requestId;
  }

  public Request request() {
    return request;
  }

  public String requestId() {
    return requestId;
  }

  public long startNanos() {
    return startNanos;
  }

  /** The stage the request was sent to, once known. */
  public Stage stage() {
    return stage;
  }

  /** The request's path below the stage, percent-decoded, once the stage is known. */
  public List<String> path() {
    return path;
  }

  void stage(Stage value, List<String> pathBelowStage) {
    stage = value;
    path = pathBelowStage;
  }

  public RouteMatch match() {
    return match;
  }

  void match(RouteMatch value) {
    match = value;
  }

  public RequestContext context() {
    return context;
  }

  void context(RequestContext value) {
    context = value;
  }

  public long integrationLatencyMillis() {
    return integrationLatencyMillis;
  }

  public int integrationStatus() {
    return integrationStatus;
  }

  /** Records how the integration went, for the access log. */
  public void integration(long latencyMillis, int status) {
    integrationLatencyMillis = latencyMillis;
    integrationStatus = status;
  }

  public String errorMessage() {
    return errorMessage;
  }

  public void errorMessage(String value) {
    errorMessage = value;
  }
}
