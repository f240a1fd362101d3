package io.apigw.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.apigw.lint.Finding;
import io.apigw.lint.Rules;
import io.apigw.model.Severity;
import io.apigw.model.SourceRange;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportersTest {
  private static final List<FileReport> FILES =
      List.of(
          new FileReport(
              "apis/orders api.apigw",
              List.of(
                  new Finding(
                      "W7001",
                      Severity.WARNING,
                      SourceRange.of("apis/orders api.apigw", 3, 1),
                      "stage `prod` writes no access log",
                      "add `access-log <log group ARN>` to the stage"),
                  new Finding(
                      "openapi.placeholder",
                      Severity.ERROR,
                      SourceRange.of("apis/orders api.apigw", 7, 5),
                      "a message, with: commas\nand a newline",
                      null))),
          new FileReport("clean.yaml", List.of()));

  @Test
  void sarifIsValidAgainstTheSarif210Schema() throws Exception {
    // given OASIS's SARIF 2.1.0 JSON schema (from npm @microsoft/jest-sarif, MIT; see README there)
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }

    // when
    String sarif = print(new SarifReporter(Rules.all(), "0.1.0"));

    // then
    assertThat(schema.validate(sarif, InputFormat.JSON)).isEmpty();
    assertThat(sarif)
        .contains("\"version\" : \"2.1.0\"")
        .contains("\"ruleId\" : \"W7001\"")
        .contains("\"uri\" : \"apis/orders%20api.apigw\"")
        .contains("\"startLine\" : 3")
        .contains("\"level\" : \"warning\"");
  }

  @Test
  void sarifOfNoFindingsIsValidToo() throws Exception {
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    StringWriter text = new StringWriter();
    new SarifReporter(Rules.all(), "0.1.0")
        .report(List.of(new FileReport("a.apigw", List.of())), new PrintWriter(text));

    assertThat(schema.validate(text.toString(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void textGroupsPerFileAndEndsWithASummary() {
    String text = print(new TextReporter(false));

    assertThat(text)
        .isEqualTo(
            """
            apis/orders api.apigw
              apis/orders api.apigw:3:1  warning  W7001  stage `prod` writes no access log
                                         hint: add `access-log <log group ARN>` to the stage
              apis/orders api.apigw:7:5  error    openapi.placeholder  a message, with: commas
            and a newline

            2 problems (1 error, 1 warning, 0 info) in 1 file of 2
            """);
  }

  @Test
  void textInColourWrapsSeveritiesInAnsiCodes() {
    assertThat(print(new TextReporter(true))).contains("\u001b[33mwarning\u001b[0m");
  }

  @Test
  void githubPrintsWorkflowCommandsWithEscapedValues() {
    String text = print(new GithubReporter());

    assertThat(text.lines())
        .containsExactly(
            "::warning file=apis/orders api.apigw,line=3,col=1,title=W7001::stage `prod` writes no"
                + " access log (add `access-log <log group ARN>` to the stage)",
            "::error file=apis/orders api.apigw,line=7,col=5,title=openapi.placeholder::a message,"
                + " with: commas%0Aand a newline");
  }

  @Test
  void jsonListsFindingsAndCounts() {
    String json = print(new JsonReporter());

    assertThat(json)
        .contains("\"rule\" : \"W7001\"")
        .contains("\"line\" : 3")
        .contains("\"errors\" : 1")
        .contains("\"warnings\" : 1")
        .contains("\"files\" : 2");
  }

  private static String print(Reporter reporter) {
    StringWriter text = new StringWriter();
    reporter.report(FILES, new PrintWriter(text));
    return text.toString();
  }
}
