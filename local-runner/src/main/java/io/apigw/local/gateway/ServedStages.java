package io.apigw.local.gateway;

import io.apigw.model.Api;
import io.apigw.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which stages the local gateway serves and under which path. URLs follow AWS: {@code
 * /{stage}/path} for named stages, no prefix for an HTTP API's {@code $default} stage; with no
 * prefix asked for, one stage is served at the root. An API without stages gets a {@code $default}
 * one, served at the root.
 */
public final class ServedStages {
  private final List<Stage> stages;
  private final boolean prefixed;

  private ServedStages(List<Stage> stages, boolean prefixed) {
    this.stages = List.copyOf(stages);
    this.prefixed = prefixed;
  }

  /**
   * @param only the one stage to serve, or null for all of them
   * @param prefixed false to serve one stage at the root
   * @throws IllegalArgumentException when {@code only} names no stage of the API
   */
  public static ServedStages of(Api api, String only, boolean prefixed) {
    List<Stage> stages = new ArrayList<>(api.stages());
    if (stages.isEmpty()) {
      stages.add(Stage.builder(Stage.DEFAULT).build());
    }
    if (only != null) {
      List<Stage> all = stages;
      Stage chosen =
          all.stream()
              .filter(s -> s.name().equals(only))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the API has no stage `" + only + "`; it has " + names(all)));
      stages = List.of(chosen);
    }
    return new ServedStages(stages, prefixed);
  }

  public List<Stage> stages() {
    return stages;
  }

  /** The path prefix a stage is served under: {@code /prod}, or empty. */
  public String prefix(Stage stage) {
    if (!prefixed || stage.name().equals(Stage.DEFAULT)) {
      return "";
    }
    return "/" + stage.name();
  }

  /** The stage a request's path goes to, and how many leading segments name it. */
  Optional<Selected> select(List<String> segments) {
    if (!prefixed) {
      return Optional.of(new Selected(stages.get(0), 0));
    }
    if (!segments.isEmpty()) {
      for (Stage stage : stages) {
        if (!stage.name().equals(Stage.DEFAULT) && stage.name().equals(segments.get(0))) {
          return Optional.of(new Selected(stage, 1));
        }
      }
    }
    for (Stage stage : stages) {
      if (stage.name().equals(Stage.DEFAULT)) {
        return Optional.of(new Selected(stage, 0));
      }
    }
    return Optional.empty();
  }

  record Selected(Stage stage, int segments) {}

  private static String names(List<Stage> stages) {
    return stages.stream().map(s -> "`" + s.name() + "`").toList().toString();
  }
}
