package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.Parsed;
import io.apigw.model.dsl.Dsl;
import io.apigw.model.testing.Samples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two formats say the same things: every DSL sample survives a trip through OpenAPI (YAML and
 * JSON), and every OpenAPI file that imports without errors survives a trip through the DSL.
 */
class CrossFormatRoundTripTest {
  @Test
  void everyDslSampleSurvivesOpenApi() {
    for (Path sample : Samples.files(".apigw")) {
      // given a sample read from the DSL
      Api api = cleanDsl(sample.toString(), Samples.read(sample));
      for (OpenApi.Format format : OpenApi.Format.values()) {
        // when written as OpenAPI and read back
        String openApi = OpenApi.writer(format).write(api);
        Parsed<Api> back = OpenApi.reader().read(sample + "." + format, openApi);
        // then nothing is lost
        assertThat(back.hasErrors())
            .as("%s as %s:%n%s", sample, format, back.diagnostics())
            .isFalse();
        assertThat(back.value()).as("%s as %s", sample, format).isEqualTo(api);
      }
    }
  }

  @Test
  void everyOpenApiFileSurvivesTheDsl() {
    List<Path> files = new ArrayList<>(Samples.files(".yaml"));
    files.addAll(Fixtures.files("aws-apigw"));
    files.addAll(Fixtures.files("openapi-corpus"));
    int tried = 0;
    for (Path file : files) {
      // given an OpenAPI file that imports without errors
      Parsed<Api> read = Fixtures.read(file);
      if (read.value() == null || read.hasErrors()) {
        continue;
      }
      tried++;
      // when written in the DSL and read back
      String dsl = Dsl.writer().write(read.value());
      Api back = cleanDsl(file + ".apigw", dsl);
      // then the model is the same
      assertThat(back).as(file.toString()).isEqualTo(read.value());
    }
    System.out.printf("OpenAPI -> DSL -> model: %d of %d files round-trip%n", tried, files.size());
  }

  private static Api cleanDsl(String name, String text) {
    Parsed<Api> parsed = Dsl.reader().read(name, text);
    assertThat(parsed.diagnostics()).as(name).filteredOn(d -> d.isError()).isEmpty();
    return parsed.value();
  }
}
