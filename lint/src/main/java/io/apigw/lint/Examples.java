package io.apigw.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule's examples, shipped with the rules under {@code io/apigw/lint/examples/ID/}: {@code
 * bad.apigw} or {@code bad.yaml} with the findings it must give in {@code bad.expected} ({@code
 * line:col ID message} per line), and {@code good.apigw} or {@code good.yaml}, which gives none.
 * The tests run them; {@code --explain} and the documentation pages show them.
 */
public final class Examples {
  private static final List<String> EXTENSIONS = List.of("apigw", "yaml", "json");

  /**
   * An example too large to show in full (a size limit's) may be kept gzipped: {@code bad.json.gz}.
   */
  private static final String GZIP = ".gz";

  /** One example file: its resource name and text. */
  public record Example(String name, String text) {
    /** The language to fence it with in Markdown. */
    public String language() {
      return name.endsWith(".apigw") ? "" : name.substring(name.lastIndexOf('.') + 1);
    }
  }

  private Examples() {}

  public static Optional<Example> bad(String ruleId) {
    return find(ruleId, "bad");
  }

  public static Optional<Example> good(String ruleId) {
    return find(ruleId, "good");
  }

  /** The expected lines of the bad example, without blank lines. */
  public static List<String> expected(String ruleId) {
    List<String> lines = new ArrayList<>();
    read(ruleId + "/bad.expected")
        .ifPresent(
            text -> text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add));
    return lines;
  }

  private static Optional<Example> find(String ruleId, String kind) {
    for (String extension : EXTENSIONS) {
      String name = kind + "." + extension;
      Optional<String> text = read(ruleId + "/" + name);
      if (text.isEmpty()) {
        text = read(ruleId + "/" + name + GZIP);
      }
      if (text.isPresent()) {
        return Optional.of(new Example(name, text.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> read(String path) {
    try (InputStream in = Examples.class.getResourceAsStream("examples/" + path)) {
      if (in == null) {
        return Optional.empty();
      }
      InputStream body = path.endsWith(GZIP) ? new java.util.zip.GZIPInputStream(in) : in;
      return Optional.of(new String(body.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
