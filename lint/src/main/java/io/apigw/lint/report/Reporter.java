package io.apigw.lint.report;

import java.io.PrintWriter;
import java.util.List;

/** Prints the findings of a lint run in one format. */
public interface Reporter {
  void report(List<FileReport> files, PrintWriter out);
}
