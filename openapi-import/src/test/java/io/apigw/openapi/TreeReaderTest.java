package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.apigw.model.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The positioned tree: the same nodes ObjectMapper reads, plus YAML's aliases and merge keys. */
class TreeReaderTest {
  private static JsonNode read(String name, String text, List<Diagnostic> diagnostics) {
    return new TreeReader(new Positions(name), diagnostics).read(name, text);
  }

  @Test
  void nodesAreTheOnesObjectMapperReadsForEveryFixtureBelowOneMegabyte() throws Exception {
    // given every fixture (some with CloudFormation tags, which only we turn into functions)
    List<Path> files = new ArrayList<>(Fixtures.files("aws-apigw"));
    files.addAll(Fixtures.files("openapi-corpus"));
    for (Path file : files) {
      String text = Fixtures.text(file);
      // Large files only cost time here; the corpus test reads them.
      if (text.length() > 1_000_000
          || text.contains("!Sub")
          || text.contains("!GetAtt")
          || text.contains("!Ref")) {
        continue;
      }
      ObjectMapper mapper =
          file.toString().endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
      // when read by both, then the trees are equal, node types included
      JsonNode ours = read(file.toString(), text, new ArrayList<>());
      assertThat(ours).as(file.toString()).isEqualTo(mapper.readTree(text));
    }
  }

  @Test
  void numbersKeepTheirJacksonTypes() throws Exception {
    String text =
        "{i: 1, l: 12345678901, b: 123456789012345678901234567890, d: 1.5, e: 1e3, s: '1'}";
    assertThat(read("n.yaml", text, new ArrayList<>())).isEqualTo(new YAMLMapper().readTree(text));
  }

  @Test
  void aliasesAndMergeKeysAreExpanded() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    JsonNode tree =
        read(
            "a.yaml",
            """
            base: &base {type: http_proxy, httpMethod: GET}
            copy: *base
            merged:
              <<: *base
              httpMethod: POST
            """,
            diagnostics);
    assertThat(diagnostics).isEmpty();
    assertThat(tree.get("copy")).isEqualTo(tree.get("base"));
    assertThat(tree.get("merged").toString())
        .isEqualTo("{\"httpMethod\":\"POST\",\"type\":\"http_proxy\"}");
  }

  @Test
  void aMergeKeyWithAValueInPlaceIsAnOrdinaryKey() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    assertThat(read("m.yaml", "\"<<\": {a: 1}\n", diagnostics).toString())
        .isEqualTo("{\"<<\":{\"a\":1}}");
    assertThat(read("m.json", "{\"<<\": {\"a\": 1}}", diagnostics).toString())
        .isEqualTo("{\"<<\":{\"a\":1}}");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void cloudFormationShortTagsBecomeTheirLongForm() {
    JsonNode tree =
        read(
            "cfn.yaml",
            "a: !Sub 'x-${AWS::Region}'\nb: !GetAtt Fn.Arn\nc: !Join [':', [a, b]]\n",
            new ArrayList<>());
    assertThat(tree.toString())
        .isEqualTo(
            "{\"a\":{\"Fn::Sub\":\"x-${AWS::Region}\"},\"b\":{\"Fn::GetAtt\":\"Fn.Arn\"},"
                + "\"c\":{\"Fn::Join\":[\":\",[\"a\",\"b\"]]}}");
  }

  @Test
  void duplicateKeysAreReportedAndTheLastCounts() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    JsonNode tree = read("d.json", "{\"a\": 1,\n \"a\": 2}", diagnostics);
    assertThat(tree.get("a").intValue()).isEqualTo(2);
    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("openapi.duplicate-key");
    assertThat(diagnostics.get(0).at().line()).isEqualTo(2);
  }

  @Test
  void largeYamlBeyondSnakeYamlsDefaultLimitReads() {
    // given a YAML text of more than SnakeYAML's default 3 MB
    StringBuilder text = new StringBuilder("paths:\n");
    for (int i = 0; text.length() < 4_000_000; i++) {
      text.append("  /p")
          .append(i)
          .append(": {get: {description: '")
          .append("x".repeat(80))
          .append("'}}\n");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    assertThat(read("big.yaml", text.toString(), diagnostics)).isNotNull();
    assertThat(diagnostics).isEmpty();
  }
}
