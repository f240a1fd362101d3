package io.apigw.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.apigw.model.Severity;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which rules run and how severe their findings are, as {@code .apigw-lint.yaml} says:
 *
 * <pre>
 * extends: recommended      # or: all
 * rules:
 *   W7001: off              # or: error, warning, info
 * ignore:
 *   - generated/**          # globs, relative to the configuration file's folder
 * </pre>
 *
 * @param extendsAll true for {@code extends: all}, false for {@code recommended}
 * @param rules per-rule severity; an empty value means {@code off}
 * @param ignore globs of files not to lint
 * @param base the folder the globs are relative to, or null
 * @param file the configuration file, or null for the defaults
 */
public record LintConfig(
    boolean extendsAll,
    Map<String, Optional<Severity>> rules,
    List<String> ignore,
    Path base,
    Path file) {
  /** The name lint looks for, from a definition's folder upwards. */
  public static final String FILE_NAME = ".apigw-lint.yaml";

  public LintConfig {
    rules = Map.copyOf(rules);
    ignore = List.copyOf(ignore);
  }

  /** The recommended rules at their default severities. */
  public static LintConfig recommended() {
    return new LintConfig(false, Map.of(), List.of(), null, null);
  }

  /** The configuration a definition file is under: the nearest {@code .apigw-lint.yaml} upwards. */
  public static Optional<Path> find(Path definition) {
    Path folder = definition.toAbsolutePath().normalize().getParent();
    while (folder != null) {
      Path candidate = folder.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      folder = folder.getParent();
    }
    return Optional.empty();
  }

  /**
   * Reads a configuration file.
   *
   * @throws IOException when the file cannot be read
   * @throws LintConfigException when it is not a valid configuration, naming line and column
   */
  public static LintConfig read(Path file, java.util.function.Predicate<String> knownRule)
      throws IOException {
    String text = Files.readString(file);
    String name = file.toString();
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var loc = e.getLocation();
      throw new LintConfigException(
          name,
          loc == null ? 1 : loc.getLineNr(),
          loc == null ? 1 : loc.getColumnNr(),
          "not valid YAML: " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new LintConfig(false, Map.of(), List.of(), file.getParent(), file);
    }
    if (!root.isObject()) {
      throw new LintConfigException(name, 1, 1, "a lint configuration is a mapping");
    }
    boolean all = false;
    Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
    List<String> ignore = new ArrayList<>();
    for (var entry : root.properties()) {
      JsonNode value = entry.getValue();
      switch (entry.getKey()) {
        case "extends" -> {
          String text2 = value.asText();
          if (!text2.equals("recommended") && !text2.equals("all")) {
            throw new LintConfigException(
                name,
                lineOf(text, "extends"),
                1,
                "`extends` is `recommended` or `all`, not `" + text2 + "`");
          }
          all = text2.equals("all");
        }
        case "rules" -> {
          if (!value.isObject()) {
            throw new LintConfigException(
                name, lineOf(text, "rules"), 1, "`rules` maps rule ids to a severity or `off`");
          }
          for (var rule : value.properties()) {
            String id = rule.getKey();
            if (!knownRule.test(id)) {
              throw new LintConfigException(
                  name,
                  lineOf(text, id),
                  1,
                  "no rule is called `" + id + "` (`apigw lint --list-rules` lists them)");
            }
            String level =
                rule.getValue().isBoolean()
                    ? (rule.getValue().asBoolean() ? "on" : "off")
                    : rule.getValue().asText().toLowerCase(Locale.ROOT);
            rules.put(
                id,
                switch (level) {
                  case "off" -> Optional.empty();
                  case "error" -> Optional.of(Severity.ERROR);
                  case "warning", "warn" -> Optional.of(Severity.WARNING);
                  case "info" -> Optional.of(Severity.INFO);
                  default ->
                      throw new LintConfigException(
                          name,
                          lineOf(text, id),
                          1,
                          "rule `"
                              + id
                              + "`: `"
                              + level
                              + "` is not one of error, warning, info, off");
                });
          }
        }
        case "ignore" -> {
          for (JsonNode glob : value.isArray() ? value : List.of(value)) {
            ignore.add(glob.asText());
          }
        }
        default ->
            throw new LintConfigException(
                name,
                lineOf(text, entry.getKey()),
                1,
                "unknown key `" + entry.getKey() + "`: expected extends, rules or ignore");
      }
    }
    return new LintConfig(all, rules, ignore, file.getParent(), file);
  }

  /** Whether a rule runs, and at which severity; empty when it is off. */
  public Optional<Severity> severityOf(Rule rule) {
    Optional<Severity> set = rules.get(rule.id());
    if (set != null) {
      return set;
    }
    return extendsAll || rule.recommended() ? Optional.of(rule.severity()) : Optional.empty();
  }

  /** Whether a severity is configured for a reader diagnostic code; empty when it is off. */
  public Optional<Severity> severityOf(String code, Severity severity) {
    Optional<Severity> set = rules.get(code);
    return set != null ? set : Optional.of(severity);
  }

  /** Whether the file is under one of the {@code ignore} globs. */
  public boolean ignores(Path definition) {
    if (ignore.isEmpty() || base == null) {
      return false;
    }
    Path absolute = definition.toAbsolutePath().normalize();
    Path root = base.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      return false;
    }
    Path relative = root.relativize(absolute);
    for (String glob : ignore) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      if (matcher.matches(relative)) {
        return true;
      }
    }
    return false;
  }

  private static int lineOf(String text, String key) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String trimmed = lines[i].strip();
      if (trimmed.startsWith(key + ":")
          || trimmed.startsWith("\"" + key + "\":")
          || trimmed.startsWith("'" + key + "':")) {
        return i + 1;
      }
    }
    return 1;
  }
}
