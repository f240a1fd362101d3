package io.apigw.model.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.ApiReader;
import io.apigw.model.ApiWriter;
import io.apigw.model.Diagnostic;
import io.apigw.model.Parsed;
import io.apigw.model.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DslRoundTripTest {
  private final ApiReader reader = Dsl.reader();
  private final ApiWriter writer = Dsl.writer();

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Samples.root().resolve("samples"))) {
      return files.filter(f -> f.toString().endsWith(".apigw")).sorted().toList().stream();
    }
  }

  @Test
  void thereAreSamplesToRead() throws IOException {
    assertThat(samples()).hasSizeGreaterThanOrEqualTo(4);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void eachSampleReadsCleanlyAndItsCanonicalFormReadsBackToTheSameModel(Path sample)
      throws IOException {
    // given
    String text = Files.readString(sample);

    // when
    Parsed<Api> parsed = reader.read(sample.getFileName().toString(), text);
    String canonical = writer.write(parsed.value());
    Parsed<Api> again = reader.read("canonical.apigw", canonical);

    // then
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(again.diagnostics()).isEmpty();
    assertThat(again.value()).isEqualTo(parsed.value());
    assertThat(writer.write(again.value())).isEqualTo(canonical);
  }

  @Test
  void aModelWithEveryFieldSetSurvivesWriteAndRead() {
    // given
    Api model = Models.kitchenSink();

    // when
    String text = writer.write(model);
    Parsed<Api> read = reader.read("sink.apigw", text);

    // then
    assertThat(read.diagnostics()).as(text).isEmpty();
    assertThat(read.value()).as(text).isEqualTo(model);
    assertThat(writer.write(read.value())).isEqualTo(text);
  }

  @Test
  void awkwardNamesAndValuesSurviveWriteAndRead() {
    // given
    Api model = Models.awkward();

    // when
    String text = writer.write(model);
    Parsed<Api> read = reader.read("awkward.apigw", text);

    // then the text reads as written; only the model's own dangling references are reported
    List<Diagnostic> syntax =
        read.diagnostics().stream().filter(d -> !d.code().startsWith("model.")).toList();
    assertThat(syntax).as(text).isEmpty();
    assertThat(read.value()).as(text).isEqualTo(model);
    assertThat(writer.write(read.value())).isEqualTo(text);
  }

  @Test
  void randomModelsSurviveWriteAndRead() {
    // given: models with hard-to-write text in every field
    RandomModels models = new RandomModels(2024);
    for (int i = 0; i < 300; i++) {
      Api model = models.next();

      // when
      String text = writer.write(model);
      Parsed<Api> read = reader.read("random.apigw", text);

      // then: the only complaints are about what the model itself lacks
      assertThat(read.diagnostics())
          .as(text)
          .allMatch(
              d ->
                  d.code().startsWith("model.")
                      || d.code().equals("dsl.payload")
                      || d.message().startsWith("expected a function name or `uri=`")
                      || d.message().startsWith("expected the backend URL"));
      assertThat(read.value()).as(text).isEqualTo(model);
      assertThat(writer.write(read.value())).isEqualTo(text);
    }
  }
}
