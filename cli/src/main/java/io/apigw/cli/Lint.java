package io.apigw.cli;

import io.apigw.lint.Finding;
import io.apigw.lint.LintConfig;
import io.apigw.lint.LintConfigException;
import io.apigw.lint.LintInput;
import io.apigw.lint.Linter;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDocs;
import io.apigw.lint.Rules;
import io.apigw.lint.report.FileReport;
import io.apigw.lint.report.GithubReporter;
import io.apigw.lint.report.JsonReporter;
import io.apigw.lint.report.Reporter;
import io.apigw.lint.report.SarifReporter;
import io.apigw.lint.report.TextReporter;
import io.apigw.model.Severity;
import io.apigw.openapi.ApiFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code apigw lint}: API Gateway's own rules over definitions, for pre-commit hooks and CI. */
@Command(
    name = "lint",
    description = {
      "Check definitions against API Gateway's rules: what fails a deploy, what leaves",
      "an API open, what AWS's guide warns about. Exit 1 when a finding reaches",
      "--fail-severity, 2 when a file cannot be read.",
    },
    mixinStandardHelpOptions = true)
final class Lint implements Callable<Integer> {
  enum Format {
    text,
    json,
    sarif,
    github
  }

  enum Color {
    auto,
    always,
    never
  }

  @Spec CommandSpec spec;

  @Mixin SpecMixin reading;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "DSL or OpenAPI files.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--fail-severity",
      defaultValue = "error",
      paramLabel = "LEVEL",
      description =
          "Exit 1 when a finding is this severe or worse: error, warning, info"
              + " (default: ${DEFAULT-VALUE}).")
  String failSeverity;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Lint configuration; default: the nearest " + LintConfig.FILE_NAME + " upwards.")
  Path config;

  @Option(
      names = "--color",
      defaultValue = "auto",
      description = "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Color color;

  @Option(names = "--list-rules", description = "List every rule and stop.")
  boolean listRules;

  @Option(names = "--explain", paramLabel = "ID", description = "Explain one rule and stop.")
  String explain;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (listRules) {
      for (Rule rule : Rules.all()) {
        out.printf(
            "%s  %-7s  %-18s  %s%s%n",
            rule.id(),
            rule.severity().label(),
            RuleDocs.area(rule.id()),
            rule.summary(),
            rule.recommended() ? "" : "  (only in `all`)");
      }
      out.flush();
      return ExitCode.OK;
    }
    if (explain != null) {
      Rule rule =
          Rules.byId(explain)
              .orElseThrow(
                  () ->
                      new UserError(
                          "no rule is called `"
                              + explain
                              + "` (`apigw lint --list-rules` lists them)"));
      out.print(RuleDocs.page(rule));
      out.flush();
      return ExitCode.OK;
    }
    if (files.isEmpty()) {
      throw new UserError("lint needs at least one FILE (or --list-rules, --explain ID)");
    }
    Severity threshold = severity(failSeverity);
    Definitions definitions = new Definitions(reading);
    Map<Path, LintConfig> configs = new HashMap<>();
    List<FileReport> reports = new ArrayList<>();
    int code = ExitCode.OK;
    for (Path file : files) {
      LintConfig lintConfig = configFor(file, configs);
      if (lintConfig.ignores(file)) {
        continue;
      }
      ApiFiles.Loaded loaded = definitions.load(file);
      if (loaded.parsed().value() == null || loaded.parsed().hasErrors()) {
        definitions.print(loaded.parsed().diagnostics(), err);
        err.printf("%s: %s%n", file, Definitions.summary(loaded.parsed().diagnostics()));
        err.flush();
        code = Math.max(code, Definitions.exitCode(loaded.parsed().diagnostics()));
        continue;
      }
      LintInput input =
          new LintInput(
              loaded.fileName(), loaded.text(), loaded.parsed().value(), loaded.document());
      List<Finding> findings = Linter.of(lintConfig).lint(input, loaded.parsed().diagnostics());
      reports.add(new FileReport(loaded.fileName(), findings));
      if (findings.stream().anyMatch(f -> f.severity().atLeast(threshold))) {
        code = Math.max(code, ExitCode.FINDINGS);
      }
    }
    reporter().report(reports, out);
    return code;
  }

  private Reporter reporter() {
    return switch (format) {
      case text -> new TextReporter(colour());
      case json -> new JsonReporter();
      case sarif -> new SarifReporter(Rules.all(), Version.current());
      case github -> new GithubReporter();
    };
  }

  private boolean colour() {
    return switch (color) {
      case always -> true;
      case never -> false;
      case auto ->
          System.console() != null
              && System.getenv("NO_COLOR") == null
              && !"dumb".equals(System.getenv("TERM"));
    };
  }

  private LintConfig configFor(Path file, Map<Path, LintConfig> cache) throws IOException {
    Path configFile = config != null ? config : LintConfig.find(file).orElse(null);
    if (configFile == null) {
      return LintConfig.recommended();
    }
    LintConfig known = cache.get(configFile);
    if (known != null) {
      return known;
    }
    try {
      LintConfig read = LintConfig.read(configFile, id -> Rules.byId(id).isPresent());
      cache.put(configFile, read);
      return read;
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UserError(configFile + ": no such file");
    } catch (LintConfigException e) {
      throw new UserError(e.file() + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
    }
  }

  private static Severity severity(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "error" -> Severity.ERROR;
      case "warning", "warn" -> Severity.WARNING;
      case "info" -> Severity.INFO;
      default ->
          throw new UserError("--fail-severity is error, warning or info, not `" + text + "`");
    };
  }
}
