package io.apigw.lint.rules.security;

import io.apigw.lint.LintInput;
import io.apigw.model.MethodSetting;
import io.apigw.model.SourceRange;
import io.apigw.model.Stage;

/** Small helpers the security rules share. */
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

  static SourceRange at(SourceRange own, SourceRange fallback) {
    return own != null && own.isKnown() ? own : fallback;
  }

  /** Where a setting was written, or its stage when that is unknown. */
  static SourceRange at(MethodSetting setting, Stage stage) {
    return at(setting == null ? null : setting.source(), stage.source());
  }

  /**
   * Where the resource policy was written: its OpenAPI member, the DSL `policy` line, or the API.
   */
  static SourceRange policyAt(LintInput input) {
    if (input.document() != null) {
      var root = input.document().root();
      if (root != null && root.has(POLICY)) {
        return at(
            input.document().at(com.fasterxml.jackson.core.JsonPointer.compile("/" + POLICY)),
            input.apiAt());
      }
      return input.apiAt();
    }
    String text = input.text();
    int line = 1;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (text.startsWith("policy", start)
          && (start + 6 == end || Character.isWhitespace(text.charAt(start + 6)))) {
        return SourceRange.of(input.file(), line, 1);
      }
      start = end + 1;
      line++;
    }
    return input.apiAt();
  }

  static final String POLICY = "x-amazon-apigateway-policy";
}
