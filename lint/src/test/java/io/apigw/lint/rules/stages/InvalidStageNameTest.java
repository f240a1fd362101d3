package io.apigw.lint.rules.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.lint.Lint;
import org.junit.jupiter.api.Test;

class InvalidStageNameTest {
  @Test
  void httpAndWebSocketApisMayHaveADefaultStage() {
    // given
    String http = "api Notes: http\nstage $default\nGET /notes -> http GET https://n.example.com\n";
    String webSocket =
        "api Chat: websocket\nroute-selection $request.body.action\nstage $default\n"
            + "$connect -> mock 200\n";

    // when / then
    assertThat(Lint.run(new InvalidStageName(), "h.apigw", http)).isEmpty();
    assertThat(Lint.run(new InvalidStageName(), "w.apigw", webSocket)).isEmpty();
  }

  @Test
  void aNameLongerThan128CharactersIsReported() {
    // given
    String name = "s".repeat(129);
    String text = "api Orders: rest\nstage " + name + "\nGET /orders -> mock 200\n";

    // when / then
    assertThat(Lint.lines(Lint.run(new InvalidStageName(), "o.apigw", text)))
        .containsExactly(
            "2:1 E7005 stage name `ssssssssssssssssssss...` is 129 characters long; API Gateway"
                + " allows 128");
  }
}
