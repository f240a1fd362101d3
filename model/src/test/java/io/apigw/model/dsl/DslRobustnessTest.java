package io.apigw.model.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.ApiReader;
import io.apigw.model.Diagnostic;
import io.apigw.model.Parsed;
import io.apigw.model.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text, the reader answers with diagnostics that point into it, never with an
 * exception or an internal error. (The Jazzer fuzz test digs deeper; this one runs every build.)
 */
class DslRobustnessTest {
  private static final String[] PIECES = {
    " ",
    "\n",
    "\t",
    "\"",
    "\"\"\"",
    "\n\"\"\"\n",
    "{",
    "}",
    "[",
    "]",
    "=",
    ",",
    ":",
    "#",
    "->",
    "  ",
    "\n  ",
    "\n    ",
    "\\",
    "\\u12",
    "lambda",
    "mock 200",
    "throttle",
    "burst",
    "quota",
    "1000/day",
    "100/s",
    "300s",
    "$default",
    "GET /x",
    "api x: rest\n",
    "route *:",
    "stage",
    "\r\n",
    "\uD83D",
    "é",
    "\u0000",
    "9999999999999",
    "-",
    "%",
    "auth",
    "scopes=",
    "params",
  };

  private final ApiReader reader = Dsl.reader();

  @Test
  void mutatedSamplesGiveDiagnosticsNotExceptions() throws IOException {
    // given
    List<String> samples = new ArrayList<>();
    try (var files = Files.list(Samples.root().resolve("samples"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".apigw")).sorted().toList()) {
        samples.add(Files.readString(file));
      }
    }
    samples.add(Dsl.writer().write(Models.kitchenSink()));
    samples.add(Dsl.writer().write(Models.awkward()));
    Random random = new Random(42);

    for (int i = 0; i < 1000; i++) {
      String text = mutate(samples.get(random.nextInt(samples.size())), random);

      // when
      Parsed<Api> parsed = reader.read("m.apigw", text);

      // then
      assertSane(text, parsed);
    }
  }

  @Test
  void randomTextGivesDiagnosticsNotExceptions() {
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      // given
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(400);
      for (int j = 0; j < length; j++) {
        text.append(
            random.nextInt(4) == 0
                ? (char) random.nextInt(0x3000)
                : (char) (32 + random.nextInt(95)));
      }

      // when
      Parsed<Api> parsed = reader.read("r.apigw", text.toString());

      // then
      assertSane(text.toString(), parsed);
    }
  }

  @Test
  void pathologicalInputIsReadQuickly() {
    // given: deep indentation, deep brackets, a very long word, many lines
    StringBuilder deep = new StringBuilder("api x: rest\nstage s\n");
    for (int i = 1; i < 3000; i++) {
      deep.append(" ".repeat(i)).append("route *: throttle\n");
    }
    String brackets = "api x: rest\npolicy " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    String unclosedBrackets = "api x: rest\npolicy " + "{\"a\":".repeat(20000) + "\n";
    String longWord = "api x: rest\n" + "x".repeat(200_000) + " y\n";
    String manyLines = "api x: rest\n" + "GET /a -> mock 200 {\"a\": 1}\n".repeat(20_000);
    StringBuilder bigBlock = new StringBuilder("api x: rest\nGET /a -> http GET https://b\n");
    for (int i = 0; i < 20_000; i++) {
      bigBlock.append("  request-param integration.request.header.h").append(i).append("=x\n");
    }
    // An undefined long name next to a defined long name: no did-you-mean matrix of their sizes.
    String longNames =
        "api x: rest\nfunction "
            + "f".repeat(100_000)
            + ": arn:aws:lambda:f\nGET /a -> lambda "
            + "g".repeat(100_000)
            + "\n";

    for (String text :
        List.of(
            deep.toString(),
            brackets,
            unclosedBrackets,
            longWord,
            manyLines,
            bigBlock.toString(),
            longNames)) {
      // when
      long start = System.nanoTime();
      Parsed<Api> parsed = reader.read("p.apigw", text);

      // then
      assertSane(text, parsed);
      assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }
  }

  private static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(6);
    for (int i = 0; i < edits && out.length() > 0; i++) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0 -> out.deleteCharAt(at);
        case 1 -> out.insert(at, PIECES[random.nextInt(PIECES.length)]);
        case 2 -> out.delete(at, Math.min(out.length(), at + random.nextInt(40)));
        default -> {
          int from = random.nextInt(out.length());
          int to = Math.min(out.length(), from + random.nextInt(60));
          out.insert(at, out.substring(from, to));
        }
      }
    }
    return out.toString();
  }

  private static void assertSane(String text, Parsed<Api> parsed) {
    int lines = DslLexer.physicalLines(text).size();
    for (Diagnostic d : parsed.diagnostics()) {
      assertThat(d.code()).as("%s%nin:%n%s", d, text).isNotEqualTo("dsl.internal");
      if (d.at().isKnown()) {
        assertThat(d.at().line()).as("%s", d).isBetween(1, lines);
        assertThat(d.at().column()).as("%s", d).isPositive();
      }
    }
    if (parsed.value() != null) {
      // Whatever was read can be written, and that text reads again.
      String written = Dsl.writer().write(parsed.value());
      assertThat(Dsl.reader().read("w.apigw", written).value()).isNotNull();
    }
  }
}
