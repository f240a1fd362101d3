package io.apigw.lint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.lint.Finding;
import java.io.PrintWriter;
import java.util.List;

/**
 * One JSON object: {@code files} (each with its {@code findings}: rule, severity, file, line,
 * column, message, hint) and {@code summary} counts. Stable field order, for scripts.
 */
public final class JsonReporter implements Reporter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void report(List<FileReport> files, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("files");
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (FileReport file : files) {
      ObjectNode f = list.addObject();
      f.put("file", file.file());
      ArrayNode findings = f.putArray("findings");
      for (Finding finding : file.findings()) {
        ObjectNode n = findings.addObject();
        n.put("rule", finding.ruleId());
        n.put("severity", finding.severity().label());
        n.put("file", finding.at().file().isEmpty() ? file.file() : finding.at().file());
        n.put("line", finding.at().line());
        n.put("column", finding.at().column());
        n.put("message", finding.message());
        if (finding.hint() != null) {
          n.put("hint", finding.hint());
        }
        switch (finding.severity()) {
          case ERROR -> errors++;
          case WARNING -> warnings++;
          case INFO -> infos++;
        }
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", files.size());
    summary.put("errors", errors);
    summary.put("warnings", warnings);
    summary.put("infos", infos);
    try {
      out.println(JSON.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    out.flush();
  }
}
