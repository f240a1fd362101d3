package io.apigw.lint.rules.structure;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * W1004: a security requirement that names no security scheme, where the reader does not already
 * report it as an error.
 */
public final class UndefinedSecurityScheme implements Rule {
  @Override
  public String id() {
    return "W1004";
  }

  @Override
  public String summary() {
    return "security requirement names an undefined security scheme";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A `security` requirement of an OpenAPI definition that names a scheme which"
            + " `components.securitySchemes` (Swagger 2.0: `securityDefinitions`) does not"
            + " define. The reader already reports such a name as an error where it decides who"
            + " may call a route (the first requirement of an operation); this rule reports the"
            + " rest: `api_key` without a scheme (which apigw reads as the API key), later"
            + " alternatives, and a REST API's root-level `security`.",
        "OpenAPI requires every name in a security requirement to be a declared scheme, and"
            + " API Gateway builds its authorizers and API key requirements from the schemes:"
            + " a name that leads nowhere protects nothing, and a requirement that looks like it"
            + " protects a route may not. The guide does not say whether an import rejects an"
            + " undefined name or ignores it.",
        "AWS API Gateway developer guide, \"Amazon API Gateway important notes\""
            + " (api-gateway-known-issues.md, on `securitySchemes`):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html");
  }

  @Override
  public Set<String> replacesReaderCodes() {
    return Set.of("openapi.security.unknown-scheme");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.document() == null) {
      return;
    }
    JsonNode root = input.document().root();
    boolean swagger2 = root.has("swagger");
    JsonNode schemes =
        swagger2 ? root.get("securityDefinitions") : root.path("components").get("securitySchemes");
    Set<String> defined = new HashSet<>();
    if (schemes != null && schemes.isObject()) {
      schemes.fieldNames().forEachRemaining(defined::add);
    }
    // The reader reads the root's first requirement for HTTP and WebSocket APIs.
    boolean rootRead = input.api().protocol() != Protocol.REST;
    check(input, root.get("security"), "/security", rootRead, defined, out);
    for (Document.Operation op : Document.operations(root)) {
      check(input, op.node().get("security"), op.pointer() + "/security", true, defined, out);
    }
  }

  private static void check(
      LintInput input,
      JsonNode security,
      String pointer,
      boolean firstRead,
      Set<String> defined,
      Findings out) {
    if (security == null || !security.isArray()) {
      return;
    }
    for (int i = 0; i < security.size(); i++) {
      JsonNode requirement = security.get(i);
      if (!requirement.isObject()) {
        continue;
      }
      for (Map.Entry<String, JsonNode> entry : requirement.properties()) {
        String name = entry.getKey();
        if (defined.contains(name)) {
          continue;
        }
        // There the reader reports any other undefined name as an error.
        if (firstRead && i == 0 && !name.equalsIgnoreCase("api_key")) {
          continue;
        }
        out.add(
            Document.at(input, pointer + "/" + i + "/" + Document.escape(name), input.start()),
            "security requirement names `" + name + "`, which no security scheme defines",
            "define `" + name + "` under `components.securitySchemes`");
      }
    }
  }
}
