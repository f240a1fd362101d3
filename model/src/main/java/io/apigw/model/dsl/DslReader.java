package io.apigw.model.dsl;

import io.apigw.model.Api;
import io.apigw.model.ApiReader;
import io.apigw.model.Diagnostic;
import io.apigw.model.Parsed;
import io.apigw.model.SourceRange;
import java.util.List;

/** Reads {@code .apigw} text into the model; see {@code docs/dsl.md}. */
final class DslReader implements ApiReader {
  @Override
  public Parsed<Api> read(String fileName, String text) {
    String file = fileName == null ? "" : fileName;
    try {
      return new Reading(file).read(text == null ? "" : text);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug must not escape as an exception: the caller gets it as a diagnostic.
      return Parsed.failed(List.of(Diagnostic.internal("dsl", e, SourceRange.of(file, 1, 1))));
    }
  }
}
