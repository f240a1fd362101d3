package io.apigw.deployers.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigw.model.Api;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.Diagnostic;
import io.apigw.model.Route;
import io.apigw.model.Stage;
import io.apigw.model.UsagePlan;
import io.apigw.model.testing.Samples;
import io.apigw.openapi.ApiFiles;
import io.apigw.openapi.OpenApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SAM translator's own test pairs ({@code sam-templates/translator/input/X.yaml} and the
 * CloudFormation AWS makes of it, {@code output/X.json}): each input is imported, generated as
 * CloudFormation by apigw, read back, and compared with AWS's output, read by the same reader, on
 * what matters — routes and methods, integration types and targets, authorizers with their identity
 * sources and TTLs, API key requirements, usage plans, endpoint configuration, stage names and
 * variables. An {@code error_} pair agrees when apigw reports an error too. The test prints how
 * many pairs agree and why the others do not.
 */
class TranslatorPairsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void generatedCloudFormationMeansWhatTheTranslatorsOutputMeans() throws IOException {
    Path pairs = Samples.fixtures().resolve("sam-templates/translator");
    assumeTrue(Files.isDirectory(pairs), "shared fixtures not found at " + pairs);
    List<Path> inputs;
    try (Stream<Path> files = Files.list(pairs.resolve("input"))) {
      inputs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    Map<String, String> disagree = new TreeMap<>();
    int agree = 0;
    for (Path input : inputs) {
      String name = input.getFileName().toString().replaceFirst("\\.yaml$", "");
      Path output = pairs.resolve("output").resolve(name + ".json");
      String reason = compare(name, input, output);
      if (reason == null) {
        agree++;
      } else {
        disagree.put(name, reason);
      }
    }
    System.out.println(
        "SAM translator pairs: " + agree + " of " + inputs.size() + " agree on what matters");
    disagree.forEach((name, reason) -> System.out.println("  " + name + ": " + reason));

    // The floor is what this build reaches; raise it when a pair comes to agree.
    assertThat(agree).isGreaterThanOrEqualTo(FLOOR);
  }

  static final int FLOOR = 17;

  /**
   * Compares every API the output has that the input names too (an input may define an explicit API
   * beside the implicit one SAM makes from events); the pair agrees when all of them agree.
   */
  private String compare(String name, Path input, Path output) throws IOException {
    if (name.startsWith("error_") || !Files.exists(output)) {
      return compareOne(name, input, output, OpenApi.ReaderOptions.defaults());
    }
    JsonNode resources = JSON.readTree(output.toFile()).path("Resources");
    List<String> reasons = new ArrayList<>();
    int compared = 0;
    for (var entry : resources.properties()) {
      String type = entry.getValue().path("Type").asText();
      if (!type.equals("AWS::ApiGateway::RestApi") && !type.equals("AWS::ApiGatewayV2::Api")) {
        continue;
      }
      compared++;
      String reason =
          compareOne(
              name + "-" + entry.getKey(),
              input,
              output,
              OpenApi.ReaderOptions.defaults().withTemplateApi(entry.getKey()));
      if (reason != null) {
        reasons.add(entry.getKey() + ": " + reason);
      }
    }
    if (compared == 0) {
      return "AWS's output has no API";
    }
    return reasons.isEmpty() ? null : String.join(" | ", reasons);
  }

