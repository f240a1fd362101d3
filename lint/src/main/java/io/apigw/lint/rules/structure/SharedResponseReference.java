package io.apigw.lint.rules.structure;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import java.util.Map;

/** W1011: an operation response that refers to a response defined at the document's root. */
public final class SharedResponseReference implements Rule {
  @Override
  public String id() {
    return "W1011";
  }

  @Override
  public String summary() {
    return "operation response refers to a shared response definition";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An operation response of a REST API written as a reference to a response defined at"
            + " the document's root: `\"500\": {\"$ref\": \"#/responses/UnexpectedError\"}`"
            + " (Swagger 2.0) or `#/components/responses/...` (OpenAPI 3.0).",
        "The guide's list of exceptions to OpenAPI says that response definitions of the"
            + " `\"500\": {\"$ref\": \"#/responses/UnexpectedError\"}` form are not supported in"
            + " the document root, and that the workaround is to replace the reference by the"
            + " inline definition. The guide does not say whether the import fails or drops the"
            + " response.",
        "AWS API Gateway developer guide, \"Amazon API Gateway important notes\""
            + " (api-gateway-known-issues.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.document() == null || input.api().protocol() != Protocol.REST) {
      return;
    }
    for (Document.Operation op : Document.operations(input.document().root())) {
      JsonNode responses = op.node().get("responses");
      if (responses == null || !responses.isObject()) {
        continue;
      }
      for (Map.Entry<String, JsonNode> response : responses.properties()) {
        JsonNode ref = response.getValue().get("$ref");
        if (ref == null || !ref.isTextual()) {
          continue;
        }
        String target = ref.asText();
        if (target.startsWith("#/responses/") || target.startsWith("#/components/responses/")) {
          out.add(
              Document.at(
                  input,
                  op.pointer() + "/responses/" + Document.escape(response.getKey()) + "/$ref",
                  input.start()),
              "response `"
                  + response.getKey()
                  + "` of `"
                  + op.label()
                  + "` refers to the shared response `"
                  + target
                  + "`, which API Gateway does not import",
              "write the response inline");
        }
      }
    }
  }
}
