package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.Parsed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** read, write (YAML and JSON), read again: the same model. */
class RoundTripTest {
  @Test
  void thePetStoreSampleReadsBackTheSame() {
    Parsed<Api> petstore = Fixtures.read(Fixtures.sample("petstore.openapi.yaml"));
    assertThat(petstore.diagnostics()).isEmpty();
    assertThat(petstore.value().routes()).hasSize(6);
    for (OpenApi.Format format : OpenApi.Format.values()) {
      FullModelRoundTripTest.roundTrip(petstore.value(), format);
    }
  }

  @Test
  void everyFixtureWithoutErrorsReadsBackTheSame() {
    List<Path> files = new ArrayList<>(Fixtures.files("aws-apigw"));
    files.addAll(Fixtures.files("openapi-corpus"));
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (Path file : files) {
      Parsed<Api> first = Fixtures.read(file);
      if (first.hasErrors()) {
        continue;
      }
      tried++;
      for (OpenApi.Format format : OpenApi.Format.values()) {
        String text = OpenApi.writer(format).write(first.value());
        Parsed<Api> second = OpenApi.reader().read("out." + format, text);
        String diff =
            second.value() == null
                ? "nothing read: " + second.diagnostics()
                : ModelDiff.first(first.value(), second.value());
        if (diff != null) {
          failures.add(file.getFileName() + " (" + format + "): " + abbreviate(diff));
        }
      }
    }
    System.out.println("round trip: " + tried + " files tried, " + failures.size() + " failures");
    assertThat(failures).isEmpty();
  }

  private static String abbreviate(String text) {
    return text.length() > 600 ? text.substring(0, 600) + "..." : text;
  }
}
