package io.apigw.deployers.deploy;

import java.util.Map;

/**
 * Options of a direct deploy (API Gateway's own APIs, no CloudFormation). {@code stage} limits the
 * deploy to one stage of the definition (null: every stage); {@code execute=false} stops after the
 * plan; {@code yes} applies without asking; {@code tags} are added to what apigw creates, next to
 * its own {@link Managed#TAG}; {@code emulator} is true when an endpoint URL was given, for the few
 * workarounds an emulator needs (named where they are applied).
 */
public record DirectOptions(
    String stage, boolean execute, boolean yes, Map<String, String> tags, boolean emulator) {
  public DirectOptions {
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }

  public static DirectOptions defaults() {
    return new DirectOptions(null, true, true, Map.of(), false);
  }
}
