package io.apigw.lint.rules.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import io.apigw.model.SourceDocument;
import java.util.Iterator;
import java.util.Set;

/** W4002: REST or WebSocket security requirements of which only the first is used. */
public final class SecurityAlternativesIgnored implements Rule {
  @Override
  public String id() {
    return "W4002";
  }

  @Override
  public String summary() {
    return "security requirements beyond the first are ignored";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "In the OpenAPI definition of a REST or WebSocket API, a `security` list with more than"
            + " one requirement (alternatives), or one requirement that names two of IAM and the"
            + " API's authorizers. An API key (`x-api-key`) next to one authorizer is fine, in the"
            + " same requirement or as a later requirement of its own: that is how the SAM"
            + " translator writes `ApiKeyRequired` beside an authorizer, and API Gateway then"
            + " requires both.",
        "A REST method has one authorization type (`NONE`, `AWS_IAM`, `CUSTOM` or"
            + " `COGNITO_USER_POOLS`) and at most one authorizer: API Gateway cannot express"
            + " \"this authorizer or that one\", nor two authorizers in turn. apigw keeps the first"
            + " alternative and the first authorizer, so callers who satisfy only another"
            + " alternative are refused, and a second authorizer checks nothing. For HTTP APIs the"
            + " guide says so explicitly and the import fails (rule E4001); for REST and WebSocket"
            + " APIs it is silent on what import does with alternatives, hence a warning.",
        "AWS API Gateway developer guide, \"Working with OpenAPI definitions for HTTP APIs\""
            + " (http-api-open-api.md), for the HTTP API rule this one follows:"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html");
  }

  @Override
  public Set<String> replacesReaderCodes() {
    return Set.of("openapi.security.alternatives", "openapi.security.several");
  }

  @Override
  public void check(LintInput input, Findings out) {
    SourceDocument document = input.document();
    Protocol protocol = input.api().protocol();
    if (protocol == Protocol.HTTP || document == null) {
      return;
    }
    OpenApiSecurity security = new OpenApiSecurity(document.root());
    for (OpenApiSecurity.Member member : OpenApiSecurity.members(document.root())) {
      if (member.root() && protocol == Protocol.REST) {
        continue; // REST APIs ignore root security altogether; the reader says so
      }
      JsonNode list = member.list();
      if (ignoredAlternatives(security, list) > 0 && security.meaningful(list)) {
        out.add(
            document.at(member.pointer()),
            "API Gateway takes one security requirement per operation; only the first of "
                + list.size()
                + " alternatives is used",
            "keep one requirement, naming one authorizer or IAM (and the API key if needed)");
      }
      for (int i = 0; i < list.size(); i++) {
        boolean authorized = false;
        for (Iterator<String> names = list.get(i).fieldNames(); names.hasNext(); ) {
          String name = names.next();
          if (!security.kind(name).authorizes()) {
            continue;
          }
          if (authorized) {
            out.add(
                document.at(member.pointer().appendIndex(i).appendProperty(name)),
                "API Gateway applies one authorizer per route; `" + name + "` is ignored");
          }
          authorized = true;
        }
      }
    }
  }

  /** Later requirements other than the API key alone, which API Gateway adds to the first. */
  private static int ignoredAlternatives(OpenApiSecurity security, JsonNode list) {
    int ignored = 0;
    for (int i = 1; i < list.size(); i++) {
      boolean onlyKeys = list.get(i).size() > 0;
      for (Iterator<String> names = list.get(i).fieldNames(); names.hasNext(); ) {
        if (security.kind(names.next()) != OpenApiSecurity.Kind.API_KEY) {
          onlyKeys = false;
        }
      }
      if (!onlyKeys) {
        ignored++;
      }
    }
    return ignored;
  }
}
