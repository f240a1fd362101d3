package io.apigw.local.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.PassthroughBehavior;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateSelectionTest {
  private static Integration integration(String templateType, PassthroughBehavior behavior) {
    Integration.Builder builder =
        Integration.builder(IntegrationKind.HTTP).passthroughBehavior(behavior);
    if (templateType != null) {
      builder.requestTemplate(templateType, "template for " + templateType);
    }
    return builder.build();
  }

  private static String outcome(TemplateSelection.RequestChoice choice) {
    if (choice instanceof TemplateSelection.UseTemplate use) {
      return "transformed";
    }
    return choice instanceof TemplateSelection.PassThrough ? "as-is" : "415";
  }

  @ParameterizedTest(name = "template {0}, Content-Type {1}, {2}: {3}")
  @CsvSource(
      nullValues = "none",
      value = {
        // integration-passthrough-behaviors.md, example 1: a template for application/json
        "application/json, none, WHEN_NO_MATCH, transformed",
        "application/json, none, WHEN_NO_TEMPLATES, transformed",
        "application/json, none, NEVER, transformed",
        "application/json, application/json, WHEN_NO_MATCH, transformed",
        "application/json, application/json, WHEN_NO_TEMPLATES, transformed",
        "application/json, application/json, NEVER, transformed",
        "application/json, application/xml, WHEN_NO_MATCH, as-is",
        "application/json, application/xml, WHEN_NO_TEMPLATES, 415",
        "application/json, application/xml, NEVER, 415",
        // example 2: a template for application/xml
        "application/xml, none, WHEN_NO_MATCH, as-is",
        "application/xml, none, WHEN_NO_TEMPLATES, 415",
        "application/xml, none, NEVER, 415",
        "application/xml, application/json, WHEN_NO_MATCH, as-is",
        "application/xml, application/json, WHEN_NO_TEMPLATES, 415",
        "application/xml, application/json, NEVER, 415",
        "application/xml, application/xml, WHEN_NO_MATCH, transformed",
        "application/xml, application/xml, WHEN_NO_TEMPLATES, transformed",
        "application/xml, application/xml, NEVER, transformed",
        // no template at all: WHEN_NO_TEMPLATES passes through, NEVER refuses
        "none, application/xml, WHEN_NO_MATCH, as-is",
        "none, application/xml, WHEN_NO_TEMPLATES, as-is",
        "none, application/xml, NEVER, 415",
      })
  void passthroughBehaviorsAsDocumented(
      String templateType, String contentType, PassthroughBehavior behavior, String expected) {
    assertThat(
            outcome(TemplateSelection.forRequest(integration(templateType, behavior), contentType)))
        .isEqualTo(expected);
  }

  @Test
  void withoutABehaviorTheDefaultIsWhenNoMatch() {
    assertThat(
            outcome(
                TemplateSelection.forRequest(integration("application/json", null), "text/plain")))
        .isEqualTo("as-is");
  }

  @Test
  void onlyTheMimeTypeOfContentTypeCounts() {
    // given request-response-data-mappings.md: "Content-Type: application/json; charset=UTF-8"
    // selects the application/json template
    TemplateSelection.RequestChoice choice =
        TemplateSelection.forRequest(
            integration("application/json", PassthroughBehavior.NEVER),
            "Application/JSON; charset=UTF-8");

    assertThat(choice)
        .isEqualTo(
            new TemplateSelection.UseTemplate("application/json", "template for application/json"));
  }

  private static final Map<String, String> RESPONSE_TEMPLATES = new LinkedHashMap<>();

  static {
    RESPONSE_TEMPLATES.put("application/xml", "xml");
    RESPONSE_TEMPLATES.put("application/json", "json");
    RESPONSE_TEMPLATES.put("text/html", "html");
  }

  @ParameterizedTest(name = "Accept {0}: {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        // request-response-data-mappings.md, "Select a VTL mapping template"
        "none, json", // no Accept: application/json
        "application/xml, xml",
        "text/html; q=0.9, html",
        "image/png, xml", // no match: the first template
        "'image/png, text/html', html",
      })
  void responseTemplatesAreSelectedByAccept(String accept, String expected) {
    assertThat(TemplateSelection.forResponse(RESPONSE_TEMPLATES, accept).orElseThrow().getValue())
        .isEqualTo(expected);
  }

  @Test
  void withoutAcceptAndWithoutAJsonTemplateTheFirstIsUsed() {
    // given "If no template is defined for application/json, API Gateway selects the first"
    Map<String, String> templates = new LinkedHashMap<>();
    templates.put("application/xml", "xml");
    templates.put("text/plain", "text");

    assertThat(TemplateSelection.forResponse(templates, null).orElseThrow().getKey())
        .isEqualTo("application/xml");
  }

  @Test
  void withoutTemplatesTheResponsePassesThrough() {
    assertThat(TemplateSelection.forResponse(Map.of(), "application/json")).isEmpty();
  }
}
