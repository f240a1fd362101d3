package io.apigw.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.UncheckedIOException;

/** Tree to text: block-style YAML with as few quotes as read back the same, or 2-space JSON. */
final class Serialization {
  private static final ObjectWriter JSON;
  private static final ObjectWriter YAML;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter)
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    JSON = new ObjectMapper().writer(printer);
    YAMLFactory yaml =
        YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
            .stringQuotingChecker(new Quoting())
            .build();
    YAML = new ObjectMapper(yaml).writer();
  }

  private Serialization() {}

  static String write(JsonNode tree, OpenApi.Format format) {
    try {
      if (format == OpenApi.Format.JSON) {
        return JSON.writeValueAsString(tree) + "\n";
      }
      return YAML.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Jackson's minimal quoting, plus quotes around what other YAML readers take for numbers, dates
   * or times ({@code 2024-01-01}, {@code 12:30}, {@code 0o17}) and around line separators that
   * plain scalars would lose.
   */
  static final class Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || risky(value);
    }

    @Override
    public boolean needToQuoteName(String name) {
      return super.needToQuoteName(name) || risky(name);
    }

    private static boolean risky(String value) {
      if (value.isEmpty()) {
        return false;
      }
      char first = value.charAt(0);
      if (Character.isDigit(first) || first == '+' || first == '-' || first == '.') {
        return value.length() > 1 || Character.isDigit(first);
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
          return true;
        }
      }
      return value.equals("=") || value.equals("<<");
    }
  }
}
