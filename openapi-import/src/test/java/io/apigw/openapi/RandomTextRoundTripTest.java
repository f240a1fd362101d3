package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.Api;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.GatewayResponse;
import io.apigw.model.HttpMethod;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.IntegrationResponse;
import io.apigw.model.MethodResponse;
import io.apigw.model.ParamLocation;
import io.apigw.model.Parsed;
import io.apigw.model.Protocol;
import io.apigw.model.RequestParameter;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.SchemaModel;
import io.apigw.model.Stage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random text in every place a user writes text, as values and as keys: the writer's quoting must
 * read back as the same strings in YAML and JSON.
 */
class RandomTextRoundTripTest {
  private static final String[] PIECES = {
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "true",
    "null",
    "~",
    "1",
    "0.5",
    "1e3",
    "0x1F",
    "0o17",
    "2024-01-01",
    "12:30",
    "-",
    "--",
    "---",
    "...",
    "?",
    ":",
    ": ",
    " #",
    "#",
    "&a",
    "*a",
    "!Ref",
    "|",
    ">",
    "%",
    "@",
    "`",
    "'",
    "\"",
    "\\",
    "{",
    "}",
    "[",
    "]",
    ",",
    "\n",
    "\r\n",
    "\t",
    " ",
    "  ",
    "\u0085",
    "\u2028",
    "\u00a0",
    "\ufeff",
    "é",
    "→",
    "🚀",
    "\u0007",
    "$context.x",
    "${stageVariables.a}",
    "$ref",
    "<<",
    "=",
    "x-",
    "/",
    "~1",
    "method.request.header.X",
    "a",
  };

  private static String text(Random random) {
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(5); i >= 0; i--) {
      out.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return out.toString();
  }

  /**
   * A selection pattern, which is a key in OpenAPI: anything but {@code $ref}, which OpenAPI reads
   * as a reference wherever it is a key (docs/openapi.md, "Not carried").
   */
  private static String pattern(Random random) {
    String pattern = text(random);
    return pattern.equals("$ref") ? pattern + "a" : pattern;
  }

  /** Text that can be a name (no leading x-, no path or response header prefixes). */
  private static String name(Random random, String prefix, int index) {
    return prefix + index + text(random);
  }

  private static Map<String, String> map(Random random, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      out.put(name(random, prefix, i), text(random));
    }
    return out;
  }

  static Api model(Random random) {
    String modelName = name(random, "M", 0);
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    schema.put("description", text(random));
    schema.putObject("properties").putObject(text(random)).put("pattern", text(random));
    Integration integration =
        Integration.builder(IntegrationKind.HTTP)
            .uri("https://" + text(random))
            .httpMethod(text(random))
            .requestParameters(map(random, "integration.request.header."))
            .requestTemplates(map(random, "t/"))
            .cacheNamespace(text(random))
            .cacheKeyParameters(List.of(text(random), text(random)))
            .response(
                new IntegrationResponse(
                    null, pattern(random), text(random), map(random, "H"), map(random, "c/"), null))
            .build();
    Route route =
        Route.builder(RouteKey.Http.of(HttpMethod.POST, "/" + text(random)))
            .operationId(text(random))
            .authorization(
                new Authorization.Custom(null, "auth" + text(random), List.of(text(random))))
            .parameter(new RequestParameter(null, ParamLocation.HEADER, name(random, "P", 1), true))
            .requestModel(name(random, "type/", 1), modelName)
            .response(
                new MethodResponse(
                    null, "200", List.of(name(random, "H", 1)), Map.of("a/b", modelName)))
            .validator(text(random))
            .integration(integration)
            .build();
    return Api.builder(text(random), Protocol.REST)
        .description(text(random))
        .version(text(random))
        .binaryMediaTypes(List.of(text(random)))
        .tags(map(random, "tag"))
        .model(new SchemaModel(null, modelName, text(random), schema))
        .gatewayResponse(
            new GatewayResponse(
                null, name(random, "G", 1), 400, map(random, "h"), map(random, "c/")))
        .authorizer(
            Authorizer.builder(
                    "auth" + route.authorization().toString().length(), AuthorizerType.REQUEST)
                .uri(text(random))
                .identitySources(List.of("method.request.header.A" + random.nextInt(9)))
                .authType(text(random))
                .build())
        .route(route)
        .stage(
            Stage.builder(name(random, "s", 1))
                .variables(map(random, "v"))
                .description(text(random))
                .build())
        .build();
  }

  @Test
  void randomTextSurvivesBothFormats() {
    Random random = new Random(Long.getLong("seed", 42));
    for (int round = 0; round < Integer.getInteger("rounds", 300); round++) {
      Api api = model(random);
      // the route's authorizer must exist under the name the route uses
      Route route = api.routes().get(0);
      String authorizer = ((Authorization.Custom) route.authorization()).authorizer();
      api =
          api.toBuilder()
              .authorizers(List.of(api.authorizers().get(0).toBuilder().name(authorizer).build()))
              .build();
      for (OpenApi.Format format : OpenApi.Format.values()) {
        String written = OpenApi.writer(format).write(api);
        Parsed<Api> back = OpenApi.reader().read("random." + format, written);
        assertThat(back.value()).as(written).isNotNull();
        assertThat(ModelDiff.first(api, back.value())).as(written).isNull();
      }
    }
  }
}
