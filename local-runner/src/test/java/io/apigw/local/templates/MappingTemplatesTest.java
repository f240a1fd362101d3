package io.apigw.local.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.local.http.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The template language: {@code $input}, {@code $util}, {@code $context}, {@code $stageVariables}
 * as api-gateway-mapping-template-reference.md describes them, and what templates cannot do.
 */
class MappingTemplatesTest {
  private static final String PETS =
      """
      {"pets": [{"id": 1, "type": "dog", "price": 249.99},
                {"id": 2, "type": "cat", "price": 124.99},
                {"id": 3, "type": "fish", "price": 0.99}],
       "name": "store", "open": true, "note": null, "things": {"1": {}, "2": {}, "3": {}}}""";

  private final MappingTemplates templates = MappingTemplates.create();

  private String render(String template, TemplateInput input) {
    RenderResult result = templates.render(template, input);
    assertThat(result).isInstanceOf(Rendered.class);
    return ((Rendered) result).body();
  }

  private String render(String template) {
    return render(template, Requests.json(PETS));
  }

  private TemplateFailure fails(String template) {
    RenderResult result = templates.render(template, Requests.json(PETS));
    assertThat(result).isInstanceOf(TemplateFailure.class);
    return (TemplateFailure) result;
  }

  // $input: api-gateway-mapping-template-reference.md, "$input Variables"

