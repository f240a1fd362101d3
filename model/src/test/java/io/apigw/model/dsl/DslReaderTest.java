package io.apigw.model.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.apigw.model.Api;
import io.apigw.model.ApiReader;
import io.apigw.model.Authorization;
import io.apigw.model.Diagnostic;
import io.apigw.model.DiagnosticPrinter;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.IntegrationResponse;
import io.apigw.model.LoggingLevel;
import io.apigw.model.MethodSetting;
import io.apigw.model.ParamLocation;
import io.apigw.model.Parsed;
import io.apigw.model.RequestParameter;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.SourceRange;
import io.apigw.model.Stage;
import io.apigw.model.Throttle;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DslReaderTest {
  private final ApiReader reader = Dsl.reader();

  private Api clean(String text) {
    Parsed<Api> parsed = reader.read("t.apigw", text);
    assertThat(parsed.diagnostics()).as(text).isEmpty();
    return parsed.value();
  }

  private List<Diagnostic> errors(String text) {
    return reader.read("t.apigw", text).diagnostics();
  }

  @Nested
  class Sugar {
    @Test
    void mockWithStatusAndBodyIsARequestTemplateAndOneDefaultResponse() {
      // given
      String text = "api x: rest\nGET /health -> mock 200 {\"status\": \"ok\"}\n";

      // when
      Integration mock = clean(text).routes().get(0).integration();

      // then
      assertThat(mock)
          .isEqualTo(
              Integration.builder(IntegrationKind.MOCK)
                  .requestTemplate("application/json", "{\"statusCode\": 200}")
                  .response(
                      new IntegrationResponse(
                          SourceRange.NONE,
                          "default",
                          "200",
                          Map.of(),
                          Map.of("application/json", "{\"status\": \"ok\"}"),
                          null))
                  .build());
    }

    @Test
    void mockBodyMayBeAQuotedStringOrAbsent() {
      // given
      String text =
          "api x: rest\nGET /a -> mock 201 \"created\"\nGET /b -> mock 204\nGET /c -> mock\n";

      // when
      List<Route> routes = clean(text).routes();

      // then
      assertThat(routes.get(0).integration().responses().get(0).templates())
          .containsExactly(Map.entry("application/json", "created"));
      assertThat(routes.get(1).integration()).isEqualTo(Models.mock("204", null));
      assertThat(routes.get(2).integration())
          .isEqualTo(Integration.builder(IntegrationKind.MOCK).build());
    }

    @Test
    void headerIsTheIdentitySourceInTheProtocolsOwnForm() {
      // given
      String rest =
          "api x: rest\nauth a: token function=f header=Authorization\nfunction f: arn:aws:lambda:x\n";
      String http = "api x: http\nauth a: jwt issuer=https://i audience=w header=Authorization\n";

      // when / then
      assertThat(clean(rest).authorizers().get(0).identitySources())
          .containsExactly("method.request.header.Authorization");
      assertThat(clean(http).authorizers().get(0).identitySources())
          .containsExactly("$request.header.Authorization");
    }

    @Test
    void keysListTheirPlansAndThePlansStoreTheKeysInKeyOrder() {
      // given
      String text =
          """
          api x: rest
          plan gold: keys vip
          plan basic: stages prod
          stage prod
          key b: plan basic gold
          key a: plan basic
          key vip:
          """;

      // when
      Api api = clean(text);

      // then
      assertThat(api.usagePlan("basic").orElseThrow().keys()).containsExactly("b", "a");
      assertThat(api.usagePlan("gold").orElseThrow().keys()).containsExactly("vip", "b");
    }

    @Test
    void stageLineSettingsAreTheAllRoutesSettingAndRouteStarAddsToThem() {
      // given
      String text =
          """
          api x: rest
          stage prod throttle 100/s burst 200 log info metrics cache 0.5
            route GET /a: cache 60s
            route *: cache 300s encrypted
          GET /a -> mock
          """;

      // when
      Stage stage = clean(text).stage("prod").orElseThrow();

      // then
      assertThat(stage.cacheClusterEnabled()).isTrue();
      assertThat(stage.cacheClusterSize()).isEqualTo("0.5");
      assertThat(stage.settings())
          .containsExactly(
              new MethodSetting(
                  SourceRange.NONE,
                  "*",
                  Throttle.of(100.0, 200),
                  LoggingLevel.INFO,
                  null,
                  true,
                  true,
                  300,
                  true,
                  null),
              new MethodSetting(
                  SourceRange.NONE, "GET /a", null, null, null, null, true, 60, null, null));
    }

    @Test
    void wafOnTheStageLineIsTheStagesWebAcl() {
      // given
      String text =
          """
          api x: rest
          stage prod tracing waf=arn:aws:wafv2:us-east-1:123456789012:regional/webacl/api/a1b2
          GET /a -> mock
          """;

      // when
      Stage stage = clean(text).stage("prod").orElseThrow();

      // then
      assertThat(stage.webAclArn())
          .isEqualTo("arn:aws:wafv2:us-east-1:123456789012:regional/webacl/api/a1b2");
      assertThat(stage.tracing()).isTrue();
    }

    @Test
    void awsServiceActionIsTheActionUriAndAWordIsASubtype() {
      // given
      String text =
          "api x: http\nPOST /q -> aws sqs:SendMessage role=arn:r\nPOST /s -> aws StepFunctions-StartExecution\n";

      // when
      List<Route> routes = clean(text).routes();

      // then
      assertThat(routes.get(0).integration().uri())
          .isEqualTo("arn:aws:apigateway:${AWS::Region}:sqs:action/SendMessage");
      assertThat(routes.get(1).integration().subtype()).isEqualTo("StepFunctions-StartExecution");
    }

    @Test
    void lambdaIsCalledWithPostUnlessTheMethodIsSaid() {
      // given
      String text =
          "api x: rest\nfunction f: arn:aws:lambda:f\nGET /a -> lambda f\nGET /b -> lambda f method=none\nGET /c -> lambda-custom f method=GET\n";

      // when
      List<Route> routes = clean(text).routes();

      // then
      assertThat(routes)
          .extracting(r -> r.integration().httpMethod())
          .containsExactly("POST", null, "GET");
      assertThat(routes.get(2).integration().kind()).isEqualTo(IntegrationKind.LAMBDA);
    }

    @Test
    void routeOptionsFillTheRoute() {
      // given
      String text =
          """
          api x: rest
          validator v: body
          model Pet: {}
          auth a: cognito pools=arn:p
          POST /pets/{id} -> http POST https://b/pets auth a scopes=r,w key op=create validator=v body=Pet body text/xml=Pet params path.id!,query.page,header.x-id!
          """;

      // when
      Route route = clean(text).routes().get(0);

      // then
      assertThat(route.authorization()).isEqualTo(Authorization.custom("a", "r", "w"));
      assertThat(route.apiKeyRequired()).isTrue();
      assertThat(route.operationId()).isEqualTo("create");
      assertThat(route.validator()).isEqualTo("v");
      assertThat(route.requestModels())
          .containsExactly(Map.entry("application/json", "Pet"), Map.entry("text/xml", "Pet"));
      assertThat(route.parameters())
          .extracting(RequestParameter::in, RequestParameter::name, RequestParameter::required)
          .containsExactly(
              tuple(ParamLocation.PATH, "id", true),
              tuple(ParamLocation.QUERY, "page", false),
              tuple(ParamLocation.HEADER, "x-id", true));
    }

    @Test
    void durationsTakeUnitsAndBareNumbersAreSecondsForTtlsAndMillisecondsForTimeouts() {
      // given
      String text =
          """
          api x: rest
          function f: java21 handler=h timeout=2m
          auth a: token function=f ttl=5m
          auth b: token function=f ttl=30
          GET /a -> lambda f timeout=1500
          GET /b -> lambda f timeout=2s
          """;

      // when
      Api api = clean(text);

      // then
      assertThat(api.function("f").orElseThrow().timeoutSeconds()).isEqualTo(120);
      assertThat(api.authorizers()).extracting(a -> a.ttlSeconds()).containsExactly(300, 30);
      assertThat(api.routes())
          .extracting(r -> r.integration().timeoutMillis())
          .containsExactly(1500, 2000);
    }

    @Test
    void responseHeadersAreMethodResponseHeaderParameters() {
      // given
      String text =
          """
          api x: rest
          GET /a -> http-custom GET https://b
            response "4\\d{2}" 400 content=convert_to_text
              header Access-Control-Allow-Origin="'*'"
              template application/json \"""
                {"error": "$input.path('$.message')"}
                \"""
          """;

      // when
      IntegrationResponse response = clean(text).routes().get(0).integration().responses().get(0);

      // then
      assertThat(response.selectionPattern()).isEqualTo("4\\d{2}");
      assertThat(response.parameters())
          .containsExactly(Map.entry("method.response.header.Access-Control-Allow-Origin", "'*'"));
      assertThat(response.templates())
          .containsExactly(
              Map.entry("application/json", "{\"error\": \"$input.path('$.message')\"}"));
    }

    @Test
    void textBlocksLoseTheClosingLinesIndentationAndTheFinalNewline() {
      // given
      String text = "api x: rest\ndescription \"\"\"\n    first\n      second\n  \"\"\"\n";

      // when
      Api api = clean(text);

      // then
      assertThat(api.description()).isEqualTo("  first\n    second");
    }

    @Test
    void everyElementReadKnowsWhereItWasWritten() {
      // given
      String text = Dsl.writer().write(Models.kitchenSink());

      // when
      Api api = clean(text);

      // then
      List<String> unknown = new ArrayList<>();
      unknownSources(api, "api", unknown);
      assertThat(unknown).isEmpty();
      assertThat(api.routes().get(0).source().line())
          .isEqualTo(lineOf(text, "GET     /pets/{petId}"));
    }
  }

  @Nested
  class Errors {
    @Test
    void aMisspeltIntegrationIsNamedWithItsPositionAndTheNearestWord() {
      // when
      List<Diagnostic> diagnostics = errors("api x: rest\nGET /pets -> lamda getPet\n");

      // then
      assertThat(diagnostics)
          .extracting(Diagnostic::message, Diagnostic::hint, d -> position(d.at()))
          .containsExactly(
              tuple("unknown integration `lamda`", "did you mean `lambda`?", "2:14-19"));
    }

    @Test
    void aMissingIntegrationAfterTheArrowSaysWhatWasExpected() {
      // when
      List<Diagnostic> diagnostics =
          errors("api x: rest\nGET /pets -> getPet\nPOST /pets -> lambda\nGET /h -> http GET\n");

      // then
      assertThat(diagnostics)
          .extracting(Diagnostic::message, d -> position(d.at()))
          .containsExactly(
              tuple(
                  "expected an integration (lambda, lambda-custom, http, http-custom, mock, aws)"
                      + " after `->`, found `getPet`",
                  "2:14-20"),
              tuple("expected a function name or `uri=` after `lambda`", "3:21-22"),
              tuple("expected the backend URL after `http GET`", "4:19-20"));
    }

    @Test
    void unknownStatementsOptionsFlagsAndValuesSuggestTheNearestWord() {
      // when
      List<Diagnostic> diagnostics =
          errors(
              """
              api x: rest, regionl
              functon f: java21
              function g: java21 handler=h memroy=128
              stage prod log verbos tracing=yes
              GET /a -> mock passthrough=when_no_matc
              """);

      // then
      assertThat(diagnostics)
          .extracting(Diagnostic::message, Diagnostic::hint, d -> position(d.at()))
          .containsExactly(
              tuple("unknown endpoint type `regionl`", "did you mean `regional`?", "1:14-21"),
              tuple("unknown statement `functon`", "did you mean `function`?", "2:1-8"),
              tuple("unknown option `memroy=`", "did you mean `memory`?", "3:30-36"),
              tuple(
                  "unknown logging level `verbos`", "expected one of off, error, info", "4:16-22"),
              tuple("`tracing` is a flag: write `tracing` or `tracing=false`", null, "4:31-34"),
              tuple(
                  "unknown passthrough behavior `when_no_matc`",
                  "did you mean `when_no_match`?",
                  "5:28-40"));
    }

    @Test
    void badDurationsRatesAndQuotasPointAtTheValue() {
      // when
      List<Diagnostic> diagnostics =
          errors(
              """
              api x: rest
              stage prod throttle 10/min burst lots
              plan p: quota 100/year
              auth a: token function=f ttl=500ms
              function f: arn:aws:lambda:f
              """);

      // then
      assertThat(diagnostics)
          .extracting(Diagnostic::message, d -> position(d.at()))
          .containsExactly(
              tuple("bad rate `10/min`", "2:21-27"),
              tuple("expected a burst size (a whole number), found `lots`", "2:34-38"),
              tuple("unknown quota period `year`", "3:15-23"),
              tuple("duration `500ms` is not a whole number of seconds for a TTL", "4:30-35"));
    }

    @Test
    void unclosedTextBlocksStringsAndJsonAreReportedWhereTheyOpen() {
      // when
      List<Diagnostic> json = errors("api x: rest\nmodel Pet: {\"type\": \"object\"\n");
      List<Diagnostic> string = errors("api x: rest\ndescription \"never closed\n");
      List<Diagnostic> block = errors("api x: rest\npolicy \"\"\"\n  {}\nGET /a -> mock\n");

      // then
      assertThat(json)
          .extracting(Diagnostic::message, d -> position(d.at()))
          .containsExactly(
              tuple("unclosed JSON value: `{` has no matching bracket on this line", "2:12-13"));
      assertThat(string)
          .extracting(Diagnostic::message, d -> position(d.at()))
          .containsExactly(
              tuple("unclosed string: the line ends before the closing `\"`", "2:13-26"));
      assertThat(block)
          .extracting(Diagnostic::message, d -> position(d.at()))
          .containsExactly(
              tuple("unclosed text block: no line holding only `\"\"\"` ends it", "2:8-11"));
    }

    @Test
    void badJsonIsReportedAtTheCharacterInsideTheTextBlock() {
      // when
      List<Diagnostic> diagnostics =
          errors("api x: rest\nmodel M: \"\"\"\n  {\"type\": }\n  \"\"\"\n");

      // then
      assertThat(diagnostics).hasSize(1);
      assertThat(diagnostics.get(0).message()).startsWith("bad JSON: Unexpected character ('}'");
      assertThat(position(diagnostics.get(0).at())).isEqualTo("3:12-13");
    }

    @Test
    void undefinedReferencesPointAtTheName() {
      // when
      List<Diagnostic> diagnostics =
          errors(
              """
              api x: rest
              function getPet: arn:aws:lambda:f
              auth tokenAuth: token function=getPett
              plan basic: stages prd
              stage prod
              key k: plan basik
              GET /a -> lambda getPe auth tokenAut validator=v body=Pet
              """);

      // then
      assertThat(diagnostics)
          .extracting(Diagnostic::message, Diagnostic::hint, d -> position(d.at()))
          .containsExactly(
              tuple("unknown function `getPett`", "did you mean `getPet`?", "3:32-39"),
              tuple("unknown stage `prd`", "did you mean `prod`?", "4:20-23"),
              tuple("unknown usage plan `basik`", "did you mean `basic`?", "6:13-18"),
              tuple("unknown function `getPe`", "did you mean `getPet`?", "7:18-23"),
              tuple("unknown authorizer `tokenAut`", "did you mean `tokenAuth`?", "7:29-37"),
              tuple("unknown validator `v`", "no validator is defined", "7:48-49"),
              tuple("unknown model `Pet`", "no model is defined", "7:55-58"));
    }

    @Test
    void duplicateRoutesAndDefinitionsPointAtTheSecondOne() {
      // when
      List<Diagnostic> diagnostics =
          errors("api x: rest\nGET /a -> mock\nstage s\nGET  /a -> mock 200\nstage s\n");

      // then
      assertThat(diagnostics)
          .extracting(Diagnostic::message, d -> position(d.at()))
          .containsExactly(
              tuple("route `GET /a` is defined twice (first defined at t.apigw:2:1)", "4:1-8"),
              tuple("stage `s` is defined twice (first defined at t.apigw:3:1)", "5:7-8"));
    }

    @Test
    void everyErrorInTheFileIsReportedInOrder() {
      // when
      List<Diagnostic> diagnostics =
          errors(
              """
              api x: rest
              GET /a -> lamda f
              function f java21
              GET /b -> mock 20x
              stage s cache
              GET /c -> http GET https://c timeout=fast
              """);

      // then
      assertThat(diagnostics).extracting(d -> d.at().line()).containsExactly(2, 3, 4, 5, 6);
      assertThat(diagnostics).allMatch(Diagnostic::isError);
    }

    @Test
    void anIndentedRouteIsNotTakenForOptions() {
      // when
      List<Diagnostic> diagnostics = errors("api x: rest\nGET /a -> mock\n  GET /b -> mock\n");

      // then
      assertThat(diagnostics)
          .extracting(Diagnostic::message, d -> position(d.at()))
          .containsExactly(
              tuple("this route is indented, so it reads as part of the line above", "3:3-17"));
    }

    @Test
    void aFileWithoutApiGivesNoModel() {
      // when
      Parsed<Api> parsed = reader.read("t.apigw", "# no api\nGET /a -> mock\n");

      // then
      assertThat(parsed.value()).isNull();
      assertThat(parsed.diagnostics())
          .extracting(Diagnostic::message, d -> position(d.at()))
          .containsExactly(tuple("a file starts with `api NAME: rest|http|websocket`", "2:1-4"));
    }

    @Test
    void theDiagnosticPrinterDrawsTheCaretUnderTheToken() {
      // given
      String text =
          "api petstore: rest\nfunction getPet: nodejs20.x handler=x\nGET /pets/{petId} -> lamda getPet\n";

      // when
      Diagnostic diagnostic = reader.read("petstore.apigw", text).diagnostics().get(0);

      // then
      assertThat(DiagnosticPrinter.of(f -> text).print(diagnostic))
          .isEqualTo(
              "petstore.apigw:3:22: error: unknown integration `lamda`, did you mean `lambda`?\n"
                  + "  GET /pets/{petId} -> lamda getPet\n"
                  + "                       ^~~~~\n");
    }
  }

  private static String position(SourceRange at) {
    return at.line() + ":" + at.column() + "-" + at.endColumn();
  }

  private static int lineOf(String text, String start) {
    List<String> lines = DslLexer.physicalLines(text);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Paths of elements whose source is unknown; defaults nobody wrote are not elements. */
  private static void unknownSources(Object value, String path, List<String> out) {
    if (value instanceof Authorization.None) {
      return;
    }
    if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Object child;
        try {
          child = component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        String at = path + "." + component.getName();
        if (child instanceof SourceRange range) {
          if (!range.isKnown()) {
            out.add(at);
          }
        } else if (!(child instanceof RouteKey)) {
          unknownSources(child, at, out);
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        unknownSources(list.get(i), path + "[" + i + "]", out);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> unknownSources(v, path + "[" + k + "]", out));
    }
  }
}
