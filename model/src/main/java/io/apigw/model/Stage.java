package io.apigw.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stage the API is deployed to.
 *
 * @param variables stage variables, usable as {@code ${stageVariables.name}}
 * @param settings method settings for all routes ({@code *}) and for single routes
 * @param cacheClusterEnabled REST: whether the stage has a cache cluster
 * @param cacheClusterSize REST: cache size in GB, such as {@code 0.5}
 * @param accessLog access logging, or null when off
 * @param tracing REST: X-Ray tracing
 * @param canary canary settings, or null
 * @param autoDeploy HTTP/WebSocket: deploy every change automatically
 * @param webAclArn REST: the ARN of the AWS WAF web ACL associated with the stage, or null
 */
public record Stage(
    SourceRange source,
    String name,
    String description,
    Map<String, String> variables,
    List<MethodSetting> settings,
    Boolean cacheClusterEnabled,
    String cacheClusterSize,
    AccessLog accessLog,
    Boolean tracing,
    Canary canary,
    Boolean autoDeploy,
    Map<String, String> tags,
    String webAclArn) {

  /** The name of the HTTP API stage that is served without a path prefix. */
  public static final String DEFAULT = "$default";

  public Stage {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(name, "name");
    variables = Copy.map(variables);
    settings = Copy.list(settings);
    tags = Copy.map(tags);
  }

  /** The settings that apply to every route, if any. */
  public Optional<MethodSetting> defaults() {
    return settings.stream().filter(MethodSetting::appliesToAllRoutes).findFirst();
  }

  /** The settings for one route key such as {@code GET /pets}, if any. */
  public Optional<MethodSetting> settingsFor(String routeKey) {
    return settings.stream().filter(s -> s.route().equals(routeKey)).findFirst();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds a {@link Stage}. */
  public static final class Builder {
    private SourceRange source = SourceRange.NONE;
    private String name;
    private String description;
    private Map<String, String> variables = new LinkedHashMap<>();
    private List<MethodSetting> settings = new ArrayList<>();
    private Boolean cacheClusterEnabled;
    private String cacheClusterSize;
    private AccessLog accessLog;
    private Boolean tracing;
    private Canary canary;
    private Boolean autoDeploy;
    private Map<String, String> tags = new LinkedHashMap<>();
    private String webAclArn;

    private Builder(String name) {
      this.name = name;
    }

    private Builder(Stage from) {
      source = from.source;
      name = from.name;
      description = from.description;
      variables = new LinkedHashMap<>(from.variables);
      settings = new ArrayList<>(from.settings);
      cacheClusterEnabled = from.cacheClusterEnabled;
      cacheClusterSize = from.cacheClusterSize;
      accessLog = from.accessLog;
      tracing = from.tracing;
      canary = from.canary;
      autoDeploy = from.autoDeploy;
      tags = new LinkedHashMap<>(from.tags);
      webAclArn = from.webAclArn;
    }

    public Builder source(SourceRange value) {
      source = value;
      return this;
    }

    public Builder name(String value) {
      name = value;
      return this;
    }

    public Builder description(String value) {
      description = value;
      return this;
    }

    public Builder variables(Map<String, String> value) {
      variables = new LinkedHashMap<>(value);
      return this;
    }

    public Builder variable(String key, String value) {
      variables.put(key, value);
      return this;
    }

    public Builder settings(List<MethodSetting> value) {
      settings = new ArrayList<>(value);
      return this;
    }

    public Builder setting(MethodSetting value) {
      settings.add(value);
      return this;
    }

    public Builder cacheClusterEnabled(Boolean value) {
      cacheClusterEnabled = value;
      return this;
    }

    public Builder cacheClusterSize(String value) {
      cacheClusterSize = value;
      return this;
    }

    public Builder accessLog(AccessLog value) {
      accessLog = value;
      return this;
    }

    public Builder tracing(Boolean value) {
      tracing = value;
      return this;
    }

    public Builder canary(Canary value) {
      canary = value;
      return this;
    }

    public Builder autoDeploy(Boolean value) {
      autoDeploy = value;
      return this;
    }

    public Builder tags(Map<String, String> value) {
      tags = new LinkedHashMap<>(value);
      return this;
    }

    public Builder webAclArn(String value) {
      webAclArn = value;
      return this;
    }

    public Stage build() {
      return new Stage(
          source,
          name,
          description,
          variables,
          settings,
          cacheClusterEnabled,
          cacheClusterSize,
          accessLog,
          tracing,
          canary,
          autoDeploy,
          tags,
          webAclArn);
    }
  }
}