  @Test
  void inputBodyIsTheRawPayload() {
    // given a body that is not JSON
    TemplateInput input = Requests.json("a=1&b=<x>");

    // when / then
    assertThat(render("$input.body", input)).isEqualTo("a=1&b=<x>");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "$input.json('$.name')|\"store\"",
        "$input.json('$.pets[0]')|{\"id\":1,\"type\":\"dog\",\"price\":249.99}",
        "$input.json('$.pets[*].id')|[1,2,3]",
        "$input.json('$.pets[?(@.price < 100)].type')|[\"fish\"]",
        "$input.json('$.open')|true",
        "$input.json('$.note')|null",
        "$input.json('$.missing')|\"\"",
        "$input.json('$..id')|[1,2,3]",
      })
  void inputJsonReturnsCompactJson(String template, String expected) {
    assertThat(render(template)).isEqualTo(expected);
  }

  @Test
  void inputJsonOfTheWholeBodyIsCompact() {
    // given the reference's example "body" : $input.json('$')
    TemplateInput input = Requests.json("{ \"a\" : [ 1, 2 ],\n \"b\": {\"c\": \"d\"} }");

    // when / then
    assertThat(render("{\"body\" : $input.json('$')}", input))
        .isEqualTo("{\"body\" : {\"a\":[1,2],\"b\":{\"c\":\"d\"}}}");
  }

  @Test
  void inputJsonOfABodyThatIsNotJsonIsAnEmptyJsonString() {
    assertThat(render("$input.json('$.message')", Requests.json("not json"))).isEqualTo("\"\"");
  }

  @Test
  void inputPathGivesObjectsToWalk() {
    // given the reference's $input.path('$.pets').count() and .size() examples
    String template =
        """
        $input.path('$.pets').count() $input.path('$.pets').size() $input.path('$.things').size()
        #foreach($pet in $input.path('$.pets'))$pet.type:$pet.price#if($foreach.hasNext),#end#end
        $input.path('$.pets[1].id') $input.path('$.open')""";

    // when / then: as in Velocity 1.7, a line ending in a directive loses its newline
    assertThat(render(template)).isEqualTo("3 3 3\ndog:249.99,cat:124.99,fish:0.992 true");
  }

  @Test
  void theReferenceExampleUsingAllThreeFunctions() {
    // given api-gateway-mapping-template-reference.md, "Example request and response using $input"
    // (its "things" : $util.escapeJavaScript($input.json('$.things')) would escape the quotes that
    // its own example output shows unescaped, so that part is checked by the escaping tests)
    String template =
        """
        {
            "id" : "$input.params('id')",
            "count" : "$input.path('$.things').size()",
            "things" : $input.json('$.things')
        }""";
    TemplateInput input =
        io.apigw.local.templates.TemplateInput.of(
            Requests.request(
                "POST",
                "/dev/things/abc",
                "",
                Headers.of("Content-Type", "application/json"),
                "{\"things\" : {\"1\" : {}, \"2\" : {}, \"3\" : {}}}"),
            Requests.context(Map.of("id", "abc")));

    // when / then
    assertThat(Json.parse(render(template, input)))
        .isEqualTo(
            Json.parse(
                "{\"id\": \"abc\", \"count\": \"3\", \"things\": {\"1\": {}, \"2\": {}, \"3\": {}}}"));
  }

  @Test
  void inputParamsSearchesPathThenQueryThenHeader() {
    // given petId in the path and the query, q in the query, X-Trace as a header
    TemplateInput input =
        TemplateInput.of(
            Requests.request(
                "GET",
                "/dev/pets/42",
                "petId=7&q=a&q=b",
                Headers.of("X-Trace", "t1", "q", "from-header"),
                null),
            Requests.context(Map.of("petId", "42")));

    // when / then: a repeated name gives its last value; header names ignore case
    assertThat(
            render(
                "$input.params('petId') $input.params('q') $input.params('x-trace') [$input.params('none')]",
                input))
        .isEqualTo("42 b t1 []");
  }

  @Test
  void inputParamsWithoutANameIsTheMapOfPathQuerystringAndHeader() {
    // given the reference's "Parameter mapping template example"
    String template =
        """
        #set($allParams = $input.params())
        {
        #foreach($type in $allParams.keySet())
        #set($params = $allParams.get($type))
        "$type" : {
        #foreach($paramName in $params.keySet())
        "$paramName" : "$util.escapeJavaScript($params.get($paramName))"#if($foreach.hasNext),#end
        #end
        }#if($foreach.hasNext),#end
        #end
        }""";

    // when
    Object rendered = Json.parse(render(template));

    // then
    assertThat(rendered)
        .isEqualTo(
            Map.of(
                "path", Map.of("petId", "42"),
                "querystring", Map.of("q", "1"),
                "header", Map.of("Content-Type", "application/json", "X-Trace", "t1")));
    assertThat(
            render(
                "$input.params().path.petId $input.params().querystring.q $input.params().header.get('X-Trace')"))
        .isEqualTo("42 1 t1");
  }

  // $util: api-gateway-mapping-template-reference.md, "$util Variables"

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "it's|it\\'s",
        "say \"hi\"|say \\\"hi\\\"",
        "a\\b|a\\\\b",
        "a/b|a\\/b",
        "é€|\\u00E9\\u20AC",
        "{\"foo\": 123}|{\\\"foo\\\": 123}",
      })
  void escapeJavaScriptUsesJavaScriptStringRules(String raw, String escaped) {
    // given the reference: "turn any regular single quotes (') into escaped ones (\')"
    TemplateInput input = Requests.json(Json.write(Map.of("v", raw)));

    // when / then
    assertThat(render("$util.escapeJavaScript($input.path('$.v'))", input)).isEqualTo(escaped);
  }

  @Test
  void escapeJavaScriptEscapesControlCharacters() {
    TemplateInput input = Requests.json("{\"v\": \"a\\n\\t\\r\\u0001b\"}");
    assertThat(render("$util.escapeJavaScript($input.path('$.v'))", input))
        .isEqualTo("a\\n\\t\\r\\u0001b");
  }

  @Test
  void escapedSingleQuotesCanBeTurnedBackForJson() {
    // given the reference's $util.escapeJavaScript(data).replaceAll("\\'","'")
    TemplateInput input = Requests.json("{\"v\": \"it's\"}");
    assertThat(
            render("$util.escapeJavaScript($input.path('$.v')).replaceAll(\"\\\\'\",\"'\")", input))
        .isEqualTo("it's");
  }

  @Test
  void parseJsonGivesObjectsToWalk() {
    // given the reference's example payload and template
    TemplateInput input =
        Requests.json(
            "{\"errorMessage\":\"{\\\"key1\\\":\\\"var1\\\",\\\"key2\\\":{\\\"arr\\\":[1,2,3]}}\"}");
    String template =
        """
        #set ($errorMessageObj = $util.parseJson($input.path('$.errorMessage')))
        {
           "errorMessageObjKey2ArrVal" : $errorMessageObj.key2.arr[0]
        }""";

    // when / then
    assertThat(render(template, input)).isEqualTo("{\n   \"errorMessageObjKey2ArrVal\" : 1\n}");
    assertThat(
            render("$util.parseJson('\"s\"') $util.parseJson('[]').size() $util.parseJson('true')"))
        .isEqualTo("s 0 true");
  }

  @Test
  void urlEncodeAndDecodeUseFormEncoding() {
    assertThat(render("$util.urlEncode('x=a+b c/é') $util.urlDecode('x%3Da+b%2Fc')"))
        .isEqualTo("x%3Da%2Bb+c%2F%C3%A9 x=a b/c");
  }

  @Test
  void base64EncodeAndDecodeUseUtf8() {
    assertThat(render("$util.base64Encode('héllo') $util.base64Decode('aMOpbGxv')"))
        .isEqualTo("aMOpbGxv héllo");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "$util.parseJson('{nope')",
        "$util.base64Decode('!!')",
        "$util.urlDecode('%zz')",
      })
  void aUtilFunctionThatFailsFailsTheTemplate(String template) {
    assertThat(fails(template).message()).contains("line 1");
  }

  // $context and $stageVariables: "$context Variables ..." and "$stageVariables"

  @Test
  void contextCarriesTheRequestContext() {
    String template =
        """
        $context.accountId $context.apiId $context.httpMethod $context.path $context.protocol
        $context.requestId $context.extendedRequestId $context.resourceId $context.resourcePath
        $context.stage $context.domainName $context.domainPrefix $context.requestTimeEpoch
        $context.requestTime $context.identity.sourceIp $context.identity.userAgent
        [$context.identity.apiKey][$context.identity.caller][$context.authorizer.principalId]""";

    assertThat(render(template))
        .isEqualTo(
            """
            123456789012 api123 POST /dev/pets/42 HTTP/1.1
            req-1 ext-1 res1 /pets/{petId}
            dev api123.execute-api.local api123 1764064800123
            25/Nov/2025:10:00:00 +0000 203.0.113.7 curl/8
            [][][]""");
  }

  @Test
  void contextIdentityHasTheApiKeyOfTheRequest() {
    TemplateInput input = Requests.json("{}").withApiKey("secret-key", "key-id");
    assertThat(render("$context.identity.apiKey $context.identity.apiKeyId", input))
        .isEqualTo("secret-key key-id");
  }

  @Test
  void contextAuthorizerValuesAreStringified() {
    // given the reference: a Lambda authorizer's context {"key": "value", "numKey": 1,
    // "boolKey": true} reads as "value", "1" and "true"
    TemplateInput input =
        TemplateInput.of(
            Requests.request("GET", "/dev/pets/1", "", Headers.empty(), null),
            Requests.context(
                Map.of(),
                Map.of(),
                Map.of(
                    "principalId",
                    "user-1",
                    "context",
                    Map.of("key", "value", "numKey", 1, "boolKey", true),
                    "claims",
                    Map.of("sub", "abc"))));

    // when / then
    assertThat(
            render(
                "$context.authorizer.principalId $context.authorizer.key $context.authorizer.numKey"
                    + " $context.authorizer.boolKey $context.authorizer.claims.sub",
                input))
        .isEqualTo("user-1 value 1 true abc");
  }

  @Test
  void stageVariablesReadInEveryDocumentedForm() {
    // given "$stageVariables": $stageVariables.<name>, $stageVariables['<name>'] and
    // ${stageVariables['<name>']}
    assertThat(render("$stageVariables.env $stageVariables['env'] ${stageVariables['env']}"))
        .isEqualTo("dev dev dev");
  }

  // Velocity as API Gateway runs it

  @Test
  void foreachHasNextSeparatesItems() {
    // given models-mappings.md's #foreach ... #if($foreach.hasNext),#end
    assertThat(
            render(
                "[#foreach($pet in $input.path('$.pets')){\"id\": $pet.id}#if($foreach.hasNext),#end#end]"))
        .isEqualTo("[{\"id\": 1},{\"id\": 2},{\"id\": 3}]");
  }

  @Test
  void foreachStopsAfterAThousandIterations() {
    // given limits.md: "Number of iterations in a #foreach ... #end loop in mapping templates:
    // 1000"
    assertThat(render("#set($n = 0)#foreach($i in [1..5000])#set($n = $n + 1)#end$n"))
        .isEqualTo("1000");
  }

  @Test
  void namesMayHoldHyphens() {
    // given the Kinesis example's "$elem.partition-key"
    // (api-as-kinesis-proxy-export-swagger-with-extensions.md)
    TemplateInput input =
        Requests.json("{\"records\": [{\"data\": \"d\", \"partition-key\": \"pk\"}]}");
    assertThat(render("#foreach($elem in $input.path('$.records'))$elem.partition-key#end", input))
        .isEqualTo("pk");
  }

  @Test
  void defineMakesAReusableBlock() {
    // given a #define block rendered for two maps, a pattern common in API Gateway templates
    String template =
        """
        #define( $loop ){#foreach($key in $map.keySet())"$key": "$map.get($key)"#if($foreach.hasNext), #end#end}#end
        #set( $map = $input.params().path )
        $loop
        #set( $map = $stageVariables )
        $loop""";

    assertThat(render(template)).isEqualTo("{\"petId\": \"42\"}\n{\"env\": \"dev\"}");
  }

  @Test
  void nullPrintsAsNothing() {
    assertThat(
            render(
                "[$nothing][$input.path('$.missing')][$input.path('$.note')][$context.nope.deeper]"))
        .isEqualTo("[][][][]");
  }

  @Test
  void aSetOnALineOfItsOwnKeepsItsIndentationAsVelocityOneSevenDid() {
    // API Gateway's Velocity eats the newline after a directive but not the indentation before it
    assertThat(render("a\n  #set($x = 1)\n  b")).isEqualTo("a\n    b");
  }

  // Overrides: apigateway-override-request-response-parameters.md

  @Test
  void overridesSetByTheTemplateAreReturned() {
    // given the request tutorial's template
    TemplateInput input =
        TemplateInput.of(
            Requests.request(
                "GET",
                "/dev/pets",
                "",
                Headers.of("header1", "header1Val", "header2", "header2Val"),
                null),
            Requests.context(Map.of()));
    String template =
        """
        #set($header1Override = "foo")
        #set($header3Value = "$input.params('header1')$input.params('header2')")
        $input.json("$")
        #set($context.requestOverride.header.header3 = $header3Value)
        #set($context.requestOverride.header.header1 = $header1Override)
        #set($context.requestOverride.header.multivalueheader=[$header1Override, $header3Value])
        #set($context.requestOverride.querystring.q = "v")
        #set($context.requestOverride.path.id = "7")
        #set($context.responseOverride.status = 400)
        #set($context.responseOverride.header.X-Status = "over")""";

    // when
    Rendered rendered = (Rendered) templates.render(template, input);

    // then
    assertThat(rendered.body()).isEqualTo("{}\n");
    Overrides overrides = rendered.overrides();
    assertThat(overrides.requestHeaders())
        .containsEntry("header3", List.of("header1Valheader2Val"))
        .containsEntry("header1", List.of("foo"))
        .containsEntry("multivalueheader", List.of("foo", "header1Valheader2Val"));
    assertThat(overrides.requestQuerystrings()).containsEntry("q", List.of("v"));
    assertThat(overrides.requestPaths()).containsEntry("id", "7");
    assertThat(overrides.responseStatus()).hasValue(400);
    assertThat(overrides.responseHeaders()).containsEntry("X-Status", List.of("over"));
  }

  @Test
  void anOverrideSetTwiceFailsTheTemplate() {
    // given "Overrides are final ... Trying to override the same parameter multiple times will
    // result in 5XX responses"
    assertThat(
            fails(
                    "#set($context.responseOverride.status = 400)#set($context.responseOverride.status = 401)")
                .message())
        .contains("set twice");
    assertThat(
            fails(
                    "#set($context.requestOverride.header.a = 1)#set($context.requestOverride.header.a = 2)")
                .message())
        .contains("requestOverride.header.a");
  }

  @Test
  void aStatusOverrideThatIsNoStatusFailsTheTemplate() {
    assertThat(fails("#set($context.responseOverride.status = 'teapot')").message())
        .contains("no HTTP status code");
  }

  @Test
  void overridesOfAnEarlierTemplateAreSeenAndMayBeReadButNotCountedAsSetHere() {
    // given a request template's overrides handed to the response template
    Rendered request =
        (Rendered)
            templates.render(
                "#set($context.responseOverride.status = 444)#set($context.requestOverride.path.p = 'x')",
                Requests.json("{}"));

    // when
    RenderResult response =
        templates.render(
            "$context.responseOverride.status $context.requestOverride.path.p#set($context.responseOverride.status = 201)",
            Requests.json("{}").withOverrides(request.overrides()));

    // then
    assertThat(((Rendered) response).body()).isEqualTo("444 x");
    assertThat(((Rendered) response).overrides().responseStatus()).hasValue(201);
  }

  // What a template cannot do

  @ParameterizedTest
  @ValueSource(
      strings = {
        "$input.class.forName('java.lang.Runtime')",
        "$input.getClass().forName('java.lang.Runtime').getRuntime().exec('id')",
        "$input.body.getClass().getClassLoader()",
        "$util.class.getProtectionDomain()",
        "$context.getClass().forName('java.lang.System').getenv()",
        "#set($s = '')$s.class.forName('java.lang.Runtime')",
        "$input.path('$.pets').stream().findFirst().get().getClass()",
        "$input.path('$.open').getBoolean('user.home')",
        "$input.params().get('path').getClass().getName()",
      })
  void aTemplateCannotReachClassesOrStaticMethods(String template) {
    assertThat(render(template)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "#include('/etc/passwd')",
        "#parse('/etc/passwd')",
        "#include('pom.xml')",
        "#parse('org/apache/velocity/runtime/defaults/velocity.properties')",
      })
  void aTemplateCannotReadFilesOrTheClassPath(String template) {
    RenderResult result = templates.render(template, Requests.json("{}"));
    if (result instanceof Rendered rendered) {
      assertThat(rendered.body()).isEmpty();
    } else {
      assertThat(((TemplateFailure) result).message()).doesNotContain("root:");
    }
  }

  @Test
  void aTemplateThatDoesNotParseIsAFailureNotAnException() {
    assertThat(fails("#set($x = ").message()).startsWith("the template does not parse");
    assertThat(fails("#foreach($x in $y)").message()).startsWith("the template does not parse");
  }

  @Test
  void aRunawayMacroIsAFailureNotAnException() {
    assertThat(templates.render("#macro(loop)#loop()#end#loop()", Requests.json("{}")))
        .isInstanceOf(TemplateFailure.class);
  }

  @Test
  void aTemplateIsCompiledOnceAndRendersOnManyThreadsAlike() throws Exception {
    // given one template rendered for different requests at once
    String template = "#foreach($p in $input.path('$.pets'))$p.id#end-$input.params('petId')";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int id = i;
        results.add(
            pool.submit(
                () ->
                    render(
                        template,
                        TemplateInput.of(
                            Requests.request(
                                "POST",
                                "/dev/pets/" + id,
                                "",
                                Headers.empty(),
                                "{\"pets\": [{\"id\": " + id + "}]}"),
                            Requests.context(Map.of("petId", Integer.toString(id)))))));
      }
      // then each saw its own input
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(i + "-" + i);
      }
    } finally {
      pool.shutdown();
    }
  }
}
