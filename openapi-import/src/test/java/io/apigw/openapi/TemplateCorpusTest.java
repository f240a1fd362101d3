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

/** Every shared SAM template reads: a model or diagnostics, never an exception or a reader bug. */
class TemplateCorpusTest {
  @Test
  void everyTemplateReadsWithoutAnException() {
    List<Path> files = new ArrayList<>(Fixtures.files("sam-templates/translator/input"));
    files.addAll(Fixtures.files("sam-templates/real"));
    int clean = 0;
    int warnings = 0;
    int errors = 0;
    List<String> failed = new ArrayList<>();
    Map<String, Integer> codes = new TreeMap<>();
    for (Path file : files) {
      ApiFiles.Loaded loaded =
          ApiFiles.of(file.toString(), Fixtures.text(file), OpenApi.ReaderOptions.defaults());
      Parsed<Api> parsed = loaded.parsed();

      assertThat(loaded.kind()).as(file.toString()).isEqualTo(ApiFiles.Kind.TEMPLATE);
      assertThat(parsed.diagnostics()).as(file.toString()).noneMatch(Diagnostic::isInternal);
      if (parsed.hasErrors()) {
        errors++;
        failed.add(file.getFileName().toString());
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
    System.out.printf(
        "templates: %d files, %d clean / %d with warnings / %d with errors %s%n",
        files.size(), clean, warnings, errors, failed);
    System.out.println("diagnostics by code: " + codes);
    // The translator's error_* inputs are meant to fail, and s12d includes an api.yaml that was
    // not copied with it; every other template reads.
    assertThat(failed)
        .allMatch(
            name -> name.startsWith("error_") || name.startsWith("sessions-with-aws-sam__s12d"));
    assertThat(clean + warnings).isGreaterThanOrEqualTo(files.size() - 4);
  }
}
