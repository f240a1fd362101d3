package io.apigw.model.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.apigw.model.Api;
import io.apigw.model.Diagnostic;
import io.apigw.model.Parsed;
import io.apigw.model.testing.Mutator;
import io.apigw.model.testing.Samples;
import java.util.List;

/**
 * Fuzzes the DSL reader with mutated samples: whatever the text, the reader returns diagnostics
 * with positions inside the file and never throws; and whatever it reads cleanly, the writer writes
 * back to an equal model.
 *
 * <p>Without {@code JAZZER_FUZZ=1} this runs the saved inputs (regression mode); the build runs it
 * in fuzzing mode for a bounded time (see the module's pom).
 */
class DslReaderFuzzTest {
  private static final Mutator MUTATOR =
      new Mutator(
          Samples.texts(".apigw"),
          List.of(
              "->",
              " -> ",
              "lambda ",
              "http GET ",
              "mock 200 ",
              "aws ",
              "\"\"\"\n",
              "\"\"\"",
              "{",
              "}",
              "[",
              "]",
              "\"",
              "'",
              "#",
              "\n",
              "\n  ",
              "=",
              ",",
              ":",
              "$default",
              "${stageVariables.x}",
              "/{proxy+}",
              "/{id}",
              "api x: rest\n",
              "auth ",
              "stage ",
              "vars ",
              "key ",
              "plan ",
              "function ",
              "model ",
              "validator ",
              "gateway-response ",
              "domain ",
              "cors ",
              "policy ",
              "throttle 10/s burst 20",
              "quota 10/day",
              "ttl=300s",
              "timeout=5s",
              "\\u00e9",
              "\t",
              "\r\n",
              "ANY ",
              "$connect"));

  @FuzzTest(maxDuration = "20s")
  void readsAnythingWithoutThrowing(FuzzedDataProvider data) {
    String text = Mutator.asReadFromAFile(MUTATOR.mutate(data));

    Parsed<Api> parsed = Dsl.reader().read("fuzz.apigw", text);

    assertThat(parsed.diagnostics()).as(text).noneMatch(Diagnostic::isInternal);
    int lines = (int) text.lines().count() + 1;
    for (Diagnostic diagnostic : parsed.diagnostics()) {
      assertThat(diagnostic.at().line()).isBetween(0, lines + 1);
      assertThat(diagnostic.at().file()).isIn("fuzz.apigw", "");
    }
    if (parsed.isClean()) {
      String written = Dsl.writer().write(parsed.value());
      Parsed<Api> again = Dsl.reader().read("written.apigw", written);
      assertThat(again.diagnostics())
          .as("reading back:\n%s", written)
          .filteredOn(Diagnostic::isError)
          .isEmpty();
      assertThat(again.value()).as("reading back:\n%s", written).isEqualTo(parsed.value());
    }
  }
}
