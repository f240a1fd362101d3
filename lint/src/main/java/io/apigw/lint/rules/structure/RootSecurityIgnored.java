package io.apigw.lint.rules.structure;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import java.util.Set;

/** W1005: root-level {@code security} in a REST API's OpenAPI definition, which import ignores. */
public final class RootSecurityIgnored implements Rule {
  @Override
  public String id() {
    return "W1005";
  }

  @Override
  public String summary() {
    return "rest api ignores root-level security";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A root-level `security` member that names a scheme, in the OpenAPI definition of a REST"
            + " API.",
        "The guide's list of exceptions to OpenAPI says that API Gateway doesn't use root level"
            + " security: security must be defined on each operation to be applied. Every"
            + " operation without its own `security` is deployed open, whatever the root says."
            + " (HTTP APIs do apply root-level security to operations that have none.)",
        "AWS API Gateway developer guide, \"Amazon API Gateway important notes\""
            + " (api-gateway-known-issues.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html");
  }

  @Override
  public Set<String> replacesReaderCodes() {
    return Set.of("openapi.security.root-ignored");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.document() == null || input.api().protocol() != Protocol.REST) {
      return;
    }
    JsonNode root = input.document().root();
    if (!namesAScheme(root.get("security"))) {
      return;
    }
    int open = 0;
    for (Document.Operation op : Document.operations(root)) {
      if (!op.node().has("security")) {
        open++;
      }
    }
    out.add(
        Document.at(input, "/security", input.start()),
        "root-level `security` is ignored by REST APIs"
            + (open == 0
                ? ""
                : open == 1
                    ? "; 1 operation without its own `security` is not protected by it"
                    : "; "
                        + open
                        + " operations without their own `security` are not protected by it"),
        "declare `security` on each operation");
  }

  private static boolean namesAScheme(JsonNode security) {
    if (security == null || !security.isArray()) {
      return false;
    }
    for (JsonNode requirement : security) {
      if (requirement.isObject() && !requirement.isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
