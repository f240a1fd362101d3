package io.apigw.deployers.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.apigw.model.Api;
import io.apigw.model.Diagnostic;
import io.apigw.model.testing.Samples;
import io.apigw.openapi.ApiFiles;
import io.apigw.openapi.OpenApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SAM template → model → SAM → model gives the same model: apigw's SAM output says everything its
 * SAM input said. Run on the SAM sample and on every SAM translator input apigw reads cleanly; the
 * test prints which inputs hold and what differs in the others.
 */
class SamRoundTripTest {
  @TempDir Path dir;

  @Test
  void theSamSampleRoundTrips() throws IOException {
    Path template = Samples.root().resolve("samples/sam/template.yaml");

    assertThat(difference(template)).isNull();
  }

  @Test
  void translatorInputsRoundTrip() throws IOException {
    Path inputs = Samples.fixtures().resolve("sam-templates/translator/input");
    assumeTrue(Files.isDirectory(inputs), "shared fixtures not found at " + inputs);
    List<Path> files;
    try (Stream<Path> list = Files.list(inputs)) {
      files =
          list.filter(p -> p.getFileName().toString().endsWith(".yaml"))
              .filter(p -> !p.getFileName().toString().startsWith("error_"))
              .sorted()
              .toList();
    }
    TreeMap<String, String> differ = new TreeMap<>();
    int hold = 0;
    for (Path file : files) {
      String difference = difference(file);
      if (difference == null) {
        hold++;
      } else {
        differ.put(file.getFileName().toString(), difference);
      }
    }
    System.out.println(
        "SAM round trip: " + hold + " of " + files.size() + " translator inputs hold");
    differ.forEach((name, why) -> System.out.println("  " + name + ": " + why));

    // The floor is what this build reaches; raise it when another input comes to hold.
    assertThat(hold).isGreaterThanOrEqualTo(FLOOR);
  }

  static final int FLOOR = 16;

  /** Null when the model read back equals the model read first, else what differs. */
  private String difference(Path template) throws IOException {
    ApiFiles.Loaded first = ApiFiles.load(template, OpenApi.ReaderOptions.defaults());
    if (first.parsed().value() == null || first.parsed().hasErrors()) {
      return "does not read: " + firstError(first.parsed().diagnostics());
    }
    Api model = first.parsed().value();
    // Written next to the original, so function code paths mean the same folders.
    Path copy = Files.createDirectories(dir.resolve(template.getFileName().toString() + ".d"));
    String sam = Generator.generate(model, Generator.Target.SAM, Generator.Options.defaults());
    Path written = Files.writeString(copy.resolve("template.yaml"), sam);
    ApiFiles.Loaded second = ApiFiles.load(written, OpenApi.ReaderOptions.defaults());
    if (second.parsed().value() == null || second.parsed().hasErrors()) {
      return "apigw's SAM does not read: " + firstError(second.parsed().diagnostics());
    }
    // API Gateway has no route order (REST routes by resource, HTTP APIs by priority), and the
    // body of a generated template groups routes by path: compare routes in one order.
    Api before = inRouteOrder(model);
    Api back = inRouteOrder(second.parsed().value());
    if (back.equals(before)) {
      return null;
    }
    return describe(before, back);
  }

  /**
   * Routes in one order, and functions without their invoke permissions: apigw's templates grant
   * their own, one per route or authorizer, which the reader then finds.
   */
  private static Api inRouteOrder(Api api) {
    return api.toBuilder()
        .functions(
            api.functions().stream()
                .map(f -> f.withInvokePermissions(java.util.List.of()))
                .toList())
        .routes(
            api.routes().stream()
                .sorted(java.util.Comparator.comparing((io.apigw.model.Route r) -> r.key().text()))
                .toList())
        .build();
  }

  /** Where the two models differ: the paths of the first few differing values, with both values. */
  private static String describe(Api a, Api b) {
    List<String> out = new ArrayList<>();
    diff("api", a, b, out);
    return String.join("; ", out.subList(0, Math.min(4, out.size())))
        + (out.size() > 4 ? "; ... (" + out.size() + " in all)" : "");
  }

  private static void diff(String path, Object x, Object y, List<String> out) {
    if (java.util.Objects.equals(x, y)) {
      return;
    }
    if (x != null && y != null && x.getClass() == y.getClass() && x.getClass().isRecord()) {
      for (var component : x.getClass().getRecordComponents()) {
        try {
          diff(
              path + "." + component.getName(),
              component.getAccessor().invoke(x),
              component.getAccessor().invoke(y),
              out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return;
    }
    if (x instanceof List<?> xs && y instanceof List<?> ys && xs.size() == ys.size()) {
      for (int i = 0; i < xs.size(); i++) {
        diff(path + "[" + i + "]", xs.get(i), ys.get(i), out);
      }
      return;
    }
    out.add(path + ": " + shorten(String.valueOf(x)) + " -> " + shorten(String.valueOf(y)));
  }

  private static String shorten(String text) {
    return text.length() > 160 ? text.substring(0, 160) + "..." : text;
  }

  private static String firstError(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .filter(Diagnostic::isError)
        .findFirst()
        .map(d -> d.at().line() + ":" + d.at().column() + " " + d.message())
        .orElse("(no diagnostic)");
  }
}
