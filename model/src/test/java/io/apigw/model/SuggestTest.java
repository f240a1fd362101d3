package io.apigw.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
  private static final List<String> INTEGRATIONS =
      List.of("lambda", "lambda-custom", "http", "http-custom", "mock", "aws");

  @Test
  void suggestsTheNearestWordForATypo() {
    assertThat(Suggest.nearest("lamda", INTEGRATIONS)).isEqualTo("lambda");
    assertThat(Suggest.nearest("htpt", INTEGRATIONS)).isEqualTo("http");
    assertThat(Suggest.nearest("MOCK", INTEGRATIONS)).isEqualTo("mock");
  }

  @Test
  void suggestsNothingWhenNoCandidateIsNear() {
    assertThat(Suggest.nearest("kinesis", INTEGRATIONS)).isNull();
    assertThat(Suggest.nearest("lambda", INTEGRATIONS)).isNull();
    assertThat(Suggest.nearest("x", List.of())).isNull();
  }

  @Test
  void countsASwapOfNeighboursAsOneEdit() {
    assertThat(Suggest.distance("lmabda", "lambda")).isEqualTo(1);
    assertThat(Suggest.distance("", "abc")).isEqualTo(3);
  }

  @Test
  void suggestsNothingForVeryLongWordsWithoutComparingThem() {
    String longWord = "f".repeat(200_000);

    assertThat(Suggest.nearest(longWord, List.of("g".repeat(200_000), "lambda"))).isNull();
    assertThat(Suggest.nearest("lambda", List.of("x".repeat(200_000), "lamda"))).isEqualTo("lamda");
  }
}
