package io.apigw.local.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.local.http.Headers;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.PassthroughBehavior;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntegrationRequestsTest {
  private final MappingTemplates templates = MappingTemplates.create();

  private static TemplateInput post(String contentType, String body) {
    return TemplateInput.of(
        Requests.request(
            "POST",
            "/dev/pets/42",
            "q=1",
            contentType == null ? Headers.empty() : Headers.of("Content-Type", contentType),
            body),
        Requests.context(Map.of("petId", "42")));
  }

  @Test
  void aMatchingTemplateMakesTheBodyAndItsOverridesJoinTheParameters() {
    // given a JSON template that also overrides a header (apigateway-override-request-response-
    // parameters.md) and a mapped query parameter
    Integration integration =
        Integration.builder(IntegrationKind.HTTP)
            .requestParameter("integration.request.querystring.q", "method.request.querystring.q")
            .requestTemplate(
                "application/json",
                "{\"name\": $input.json('$.name')}#set($context.requestOverride.header.X-Over = 'o')")
            .build();

    // when
    IntegrationRequests.Outcome outcome =
        IntegrationRequests.map(
            integration,
            post("application/json; charset=UTF-8", "{\"name\": \"rex\", \"x\": 1}"),
            templates);

    // then
    IntegrationRequests.Mapped mapped = (IntegrationRequests.Mapped) outcome;
    assertThat(mapped.transformed()).isTrue();
    assertThat(mapped.bodyText()).isEqualTo("{\"name\": \"rex\"}");
    assertThat(mapped.parameters().querystrings()).containsEntry("q", List.of("1"));
    assertThat(mapped.parameters().headers()).containsEntry("X-Over", List.of("o"));
  }

  @Test
  void withoutAContentTypeTheJsonTemplateApplies() {
    // given request-response-data-mappings.md: no Content-Type is application/json
    Integration integration =
        Integration.builder(IntegrationKind.LAMBDA)
            .passthroughBehavior(PassthroughBehavior.NEVER)
            .requestTemplate("application/json", "{\"id\": \"$input.params('petId')\"}")
            .build();

    IntegrationRequests.Mapped mapped =
        (IntegrationRequests.Mapped)
            IntegrationRequests.map(integration, post(null, null), templates);

    assertThat(mapped.bodyText()).isEqualTo("{\"id\": \"42\"}");
  }

  @Test
  void anUnmatchedBodyPassesThroughUntouched() {
    Integration integration =
        Integration.builder(IntegrationKind.HTTP)
            .requestTemplate("application/json", "never used")
            .build();

    IntegrationRequests.Mapped mapped =
        (IntegrationRequests.Mapped)
            IntegrationRequests.map(integration, post("application/xml", "<pet/>"), templates);

    assertThat(mapped.transformed()).isFalse();
    assertThat(new String(mapped.body(), StandardCharsets.UTF_8)).isEqualTo("<pet/>");
  }

  @Test
  void anUnmatchedBodyIsRefusedWhenTheBehaviorSaysSo() {
    // given integration-passthrough-behaviors.md: 415 Unsupported Media Type
    Integration integration =
        Integration.builder(IntegrationKind.HTTP)
            .passthroughBehavior(PassthroughBehavior.WHEN_NO_TEMPLATES)
            .requestTemplate("application/json", "{}")
            .build();

    assertThat(IntegrationRequests.map(integration, post("application/xml", "<pet/>"), templates))
        .isEqualTo(new IntegrationRequests.Unsupported("application/xml"));
  }

  @Test
  void aFailingRequestTemplateIsAFailureForA500() {
    Integration integration =
        Integration.builder(IntegrationKind.HTTP)
            .requestTemplate("application/json", "$util.base64Decode('***')")
            .build();

    assertThat(IntegrationRequests.map(integration, post("application/json", "{}"), templates))
        .isInstanceOf(IntegrationRequests.Failed.class);
  }
}
