package io.apigw.openapi;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Jackson's minimal quoting, plus quotes around what YAML readers (PyYAML in cfn-lint and the SAM
 * CLI among them) take for numbers, dates or times ({@code 2024-01-01}, {@code 12:30}, {@code
 * 0o17}) and around line separators that plain scalars would lose.
 */
public final class YamlQuoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || risky(value);
  }

  @Override
  public boolean needToQuoteName(String name) {
    return super.needToQuoteName(name) || risky(name);
  }

  private static boolean risky(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    if (Character.isDigit(first) || first == '+' || first == '-' || first == '.') {
      return value.length() > 1 || Character.isDigit(first);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
        return true;
      }
    }
    return value.equals("=") || value.equals("<<");
  }
}
