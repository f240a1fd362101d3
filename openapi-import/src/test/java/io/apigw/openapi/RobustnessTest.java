package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.apigw.model.Api;
import io.apigw.model.Parsed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader never throws: whatever the input, it returns a model or diagnostics. */
class RobustnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Parsed<Api> readSafely(String name, String text) {
    Parsed<Api> parsed = OpenApi.reader().read(name, text);
    assertThat(parsed.value() != null || !parsed.diagnostics().isEmpty())
        .as("a model or diagnostics")
        .isTrue();
    assertThat(Read.codes(parsed))
        .as(text.length() > 300 ? name : text)
        .doesNotContain("openapi.internal");
    return parsed;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   \n\t",
        "null",
        "42",
        "[]",
        "\"just a string\"",
        "{}",
        "---\n---\n",
        "openapi: 3.0.1\n---\nswagger: '2.0'\n",
        "\u0000\u0001\u0002",
        "\uFEFF{\"openapi\": \"3.0.1\"}",
        "\ud800 lone surrogate",
        "{openapi: 3.0.1, info: {title: flow}, paths: {}}",
        "key: value\n\tbad tab indentation: x\n",
        "a: &a [*a]",
        "a: *undefined",
        "openapi: 3.0.1\ninfo: {title: t}\npaths:\n  /x: {<<: {get: {}}}\n",
        "swagger: 2.0\n",
        "openapi: 4.0.0\n",
        "openapi: [3]\ninfo: 5\npaths: []\n",
        "openapi: 3.0.1\ninfo: {title: {nested: true}}\npaths: {/a: 5, /b: [], /c: {get: 5, put: [], post: null}}\n",
      })
  void oddInputsGiveDiagnostics(String text) {
    readSafely("odd.yaml", text);
  }

  @Test
  void wrongTypesEverywhere() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: t, version: [1]}
        tags: {a: b}
        security: {a: b}
        servers: [5, {x-amazon-apigateway-endpoint-configuration: 5}]
        paths:
          /a:
            parameters: {a: 1}
            get:
              parameters: [5, {name: x}, {in: query}, {name: [], in: {}}]
              requestBody: {content: [1]}
              responses: [1]
              security: [5, {a: 5}]
              x-amazon-apigateway-auth: {type: [1]}
              x-amazon-apigateway-integration:
                type: {}
                uri: [1]
                timeoutInMillis: soon
                requestParameters: [1]
                requestTemplates: {a: {b: c}}
                responses: {default: 5, "2\\\\d{2}": {}, x: {statusCode: []}}
                tlsConfig: yes
                cacheKeyParameters: {a: b}
            post:
              responses: {"200": {content: {application/json: {schema: 5}}, headers: [1]}}
        components:
          schemas: [1]
          securitySchemes:
            a: 5
            b: {x-amazon-apigateway-authorizer: 5}
            c: {x-amazon-apigateway-authorizer: {type: 5, identitySource: {}, authorizerResultTtlInSeconds: x, jwtConfiguration: []}}
        x-amazon-apigateway-cors: {allowOrigins: {a: b}, maxAge: x}
        x-amazon-apigateway-gateway-responses: {DEFAULT_4XX: {statusCode: 4xx, responseParameters: 5}}
        x-amazon-apigateway-request-validators: {a: {validateRequestBody: maybe}}
        x-amazon-apigateway-binary-media-types: {a: b}
        x-amazon-apigateway-minimum-compression-size: big
        x-amazon-apigateway-api-key-source: BODY
        x-apigw-protocol: [rest]
        x-apigw-endpoint-type: 5
        x-apigw-stages: {prod: {settings: {"*": {throttle: 5, loggingLevel: LOUD}}, canary: 5}, test: 7}
        x-apigw-functions: [getPet]
        x-apigw-usage-plans: {p: {quota: {limit: x}, stages: [5, {stage: []}, {stage: prod, routeThrottles: []}], keys: {}}}
        x-apigw-domains: {d: {mappings: [5, {basePath: x}]}}
        x-apigw-api-keys: {k: {enabled: sometimes}}
        x-apigw-websocket-routes: [1]
        x-apigw-route-order: {a: b}
        """;
    Parsed<Api> parsed = readSafely("types.yaml", doc);
    assertThat(parsed.value()).isNotNull();
    assertThat(parsed.hasErrors()).isTrue();
  }

  @Test
  void deepNestingIsRefused() {
    readSafely("deep.json", "[".repeat(100_000));
    readSafely("deep.yaml", "a:\n" + "  - \n".repeat(5_000));
    readSafely("deep-ok.json", "{\"x\": " + "[".repeat(900) + "]".repeat(900) + "}");
  }

  @Test
  void yamlAliasBombsStopAtTheBudget() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char previous = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      bomb.append("]\n");
    }
    Parsed<Api> parsed = readSafely("bomb.yaml", bomb.toString());
    assertThat(Read.codes(parsed)).contains("openapi.yaml.alias");
  }

  /** Random damage to real definitions: every read ends in a model or diagnostics. */
  @Test
  void mutatedFixturesNeverBreakTheReaderOrTheWriter() throws Exception {
    List<Path> files = new ArrayList<>(Fixtures.files("aws-apigw"));
    Random random = new Random(20261125);
    JsonNode[] values = {
      JSON.nullNode(),
      JSON.getNodeFactory().numberNode(42),
      JSON.getNodeFactory().textNode("text ${AWS::Region}"),
      JSON.getNodeFactory().booleanNode(true),
      JSON.readTree("[]"),
      JSON.readTree("{}"),
      JSON.readTree("{\"$ref\": \"#/\"}"),
      JSON.readTree("{\"$ref\": \"#/paths\"}"),
      JSON.readTree("{\"$ref\": \"nowhere.yaml#/x\"}"),
      JSON.readTree("[1, \"a\", {}]"),
      JSON.readTree("{\"Fn::Sub\": 5}"),
      JSON.readTree("{\"type\": \"token\", \"identitySource\": 5}"),
    };
    int reads = 0;
    for (Path file : files) {
      JsonNode original = new YAMLMapper().readTree(Fixtures.text(file));
      for (int round = 0; round < 40; round++) {
        JsonNode copy = original.deepCopy();
        for (int hits = 1 + random.nextInt(4); hits > 0; hits--) {
          mutate(copy, random, values);
        }
        Parsed<Api> parsed =
            readSafely(file.getFileName() + "#" + round, JSON.writeValueAsString(copy));
        reads++;
        if (parsed.value() != null) {
          for (OpenApi.Format format : OpenApi.Format.values()) {
            readSafely("again." + format, OpenApi.writer(format).write(parsed.value()));
          }
        }
      }
    }
    assertThat(reads).isEqualTo(files.size() * 40);
  }

  private static void mutate(JsonNode root, Random random, JsonNode[] values) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    JsonNode value = values[random.nextInt(values.length)].deepCopy();
    if (target instanceof ObjectNode object && !object.isEmpty()) {
      int index = random.nextInt(object.size());
      Iterator<String> names = object.fieldNames();
      String name = names.next();
      for (int i = 0; i < index; i++) {
        name = names.next();
      }
      object.set(name, value);
    } else if (target instanceof ArrayNode array && !array.isEmpty()) {
      array.set(random.nextInt(array.size()), value);
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }
}
