package io.apigw.lint.rules.integrations;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Integration;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import java.util.Map;

/** E6007: a request parameter mapping value that is no mapping expression and no quoted value. */
public final class InvalidParameterMapping implements Rule {
  @Override
  public String id() {
    return "E6007";
  }

  @Override
  public String summary() {
    return "request parameter mapping is neither an expression nor a quoted static value";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "In a REST API, an integration request parameter whose value is none of the mapping"
            + " expressions API Gateway knows (`method.request.path|querystring|header.NAME` and"
            + " their multi-value forms, `method.request.body[.JSONPath]`, `stageVariables.NAME`,"
            + " `context.NAME`) and not a static value in single quotes: most often a static value"
            + " written without its quotes, such as `application/json`.",
        "\"The STATIC_VALUE is a string literal and must be enclosed within a pair of single"
            + " quotes\", and \"if you're creating resources through OpenAPI or AWS"
            + " CloudFormation, static values should be enclosed in single quotes\". Any other"
            + " value is refused with \"Invalid mapping expression specified\", so the import or"
            + " deployment fails.",
        "AWS API Gateway developer guide, \"Amazon API Gateway API request and response data"
            + " mapping reference\" (request-response-data-mappings.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    for (Route route : input.api().routes()) {
      Integration integration = route.integration();
      if (integration == null) {
        continue;
      }
      for (Map.Entry<String, String> mapping : integration.requestParameters().entrySet()) {
        if (MappingExpression.parse(mapping.getValue()).kind() != MappingExpression.Kind.INVALID) {
          continue;
        }
        String value = mapping.getValue() == null ? "" : mapping.getValue().strip();
        boolean looksStatic =
            !value.isEmpty() && !value.startsWith("method.") && !value.contains("'");
        out.add(
            Sites.member(input, route, "requestParameters", mapping.getKey()),
            "`"
                + mapping.getKey()
                + "` maps `"
                + value
                + "`, which is neither a mapping expression nor a quoted static value",
            looksStatic ? "quote a static value in single quotes: `'" + value + "'`" : null);
      }
    }
  }
}
