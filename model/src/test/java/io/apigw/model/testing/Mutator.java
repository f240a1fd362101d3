package io.apigw.model.testing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mutates valid definition texts under the control of a fuzzer: each choice (which sample, which
 * edit, where) is read from the fuzzer's input, so coverage guidance steers the edits and a crash
 * replays from its input file. The edits are the ones people make by mistake: deleted or duplicated
 * text, swapped lines, stray keywords and brackets, truncation.
 */
public final class Mutator {
  private final List<String> seeds;
  private final List<String> dictionary;

  public Mutator(List<String> seeds, List<String> dictionary) {
    this.seeds = List.copyOf(seeds);
    this.dictionary = List.copyOf(dictionary);
  }

  public String mutate(FuzzedDataProvider data) {
    if (seeds.isEmpty() || data.consumeInt(0, 15) == 0) {
      return data.consumeRemainingAsString();
    }
    StringBuilder text = new StringBuilder(seeds.get(data.consumeInt(0, seeds.size() - 1)));
    int edits = data.consumeInt(1, 8);
    for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
      edit(text, data);
    }
    return text.toString();
  }

  /**
   * The text as a reader gets it from a file: through UTF-8, so that unpaired surrogates (which no
   * file can hold; decoding turns malformed bytes into replacement characters) become {@code ?}.
   */
  public static String asReadFromAFile(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private void edit(StringBuilder text, FuzzedDataProvider data) {
    int length = text.length();
    switch (data.consumeInt(0, 7)) {
      case 0 -> {
        int from = data.consumeInt(0, length);
        int to = Math.min(length, from + data.consumeInt(0, 64));
        text.delete(from, to);
      }
      case 1 -> text.insert(data.consumeInt(0, length), data.consumeString(24));
      case 2 -> text.insert(data.consumeInt(0, length), pick(dictionary, data));
      case 3 -> {
        List<String> lines = lines(text);
        if (!lines.isEmpty()) {
          int at = data.consumeInt(0, lines.size() - 1);
          lines.add(data.consumeInt(0, lines.size()), lines.get(at));
          replace(text, lines);
        }
      }
      case 4 -> {
        List<String> lines = lines(text);
        if (lines.size() > 1) {
          int a = data.consumeInt(0, lines.size() - 1);
          int b = data.consumeInt(0, lines.size() - 1);
          String line = lines.get(a);
          lines.set(a, lines.get(b));
          lines.set(b, line);
          replace(text, lines);
        }
      }
      case 5 -> {
        if (length > 0) {
          text.setCharAt(data.consumeInt(0, length - 1), data.consumeChar());
        }
      }
      case 6 -> text.setLength(data.consumeInt(0, length));
      default -> {
        List<String> lines = lines(text);
        if (!lines.isEmpty()) {
          int at = data.consumeInt(0, lines.size() - 1);
          String indent = " ".repeat(data.consumeInt(0, 6));
          lines.set(at, indent + lines.get(at).strip());
          replace(text, lines);
        }
      }
    }
  }

  private static String pick(List<String> words, FuzzedDataProvider data) {
    return words.isEmpty() ? "" : words.get(data.consumeInt(0, words.size() - 1));
  }

  private static List<String> lines(StringBuilder text) {
    return new ArrayList<>(Arrays.asList(text.toString().split("\n", -1)));
  }

  private static void replace(StringBuilder text, List<String> lines) {
    text.setLength(0);
    text.append(String.join("\n", lines));
  }
}
