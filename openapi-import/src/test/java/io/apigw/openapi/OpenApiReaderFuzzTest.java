package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.apigw.model.Api;
import io.apigw.model.Diagnostic;
import io.apigw.model.Parsed;
import io.apigw.model.testing.Mutator;
import io.apigw.model.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzzes the OpenAPI and template readers with the AWS fixtures, real SAM templates and the
 * samples, damaged as text (like a bad edit) or as a tree (a value of the wrong type, a key
 * removed, an extension moved elsewhere): whatever it gets, the reader returns diagnostics and
 * never throws or reports an internal error; and whatever it reads cleanly, the writer writes back
 * to an equal model.
 *
 * <p>Without {@code JAZZER_FUZZ=1} this runs the saved inputs (regression mode); the build runs it
 * in fuzzing mode for a bounded time (see the module's pom).
 */
class OpenApiReaderFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final List<String> SEEDS = seeds();
  private static final List<JsonNode> TREES = trees(SEEDS);
  private static final Mutator TEXT =
      new Mutator(
          SEEDS,
          List.of(
              "x-amazon-apigateway-integration:",
              "x-amazon-apigateway-authorizer:",
              "$ref: ",
              "\"#/components/schemas/X\"",
              "type: aws_proxy",
              "type: mock",
              "{",
              "}",
              "[",
              "]",
              ": ",
              "- ",
              "\n",
              "\n  ",
              "'",
              "\"",
              "&a ",
              "*a",
              "<<: ",
              "!Sub ",
              "${AWS::Region}",
              "null",
              "~",
              "0x10",
              "1e999",
              "\t",
              "Type: AWS::Serverless::Api",
              "Type: AWS::Serverless::Function",
              "Type: HttpApi",
              "DefinitionBody:",
              "!Ref ",
              "!GetAtt ",
              "!If ",
              "Fn::Transform:",
              "${Fn.Arn}"));
  private static final List<String> EXTENSIONS =
      List.of(
          "x-amazon-apigateway-integration",
          "x-amazon-apigateway-authorizer",
          "x-amazon-apigateway-any-method",
          "x-amazon-apigateway-cors",
          "x-amazon-apigateway-gateway-responses",
          "x-amazon-apigateway-request-validators",
          "x-amazon-apigateway-policy",
          "x-amazon-apigateway-endpoint-configuration",
          "x-apigw-stages",
          "x-apigw-functions",
          "x-apigw-usage-plans",
          "x-apigw-protocol",
          "x-apigw-websocket-routes",
          "$ref",
          "security",
          "paths",
          "components",
          "responses");

  @FuzzTest(maxDuration = "20s")
  void readsAnythingWithoutThrowing(FuzzedDataProvider data) throws Exception {
    String text =
        Mutator.asReadFromAFile(data.consumeBoolean() ? TEXT.mutate(data) : damagedTree(data));

    // The content picks the reader: SAM templates among the seeds go to the template reader.
    Parsed<Api> parsed = ApiFiles.read("fuzz.yaml", text);

    assertThat(parsed.value() != null || !parsed.diagnostics().isEmpty()).isTrue();
    assertThat(parsed.diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain("openapi.internal", "template.internal");
    if (parsed.isClean()) {
      String written = OpenApi.writer(OpenApi.Format.YAML).write(parsed.value());
      Parsed<Api> again = OpenApi.reader().read("written.yaml", written);
      assertThat(again.value())
          .as("reading back:\n%s", written)
          .isEqualTo(withoutTemplateOnlyParts(parsed.value()));
    }
  }

  /**
   * A template's Lambda permissions have no place in OpenAPI (the generators make their own, scoped
   * to each route), so they are not expected back.
   */
  private static Api withoutTemplateOnlyParts(Api api) {
    return api.toBuilder()
        .functions(
            api.functions().stream()
                .map(f -> f.withInvokePermissions(java.util.List.of()))
                .toList())
        .build();
  }

  private static String damagedTree(FuzzedDataProvider data) throws Exception {
    if (TREES.isEmpty()) {
      return data.consumeRemainingAsString();
    }
    JsonNode tree = TREES.get(data.consumeInt(0, TREES.size() - 1)).deepCopy();
    int edits = data.consumeInt(1, 6);
    for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(tree, containers);
      JsonNode target = containers.get(data.consumeInt(0, containers.size() - 1));
      JsonNode value = value(data, containers);
      if (target instanceof ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        if (!names.isEmpty() && data.consumeBoolean()) {
          String name = names.get(data.consumeInt(0, names.size() - 1));
          if (data.consumeBoolean()) {
            object.remove(name);
          } else {
            object.set(name, value);
          }
        } else {
          object.set(EXTENSIONS.get(data.consumeInt(0, EXTENSIONS.size() - 1)), value);
        }
      } else if (target instanceof ArrayNode array) {
        if (!array.isEmpty() && data.consumeBoolean()) {
          array.remove(data.consumeInt(0, array.size() - 1));
        } else {
          array.add(value);
        }
      }
    }
    return data.consumeBoolean() ? JSON.writeValueAsString(tree) : YAML.writeValueAsString(tree);
  }

  private static JsonNode value(FuzzedDataProvider data, List<JsonNode> containers) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (data.consumeInt(0, 7)) {
      case 0 -> nodes.nullNode();
      case 1 -> nodes.booleanNode(data.consumeBoolean());
      case 2 -> nodes.numberNode(data.consumeLong());
      case 3 -> nodes.numberNode(data.consumeDouble());
      case 4 -> nodes.objectNode();
      case 5 -> nodes.arrayNode();
      case 6 -> containers.get(data.consumeInt(0, containers.size() - 1)).deepCopy();
      default -> nodes.textNode(data.consumeString(32));
    };
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private static List<String> seeds() {
    List<String> texts = new ArrayList<>(Samples.texts(".yaml"));
    for (String folder : List.of("aws-apigw", "sam-templates/real")) {
      Path fixtures = Samples.fixtures().resolve(folder);
      if (Files.isDirectory(fixtures)) {
        try (Stream<Path> files = Files.list(fixtures)) {
          files.sorted().map(Samples::read).forEach(texts::add);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return texts;
  }

  private static List<JsonNode> trees(List<String> texts) {
    List<JsonNode> trees = new ArrayList<>();
    for (String text : texts) {
      try {
        JsonNode tree = YAML.readTree(text);
        if (tree != null && tree.isContainerNode()) {
          trees.add(tree);
        }
      } catch (IOException e) {
        // a seed that is not YAML still serves as text
      }
    }
    return trees;
  }
}
