package io.apigw.model.dsl;

import io.apigw.model.ApiReader;
import io.apigw.model.ApiWriter;

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
}
