package io.apigw.deployers.deploy;

import io.apigw.model.Api;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;
import java.util.List;

/**
 * The stage a definition without stages is deployed to, in every mode: an API needs a stage to be
 * callable, and this is the one API Gateway's consoles suggest ({@code $default}, auto-deployed,
 * for HTTP APIs; {@code prod} otherwise).
 */
public final class DefaultStage {
  private DefaultStage() {}

  /** The definition's stages, or the default one when it has none. */
  public static List<Stage> of(Api api) {
    if (!api.stages().isEmpty()) {
      return api.stages();
    }
    return List.of(
        api.protocol() == Protocol.HTTP
            ? Stage.builder(Stage.DEFAULT).autoDeploy(true).build()
            : Stage.builder("prod").build());
  }

  /** The definition, given the default stage when it has none. */
  public static Api applied(Api api) {
    return api.stages().isEmpty() ? api.toBuilder().stages(of(api)).build() : api;
  }
}
