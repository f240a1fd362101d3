package io.apigw.model;

/**
 * Reads one definition file into the model. Mistakes in the text are diagnostics, never exceptions.
 */
public interface ApiReader {
  /**
   * Reads {@code text}, which came from {@code fileName} (used in positions and to resolve relative
   * references).
   */
  Parsed<Api> read(String fileName, String text);
}
