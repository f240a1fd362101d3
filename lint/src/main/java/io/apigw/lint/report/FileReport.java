package io.apigw.lint.report;

import io.apigw.lint.Finding;
import java.util.List;

/** The findings of one linted file. */
public record FileReport(String file, List<Finding> findings) {
  public FileReport {
    findings = List.copyOf(findings);
  }
}
