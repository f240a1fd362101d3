package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.Diagnostic;
import io.apigw.model.Parsed;
import io.apigw.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every shared fixture imports: a model or diagnostics, never an exception. */
class CorpusTest {
  @Test
  void everyFixtureImportsWithoutAnException() {
    List<Path> files = new ArrayList<>(Fixtures.files("aws-apigw"));
    files.addAll(Fixtures.files("openapi-corpus"));
    int clean = 0;
    int warnings = 0;
    int errors = 0;
    Map<String, Integer> codes = new TreeMap<>();
    long start = System.nanoTime();
    Path largest = null;
    long largestNanos = 0;
    for (Path file : files) {
      String text = Fixtures.text(file);
      long before = System.nanoTime();
      Parsed<Api> parsed = OpenApi.reader().read(file.toString(), text);
      long took = System.nanoTime() - before;
      if (largest == null || text.length() > Fixtures.text(largest).length()) {
        largest = file;
        largestNanos = took;
      }
      assertThat(parsed.value() != null || !parsed.diagnostics().isEmpty()).isTrue();
      if (parsed.hasErrors()) {
        errors++;
      } else if (parsed.diagnostics().stream().anyMatch(d -> d.severity() == Severity.WARNING)) {
        warnings++;
      } else {
        clean++;
      }
      for (Diagnostic d : parsed.diagnostics()) {
        codes.merge(d.severity() + " " + d.code(), 1, Integer::sum);
        if (d.severity() != Severity.INFO && System.getProperty("corpus.verbose") != null) {
          System.out.println(d);
        }
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "corpus: %d files, %d clean / %d with warnings / %d with errors, %d ms in all;"
            + " largest (%s) %d ms%n",
        files.size(),
        clean,
        warnings,
        errors,
        millis,
        largest.getFileName(),
        largestNanos / 1_000_000);
    System.out.println("diagnostics by code: " + codes);
  }
}
