package io.apigw.lint.rules.structure;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;

/** E1008: an HTTP API written as Swagger 2.0, which HTTP API import does not accept. */
public final class SwaggerForHttpApi implements Rule {
  @Override
  public String id() {
    return "E1008";
  }

  @Override
  public String summary() {
    return "http api is defined in swagger 2.0";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An HTTP API whose definition is Swagger 2.0 (`swagger: \"2.0\"`).",
        "HTTP APIs are imported from OpenAPI 3.0 definitions only. The guide gives a Swagger"
            + " 2.0 document as its example of an import error: HTTP APIs support only the OpenAPI"
            + " 3.0 specification, so API Gateway creates nothing from it.",
        "AWS API Gateway developer guide, \"Working with OpenAPI definitions for HTTP APIs\""
            + " (http-api-open-api.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    String version = input.openApiVersion();
    if (version == null
        || !input.document().root().has("swagger")
        || input.api().protocol() != Protocol.HTTP) {
      return;
    }
    out.add(
        Document.at(input, "/swagger", input.start()),
        "`swagger: "
            + version
            + "` cannot define an HTTP API; HTTP APIs are imported from OpenAPI 3.0 only",
        "convert the definition to OpenAPI 3.0 (`openapi: 3.0.1`)");
  }
}
