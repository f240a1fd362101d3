package io.apigw.model.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Parsed;
import io.apigw.model.testing.Samples;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DslFormatTest {
  @Test
  void keepsEveryCommentWhereItWas() {
    String text =
        String.join(
            "\n",
            "# header comment",
            "api   pets :  rest   # trailing on api",
            "GET /b   ->   mock 200    # the b route",
            "",
            "# about the functions",
            "function fn: nodejs20.x handler=index.handler",
            "  # about env",
            "  env A=1",
            "description \"Pets\"  # the description",
            "# the last words",
            "");

    Parsed<String> formatted = Dsl.format("pets.apigw", text);

    assertThat(formatted.diagnostics()).isEmpty();
    assertThat(formatted.value())
        .isEqualTo(
            String.join(
                "\n",
                "# header comment",
                "api pets: rest  # trailing on api",
                "description Pets  # the description",
                "",
                "# about the functions",
                "# about env",
                "function fn: nodejs20.x handler=index.handler",
                "  env A=1",
                "",
                "GET /b -> mock 200  # the b route",
                "",
                "# the last words",
                ""));
  }

  @Test
  void theCanonicalFormIsAFixedPoint() {
    for (Path sample : Samples.files(".apigw")) {
      Parsed<String> once = Dsl.format(sample.toString(), Samples.read(sample));
      Parsed<String> twice = Dsl.format(sample.toString(), once.value());

      assertThat(twice.value()).as(sample.toString()).isEqualTo(once.value());
      assertThat(once.value()).as(sample.toString()).startsWith("#");
    }
  }

  @Test
  void commentsInsideTextBlocksAreText() {
    String text =
        "api pets: rest\ndescription \"\"\"\n  # not a comment\n  second line\n  \"\"\"\n";

    Parsed<String> formatted = Dsl.format("pets.apigw", text);

    assertThat(formatted.value()).containsOnlyOnce("# not a comment");
    assertThat(Dsl.reader().read("f", formatted.value()).value().description())
        .isEqualTo("# not a comment\nsecond line");
  }

  @Test
  void aTextWithErrorsIsNotFormatted() {
    Parsed<String> formatted = Dsl.format("pets.apigw", "api pets: rest\nGET /x -> lamda f\n");

    assertThat(formatted.value()).isNull();
    assertThat(formatted.hasErrors()).isTrue();
  }
}
