package io.apigw.local.integration;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ${stageVariables.name}} references in integration URIs and function names. */
public final class StageVariables {
  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\{stageVariables\\.([A-Za-z0-9_]+)}");

  private StageVariables() {}

  /** The text with every reference replaced by the variable's value (empty when unset). */
  public static String substitute(String text, Map<String, String> variables) {
    if (text == null || text.indexOf("${stageVariables.") < 0) {
      return text;
    }
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = variables.getOrDefault(matcher.group(1), "");
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
