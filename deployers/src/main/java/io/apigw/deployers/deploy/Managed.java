package io.apigw.deployers.deploy;

import java.util.Map;

/**
 * How apigw recognises what it created: the tag {@value #TAG} on the API (and on its keys, usage
 * plans and stacks), whose value is the API's name in the definition. A second deploy finds the API
 * by name and this tag and updates it; {@code destroy} removes only what carries it.
 */
public final class Managed {
  public static final String TAG = "apigw";

  private Managed() {}

  public static boolean isManaged(Map<String, String> tags, String apiName) {
    return tags != null && apiName.equals(tags.get(TAG));
  }

  /** The invoke URL of a stage ({@code $default} has no path segment), as AWS builds it. */
  public static String invokeUrl(String apiId, String region, String stage, boolean websocket) {
    String scheme = websocket ? "wss" : "https";
    String base = scheme + "://" + apiId + ".execute-api." + region + ".amazonaws.com";
    return stage == null || stage.equals("$default") ? base + "/" : base + "/" + stage;
  }
}