  private String compareOne(String name, Path input, Path output, OpenApi.ReaderOptions options)
      throws IOException {
    ApiFiles.Loaded in = ApiFiles.load(input, options);
    if (name.startsWith("error_")) {
      String expected =
          Files.exists(output) ? JSON.readTree(output.toFile()).path("errorMessage").asText() : "";
      return in.parsed().hasErrors()
          ? null
          : "AWS rejects it (" + shorten(expected) + "); apigw reads it without an error";
    }
    if (in.parsed().value() == null || in.parsed().hasErrors()) {
      return "apigw cannot read the input: " + firstError(in.parsed().diagnostics());
    }
    String generated;
    try {
      generated =
          Generator.generate(
              in.parsed().value(),
              Generator.Target.CLOUDFORMATION,
              Generator.Options.defaults().withFormat(OpenApi.Format.JSON));
    } catch (RuntimeException e) {
      return "apigw cannot generate it: " + e.getMessage();
    }
    Path ours = Files.writeString(dir.resolve(name + ".json"), generated);
    ApiFiles.Loaded back = ApiFiles.load(ours, OpenApi.ReaderOptions.defaults());
    if (back.parsed().value() == null || back.parsed().hasErrors()) {
      return "apigw cannot read its own CloudFormation: " + firstError(back.parsed().diagnostics());
    }
    ApiFiles.Loaded theirs = ApiFiles.load(output, options);
    if (theirs.parsed().value() == null || theirs.parsed().hasErrors()) {
      return "apigw cannot read AWS's output: " + firstError(theirs.parsed().diagnostics());
    }
    List<String> differences =
        differences(facts(back.parsed().value()), facts(theirs.parsed().value()));
    return differences.isEmpty() ? null : String.join("; ", differences);
  }

  /** What must mean the same on both sides, as sorted text. */
  static Map<String, String> facts(Api api) {
    Map<String, String> facts = new TreeMap<>();
    TreeSet<String> routes = new TreeSet<>();
    for (Route route : api.routes()) {
      String key = route.key().text();
      routes.add(key);
      String integration =
          route.integration() == null
              ? "none"
              : route.integration().kind()
                  + " "
                  + (route.integration().function() != null
                      ? "function " + function(route.integration().function())
                      : Objects.toString(route.integration().uri(), ""));
      facts.put("integration of " + key, integration);
      facts.put("api key of " + key, String.valueOf(route.apiKeyRequired()));
      facts.put("authorization of " + key, authorization(route.authorization()));
    }
    facts.put("routes", routes.toString());
    TreeSet<String> authorizers = new TreeSet<>();
    for (Authorizer a : api.authorizers()) {
      authorizers.add(
          a.name()
              + " "
              + a.type()
              + " identity="
              + new TreeSet<>(a.identitySources())
              + " ttl="
              + a.ttlSeconds());
    }
    facts.put("authorizers", authorizers.toString());
    TreeSet<String> plans = new TreeSet<>();
    for (UsagePlan plan : api.usagePlans()) {
      plans.add(
          "throttle="
              + (plan.throttle() == null
                  ? "-"
                  : plan.throttle().rateLimit() + "/" + plan.throttle().burstLimit())
              + " quota="
              + (plan.quota() == null ? "-" : plan.quota().limit() + "/" + plan.quota().period()));
    }
    facts.put("usage plans", plans.toString());
    facts.put(
        "endpoint", api.endpoint().type() + " " + new TreeSet<>(api.endpoint().vpcEndpointIds()));
    TreeSet<String> stages = new TreeSet<>();
    for (Stage stage : api.stages()) {
      stages.add(stage.name() + " " + new TreeMap<>(stage.variables()));
    }
    facts.put("stages", stages.toString());
    return facts;
  }

  private static String authorization(Authorization authorization) {
    if (authorization instanceof Authorization.Custom custom) {
      return "custom " + custom.authorizer() + " " + new TreeSet<>(custom.scopes());
    }
    if (authorization instanceof Authorization.Iam) {
      return "iam";
    }
    return "none";
  }

  /** apigw's CloudFormation names a function's resource `<Name>Function` unless it ends so. */
  private static String function(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith("function") && lower.length() > 8
        ? lower.substring(0, lower.length() - 8)
        : lower;
  }

  static List<String> differences(Map<String, String> ours, Map<String, String> theirs) {
    List<String> out = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(ours.keySet());
    keys.addAll(theirs.keySet());
    for (String key : keys) {
      String a = ours.get(key);
      String b = theirs.get(key);
      if (!Objects.equals(a, b)) {
        out.add(key + ": apigw " + a + ", AWS " + b);
      }
    }
    return out;
  }

  private static String firstError(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .filter(Diagnostic::isError)
        .findFirst()
        .map(d -> d.at().line() + ":" + d.at().column() + " " + d.message())
        .orElse("(no diagnostic)");
  }

  private static String shorten(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "..." : text;
  }
}
