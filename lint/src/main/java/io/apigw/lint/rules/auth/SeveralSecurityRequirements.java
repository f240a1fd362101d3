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

/** E4001: an HTTP API operation with more than one security requirement. */
public final class SeveralSecurityRequirements implements Rule {
  @Override
  public String id() {
    return "E4001";
  }

  @Override
  public String summary() {
    return "HTTP API operation has more than one security requirement";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "In the OpenAPI definition of an HTTP API, a `security` list with more than one"
            + " requirement (alternatives), or one requirement that names more than one of IAM,"
            + " a Lambda authorizer and a JWT authorizer. The root `security`, which HTTP APIs"
            + " apply to every operation without its own, counts too.",
        "OpenAPI allows several security requirements on an operation, API Gateway does not:"
            + " each HTTP API operation can have only one of IAM authorization, a Lambda"
            + " authorizer or a JWT authorizer, and the guide says that modelling several results"
            + " in an error when the definition is imported. (apigw's reader keeps the first and"
            + " warns; this rule reports the import failure instead.)",
        "AWS API Gateway developer guide, \"Working with OpenAPI definitions for HTTP APIs\""
            + " (http-api-open-api.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html");
  }

  @Override
  public Set<String> replacesReaderCodes() {
    return Set.of("openapi.security.alternatives", "openapi.security.several");
  }

  @Override
  public void check(LintInput input, Findings out) {
    SourceDocument document = input.document();
    if (input.api().protocol() != Protocol.HTTP || document == null) {
      return;
    }
    OpenApiSecurity security = new OpenApiSecurity(document.root());
    for (OpenApiSecurity.Member member : OpenApiSecurity.members(document.root())) {
      JsonNode list = member.list();
      if (list.size() > 1 && security.meaningful(list)) {
        out.add(
            document.at(member.pointer()),
            "HTTP APIs take one security requirement per operation; this `security` lists "
                + list.size(),
            "keep one requirement: IAM, one Lambda authorizer or one JWT authorizer");
      }
      for (int i = 0; i < list.size(); i++) {
        String first = null;
        for (Iterator<String> names = list.get(i).fieldNames(); names.hasNext(); ) {
          String name = names.next();
          if (!security.kind(name).authorizes()) {
            continue;
          }
          if (first == null) {
            first = name;
            continue;
          }
          out.add(
              document.at(member.pointer().appendIndex(i).appendProperty(name)),
              "HTTP APIs take one authorization per operation; `"
                  + name
                  + "` comes in addition to `"
                  + first
                  + "`",
              "keep one of IAM, a Lambda authorizer or a JWT authorizer");
        }
      }
    }
  }
}
