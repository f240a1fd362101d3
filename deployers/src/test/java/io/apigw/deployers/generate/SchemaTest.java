package io.apigw.deployers.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.apigw.model.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Generated CloudFormation resources validate against the CloudFormation registry's resource
 * schemas ({@code ../shared/fixtures/schemas/cfn-registry-us-east-1/}: AWS::ApiGateway::* and
 * AWS::ApiGatewayV2::*; the folder has no schemas for Lambda, IAM or WAF, whose resources cfn-lint
 * checks instead), and generated SAM templates validate against SAM's own schema ({@code
 * schemas/sam/sam.schema.json}). Skipped, with a message, where the fixtures are absent.
 */
class SchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path schemas() {
    Path schemas = Samples.fixtures().resolve("schemas");
    assumeTrue(Files.isDirectory(schemas), "no shared fixtures at " + schemas + "; skipped");
    return schemas;
  }

  @Test
  void everyApiGatewayResourceMatchesItsRegistrySchema() throws Exception {
    Path registry = schemas().resolve("cfn-registry-us-east-1");
    Map<String, Schema> byType = new HashMap<>();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    int withoutSchema = 0;
    for (Generated.Case c : Generated.templates()) {
      if (c.target() != Generator.Target.CLOUDFORMATION) {
        continue;
      }
      JsonNode resources = JSON.readTree(c.json()).get("Resources");
      Iterator<Map.Entry<String, JsonNode>> entries = resources.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        String type = entry.getValue().get("Type").asText();
        Path file = registry.resolve(type.toLowerCase(Locale.ROOT).replace("::", "-") + ".json");
        if (!Files.exists(file)) {
          withoutSchema++;
          continue;
        }
        Schema schema =
            byType.computeIfAbsent(
                type,
                t ->
                    SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                        .getSchema(Samples.read(file), InputFormat.JSON));
        JsonNode properties = withoutIntrinsics(entry.getValue().get("Properties"));
        var errors = schema.validate(JSON.writeValueAsString(properties), InputFormat.JSON);
        checked++;
        if (!errors.isEmpty()) {
          failures.add(c + " " + entry.getKey() + " (" + type + "): " + errors);
        }
      }
    }
    System.out.printf(
        "registry schemas: %d resources checked, %d of types without a schema here%n",
        checked, withoutSchema);
    assertThat(checked).isGreaterThan(20);
    assertThat(failures).isEmpty();
  }

  @Test
  void everySamTemplateMatchesSamsSchema() throws Exception {
    Path file = schemas().resolve("sam/sam.schema.json");
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(Samples.read(file), InputFormat.JSON);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Generated.Case c : Generated.templates()) {
      if (c.target() != Generator.Target.SAM) {
        continue;
      }
      var errors = schema.validate(c.json(), InputFormat.JSON);
      checked++;
      if (!errors.isEmpty()) {
        failures.add(c + ": " + errors);
      }
    }
    System.out.printf("SAM schema: %d templates checked%n", checked);
    assertThat(failures).isEmpty();
  }

  /**
   * Intrinsic functions stand for values CloudFormation computes; the schemas describe the values,
   * so each intrinsic is replaced by a string (every property the generators fill with one is a
   * string).
   */
  static JsonNode withoutIntrinsics(JsonNode node) {
    if (node.isObject()) {
      if (node.size() == 1) {
        String field = node.fieldNames().next();
        if (field.equals("Ref") || field.startsWith("Fn::")) {
          return JSON.getNodeFactory().textNode("intrinsic");
        }
      }
      ObjectNode copy = JSON.createObjectNode();
      node.fields().forEachRemaining(e -> copy.set(e.getKey(), withoutIntrinsics(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      var copy = JSON.createArrayNode();
      node.forEach(child -> copy.add(withoutIntrinsics(child)));
      return copy;
    }
    return node;
  }
}
