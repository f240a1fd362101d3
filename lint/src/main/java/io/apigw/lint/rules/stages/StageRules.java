package io.apigw.lint.rules.stages;

import io.apigw.lint.Rule;
import java.util.List;

/** The rules of this area, in id order. */
public final class StageRules {
  private StageRules() {}

  public static List<Rule> all() {
    return List.of(
        new NoAccessLogging(),
        new ExecutionLoggingOff(),
        new TracingOff(),
        new NoThrottling(),
        new InvalidStageName(),
        new CacheDataNotEncrypted(),
        new CanaryPercentOutOfRange(),
        new CacheTtlOutOfRange(),
        new FullRequestLogging(),
        new AccessLogFormatInvalid(),
        new CachingWithoutCacheCluster(),
        new SettingNotForProtocol(),
        new InvalidStageVariable());
  }
}
