package io.apigw.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {
  private final DiagnosticPrinter printer =
      DiagnosticPrinter.of(Map.of("a.apigw", "api x: rest\nGET /pets -> lamda getPet\n")::get);

  @Test
  void printsTheLineWithACaretUnderTheRange() {
    Diagnostic diagnostic =
        Diagnostic.error(
                "dsl.unknown-integration",
                "unknown integration `lamda`",
                SourceRange.of("a.apigw", 2, 14, 2, 19))
            .withHint("did you mean `lambda`?");

    assertThat(printer.print(diagnostic))
        .isEqualTo(
            "a.apigw:2:14: error: unknown integration `lamda`, did you mean `lambda`?\n"
                + "  GET /pets -> lamda getPet\n"
                + "               ^~~~~\n");
  }

  @Test
  void printsOtherHintsOnTheirOwnLineAndNoSourceWhenThePositionIsUnknown() {
    Diagnostic diagnostic =
        Diagnostic.warning("x", "something", SourceRange.NONE).withHint("define it first");

    assertThat(printer.print(diagnostic)).isEqualTo("warning: something\n  = define it first\n");
  }
}
