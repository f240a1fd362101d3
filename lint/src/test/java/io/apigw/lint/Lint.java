package io.apigw.lint;

import io.apigw.model.Diagnostic;
import io.apigw.openapi.ApiFiles;
import io.apigw.openapi.OpenApi;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: read a definition's text as the CLI does and lint it. */
public final class Lint {
  private Lint() {}

  public static LintInput input(String fileName, String text) {
    ApiFiles.Loaded loaded = ApiFiles.of(fileName, text, OpenApi.ReaderOptions.defaults());
    if (loaded.parsed().value() == null || loaded.parsed().hasErrors()) {
      throw new AssertionError(
          fileName
              + " does not read: "
              + loaded.parsed().diagnostics().stream()
                  .filter(Diagnostic::isError)
                  .map(d -> d.at().line() + ":" + d.at().column() + " " + d.message())
                  .collect(Collectors.joining("; ")));
    }
    return new LintInput(fileName, text, loaded.parsed().value(), loaded.document());
  }

  public static List<Finding> run(Rule rule, String fileName, String text) {
    ApiFiles.Loaded loaded = ApiFiles.of(fileName, text, OpenApi.ReaderOptions.defaults());
    LintInput input = input(fileName, text);
    LintConfig all = new LintConfig(true, java.util.Map.of(), List.of(), null, null);
    return Linter.of(List.of(rule), all).lint(input, loaded.parsed().diagnostics()).stream()
        .filter(f -> f.ruleId().equals(rule.id()))
        .toList();
  }

  /** {@code line:col ID message}, the lines of a {@code bad.expected} file. */
  public static List<String> lines(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.at().line() + ":" + f.at().column() + " " + f.ruleId() + " " + f.message())
        .toList();
  }
}
