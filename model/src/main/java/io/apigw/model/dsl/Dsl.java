package io.apigw.model.dsl;

import io.apigw.model.Api;
import io.apigw.model.ApiReader;
import io.apigw.model.ApiWriter;
import io.apigw.model.Diagnostic;
import io.apigw.model.Parsed;
import io.apigw.model.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The apigw DSL ({@code .apigw} files): a compact text form of the whole API model, specified in
 * {@code docs/dsl.md}.
 *
 * <p>{@link #reader()} never throws on any input: every problem becomes a diagnostic with the file,
 * line and column range of the token at fault, and reading resumes with the next token or line, so
 * one run reports every mistake. {@link #writer()} prints any model in the canonical form, which
 * reads back to an equal model.
 */
public final class Dsl {
  private Dsl() {}

  public static ApiReader reader() {
    return new DslReader();
  }

  public static ApiWriter writer() {
    return new DslWriter();
  }

  /**
   * The canonical form of a DSL text with its comments kept (what {@code apigw fmt} writes). A text
   * with errors is not formatted: the result has no value, only the diagnostics. As a last guard, a
   * canonical form that would not read back to the same API is refused too, so a bug in the writer
   * can never change what a user's file means.
   */
  public static Parsed<String> format(String fileName, String text) {
    Parsed<Api> read = reader().read(fileName, text);
    if (read.value() == null || read.hasErrors()) {
      return Parsed.failed(read.diagnostics());
    }
    String formatted = new DslWriter().write(read.value(), Comments.of(text));
    Parsed<Api> again = reader().read(fileName, formatted);
    if (again.hasErrors() || !read.value().equals(again.value())) {
      List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
      diagnostics.add(
          Diagnostic.error(
              "dsl.format",
              "the canonical form of this file would not read back to the same API, so the file"
                  + " is left as it is; this is a bug in apigw",
              SourceRange.of(fileName, 1, 1)));
      return Parsed.failed(diagnostics);
    }
    return Parsed.of(formatted, read.diagnostics());
  }
}
