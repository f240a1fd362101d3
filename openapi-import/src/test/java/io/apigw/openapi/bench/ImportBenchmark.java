package io.apigw.openapi.bench;

import io.apigw.model.Api;
import io.apigw.model.Parsed;
import io.apigw.model.testing.Samples;
import io.apigw.openapi.OpenApi;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Import speed over the shared fixtures (openapi-corpus and aws-apigw), in memory, warm: apigw's
 * OpenAPI reader against swagger-parser, the parser Java tools use, on the same texts in the same
 * run. Run with {@code bench/import.sh}; results go to BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmark {
  record Source(String name, String text) {}

  private final List<Source> corpus = new ArrayList<>();
  private Source largest;

  @Setup
  public void load() throws IOException {
    Path fixtures = Samples.fixtures();
    for (String folder : List.of("openapi-corpus", "aws-apigw")) {
      try (Stream<Path> files = Files.walk(fixtures.resolve(folder))) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          corpus.add(new Source(file.toString(), Files.readString(file)));
        }
      }
    }
    largest = corpus.stream().max(Comparator.comparingInt(s -> s.text().length())).orElseThrow();
  }

  @Benchmark
  public int apigwCorpus() {
    int routes = 0;
    for (Source source : corpus) {
      routes += routes(OpenApi.reader().read(source.name(), source.text()));
    }
    return routes;
  }

  @Benchmark
  public int apigwLargest() {
    return routes(OpenApi.reader().read(largest.name(), largest.text()));
  }

  @Benchmark
  public int swaggerParserCorpus() {
    int paths = 0;
    for (Source source : corpus) {
      paths += paths(swaggerParse(source.text()));
    }
    return paths;
  }

  @Benchmark
  public int swaggerParserLargest() {
    return paths(swaggerParse(largest.text()));
  }

  private static int routes(Parsed<Api> parsed) {
    return parsed.value() == null ? 0 : parsed.value().routes().size();
  }

  private static SwaggerParseResult swaggerParse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    return new OpenAPIParser().readContents(text, null, options);
  }

  private static int paths(SwaggerParseResult result) {
    return result.getOpenAPI() == null || result.getOpenAPI().getPaths() == null
        ? 0
        : result.getOpenAPI().getPaths().size();
  }
}
