package io.apigw.lint.rules.stages;

import io.apigw.lint.LintInput;
import io.apigw.model.MethodSetting;
import io.apigw.model.SourceRange;
import io.apigw.model.Stage;
import java.math.BigDecimal;

/**
 * Small helpers the stage rules share: where to point, how to word a hint, how to show a number.
 */
final class Guide {
  private Guide() {}

  /** The source line of a rule: the guide page's title and file, and its URL. */
  static String source(String title, String page) {
    return io.apigw.lint.Guides.source(title, page);
  }

  /** The hint in the words of the definition's format. */
  static String hint(LintInput input, String dsl, String openApi) {
    return io.apigw.lint.Guides.hint(input, dsl, openApi);
  }

  /** Where a setting was written, or its stage when that is unknown. */
  static SourceRange at(MethodSetting setting, Stage stage) {
    return setting != null && setting.source().isKnown() ? setting.source() : stage.source();
  }

  /** {@code the stage `prod`} or {@code `GET /pets` on stage `prod`}. */
  static String what(MethodSetting setting, Stage stage) {
    return setting == null || setting.appliesToAllRoutes()
        ? "stage `" + stage.name() + "`"
        : "`" + setting.route() + "` on stage `" + stage.name() + "`";
  }

  /** {@code 12.5}, {@code 10} (no {@code .0}), {@code NaN}. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
