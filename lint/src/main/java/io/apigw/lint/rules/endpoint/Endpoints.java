package io.apigw.lint.rules.endpoint;

import com.fasterxml.jackson.core.JsonPointer;
import io.apigw.lint.LintInput;
import io.apigw.model.SourceRange;

/** Positions the model does not keep, shared by this area's rules. */
final class Endpoints {
  private static final String POLICY = "x-amazon-apigateway-policy";

  private Endpoints() {}

  /** Where the endpoint type was said, or where the API was declared. */
  static SourceRange endpointAt(LintInput input) {
    SourceRange at = input.api().endpoint().source();
    return at.isKnown() ? at : input.apiAt();
  }

  /**
   * Where the resource policy was written: its OpenAPI member, or the DSL's {@code policy} line
   * (the model keeps no position for the policy), else the API.
   */
  static SourceRange policyAt(LintInput input) {
    if (input.document() != null) {
      if (input.document().root().has(POLICY)) {
        SourceRange at = input.document().at(JsonPointer.empty().appendProperty(POLICY));
        if (at.isKnown()) {
          return at;
        }
      }
      return input.apiAt();
    }
    int line = 0;
    for (String text : input.text().split("\n", -1)) {
      line++;
      if (text.startsWith("policy")
          && (text.length() == 6 || Character.isWhitespace(text.charAt(6)))) {
        return SourceRange.of(input.file(), line, 1);
      }
    }
    return input.apiAt();
  }
}
