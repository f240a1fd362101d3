package io.apigw.model;

import java.util.List;
import java.util.Objects;

/**
 * An API's endpoint configuration.
 *
 * @param type EDGE, REGIONAL or PRIVATE
 * @param vpcEndpointIds the VPC endpoints a PRIVATE API is reachable through
 * @param disableExecuteApiEndpoint true when clients must use a custom domain
 */
public record Endpoint(
    SourceRange source,
    EndpointType type,
    List<String> vpcEndpointIds,
    boolean disableExecuteApiEndpoint) {
  public Endpoint {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(type, "type");
    vpcEndpointIds = Copy.list(vpcEndpointIds);
  }

  public static Endpoint of(EndpointType type) {
    return new Endpoint(SourceRange.NONE, type, List.of(), false);
  }

  /** What API Gateway assumes when nothing is said: EDGE for REST, REGIONAL for the others. */
  public static Endpoint defaultFor(Protocol protocol) {
    return of(protocol == Protocol.REST ? EndpointType.EDGE : EndpointType.REGIONAL);
  }
}
