package io.apigw.lint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.lint.Finding;
import io.apigw.lint.Rule;
import io.apigw.model.Severity;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning and most CI dashboards read: one run, the
 * tool with every rule that ran, and one result per finding.
 */
public final class SarifReporter implements Reporter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final List<Rule> rules;
  private final String version;

  /**
   * @param rules the rules that ran, described in the run's tool
   * @param version apigw's version
   */
  public SarifReporter(List<Rule> rules, String version) {
    this.rules = List.copyOf(rules);
    this.version = version;
  }

  @Override
  public void report(List<FileReport> files, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "apigw");
    driver.put("version", version);
    ArrayNode ruleList = driver.putArray("rules");
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Rule rule : rules) {
      index.put(rule.id(), index.size());
      ObjectNode r = ruleList.addObject();
      r.put("id", rule.id());
      r.put("name", rule.getClass().getSimpleName());
      r.putObject("shortDescription").put("text", rule.summary());
      r.putObject("fullDescription").put("text", rule.doc().what().strip());
      r.putObject("help")
          .put("text", rule.doc().why().strip() + " (apigw lint --explain " + rule.id() + ")");
      r.putObject("defaultConfiguration").put("level", level(rule.severity()));
    }
    ArrayNode results = run.putArray("results");
    for (FileReport file : files) {
      for (Finding f : file.findings()) {
        if (!index.containsKey(f.ruleId())) {
          // A reader's diagnostic: described as a rule of its own so every result has one.
          index.put(f.ruleId(), index.size());
          ObjectNode r = ruleList.addObject();
          r.put("id", f.ruleId());
          r.putObject("shortDescription").put("text", "reader diagnostic " + f.ruleId());
        }
        ObjectNode result = results.addObject();
        result.put("ruleId", f.ruleId());
        result.put("ruleIndex", index.get(f.ruleId()));
        result.put("level", level(f.severity()));
        result
            .putObject("message")
            .put("text", f.message() + (f.hint() == null ? "" : " (" + f.hint() + ")"));
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical
            .putObject("artifactLocation")
            .put("uri", uri(f.at().file().isEmpty() ? file.file() : f.at().file()));
        ObjectNode region = physical.putObject("region");
        region.put("startLine", Math.max(1, f.at().line()));
        region.put("startColumn", Math.max(1, f.at().column()));
      }
    }
    try {
      out.println(JSON.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    out.flush();
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** A file name as a relative URI reference: forward slashes, anything unsafe escaped. */
  static String uri(String file) {
    String path = file.replace('\\', '/');
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }
}
