package io.apigw.lint;

import java.util.List;

/** The documentation of the rules, written from the rules themselves and their examples. */
public final class RuleDocs {
  private RuleDocs() {}

  /** The page {@code docs/rules/ID.md}. */
  public static String page(Rule rule) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(rule.id()).append(": ").append(rule.summary()).append("\n\n");
    md.append("Default severity: **")
        .append(rule.severity().label())
        .append("**")
        .append(rule.recommended() ? " (in `recommended`)" : " (only in `all`)")
        .append(". Area: ")
        .append(area(rule.id()))
        .append(".\n\n");
    md.append("## What it finds\n\n").append(rule.doc().what().strip()).append("\n\n");
    md.append("## Why\n\n").append(rule.doc().why().strip()).append("\n\n");
    Examples.bad(rule.id())
        .ifPresent(
            bad -> {
              md.append("## Bad\n\n").append(fence(bad));
              List<String> expected = Examples.expected(rule.id());
              if (!expected.isEmpty()) {
                md.append("\n`apigw lint` reports (line:column):\n\n```\n");
                expected.forEach(line -> md.append(line).append('\n'));
                md.append("```\n");
              }
              md.append('\n');
            });
    Examples.good(rule.id())
        .ifPresent(good -> md.append("## Good\n\n").append(fence(good)).append('\n'));
    md.append("## Source\n\n").append(rule.doc().source().strip()).append("\n\n");
    md.append("## Turning it off\n\n")
        .append("In `.apigw-lint.yaml`: `rules: { ")
        .append(rule.id())
        .append(": off }`. For one element of a DSL file: `# apigw-lint-disable ")
        .append(rule.id())
        .append("` on the line before it; in OpenAPI: `x-apigw-lint-ignore: [")
        .append(rule.id())
        .append("]` in the object.\n");
    return md.toString();
  }

  /** {@code docs/rules/README.md}: every rule, one line each. */
  public static String index(List<Rule> rules) {
    StringBuilder md = new StringBuilder();
    md.append("# apigw lint rules\n\n")
        .append("Generated from the rules (`RuleDocsTest` regenerates this folder with")
        .append(" `-Dapigw.lint.regenerate=true`); do not edit by hand. ")
        .append(rules.size())
        .append(" rules. The letter of an id is its default severity (E error, W warning,")
        .append(" I info), the first digit its area.\n\n");
    md.append("| id | area | summary | recommended |\n|---|---|---|---|\n");
    for (Rule rule : rules) {
      md.append("| [")
          .append(rule.id())
          .append("](")
          .append(rule.id())
          .append(".md) | ")
          .append(area(rule.id()))
          .append(" | ")
          .append(rule.summary().replace("|", "\\|"))
          .append(" | ")
          .append(rule.recommended() ? "yes" : "no")
          .append(" |\n");
    }
    return md.toString();
  }

  /** The area a rule id's first digit names. */
  public static String area(String id) {
    return switch (id.length() > 1 ? id.charAt(1) : '0') {
      case '1' -> "structure";
      case '2' -> "routes";
      case '3' -> "endpoint types";
      case '4' -> "authorizers";
      case '5' -> "API keys and usage plans";
      case '6' -> "integrations";
      case '7' -> "stages and logging";
      case '8' -> "security";
      default -> "other";
    };
  }

  private static final int SHOWN_LINES = 25;
  private static final int SHOWN_CHARS = 3_000;

  /** The example in a fence; a long one (a size limit's) is cut, saying how much is left out. */
  private static String fence(Examples.Example example) {
    String text = example.text();
    String note = "";
    long lines = text.lines().count();
    if (lines > SHOWN_LINES || text.length() > SHOWN_CHARS) {
      StringBuilder head = new StringBuilder();
      text.lines()
          .limit(SHOWN_LINES)
          .forEach(
              line ->
                  head.append(line.length() > 120 ? line.substring(0, 120) + " ..." : line)
                      .append('\n'));
      note =
          "\n(The first lines of "
              + lines
              + " lines, "
              + String.format(java.util.Locale.ROOT, "%,d", text.length())
              + " characters in all.)\n";
      text = head.toString();
    }
    return "```"
        + example.language()
        + "\n"
        + text
        + (text.endsWith("\n") ? "" : "\n")
        + "```\n"
        + note;
  }
}
