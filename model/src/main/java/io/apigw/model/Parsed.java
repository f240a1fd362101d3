package io.apigw.model;

import java.util.List;
import java.util.function.Function;

/**
 * What a reader returns: the value it could build, and every problem it found on the way. The value
 * is null only when nothing usable could be read (the file is not YAML at all, say).
 */
public record Parsed<T>(T value, List<Diagnostic> diagnostics) {
  public Parsed {
    diagnostics = List.copyOf(diagnostics);
  }

  public static <T> Parsed<T> of(T value, List<Diagnostic> diagnostics) {
    return new Parsed<>(value, diagnostics);
  }

  public static <T> Parsed<T> failed(List<Diagnostic> diagnostics) {
    return new Parsed<>(null, diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** A value was read and nothing is an error. */
  public boolean isClean() {
    return value != null && !hasErrors();
  }

  public <R> Parsed<R> map(Function<T, R> mapper) {
    return new Parsed<>(value == null ? null : mapper.apply(value), diagnostics);
  }
}
