package io.apigw.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;

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
    YAMLFactoryBuilder yaml =
        YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
            .stringQuotingChecker(new YamlQuoting());
    YAML = new ObjectMapper(new Factory(yaml)).writer();
  }

  /** Makes {@link Generator}s. */
  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLGenerator _createGenerator(Writer out, IOContext context) throws IOException {
      return new Generator(
          context,
          _generatorFeatures,
          _yamlGeneratorFeatures,
          _quotingChecker,
          _objectCodec,
          out,
          _version);
    }
  }

  /**
   * Writes multi-line text as a literal block ({@code |}) only when a block gives it back: YAML
   * normalises carriage returns and the Unicode line separators in blocks, so such text is written
   * double-quoted, with escapes.
   */
  private static final class Generator extends YAMLGenerator {
    Generator(
        IOContext context,
        int features,
        int yamlFeatures,
        StringQuotingChecker quoting,
        ObjectCodec codec,
        Writer out,
        DumperOptions.Version version)
        throws IOException {
      super(context, features, yamlFeatures, quoting, codec, out, version);
    }

    @Override
    public void writeString(String text) throws IOException {
      if (text != null && text.indexOf('\n') >= 0 && !blockSafe(text)) {
        _verifyValueWrite("write String value");
        _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        return;
      }
      super.writeString(text);
    }

    private static boolean blockSafe(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
          return false;
        }
      }
      return true;
    }
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
}
