package io.apigw.lint.rules.structure;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;

/** W1009: an OpenAPI version other than 2.0 and 3.0.x, such as 3.1. */
public final class UnsupportedOpenApiVersion implements Rule {
  @Override
  public String id() {
    return "W1009";
  }

  @Override
  public String summary() {
    return "openapi version is not one api gateway imports";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A definition whose `openapi` version is not 3.0.x, such as `3.1.0`. (A Swagger 2.0"
            + " definition of an HTTP API is reported by E1008.)",
        "The guide says that API Gateway supports OpenAPI 2.0 and 3.0 for REST APIs, with"
            + " exceptions, and that HTTP APIs are imported from OpenAPI 3.0 definitions; it names"
            + " no other version. OpenAPI 3.1 changes the schema dialect (full JSON Schema"
            + " 2020-12, `type` lists instead of `nullable`, `examples`) and other details, which"
            + " API Gateway's import is not documented to understand.",
        "AWS API Gateway developer guide, \"Amazon API Gateway important notes\""
            + " (api-gateway-known-issues.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html,"
            + " and \"Working with OpenAPI definitions for HTTP APIs\" (http-api-open-api.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.document() == null || !input.document().root().hasNonNull("openapi")) {
      return;
    }
    String version = input.openApiVersion();
    if (version == null || version.equals("3.0") || version.startsWith("3.0.")) {
      return;
    }
    out.add(
        Document.at(input, "/openapi", input.start()),
        "`openapi: "
            + version
            + "` is not a version API Gateway imports; it takes OpenAPI 2.0 and 3.0",
        "write the definition as OpenAPI 3.0 (`openapi: 3.0.1`)");
  }
}
