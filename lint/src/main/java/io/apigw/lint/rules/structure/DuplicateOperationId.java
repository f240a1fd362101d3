package io.apigw.lint.rules.structure;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.HttpMethod;
import io.apigw.model.Route;
import io.apigw.model.SourceRange;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** W1001: two routes with the same operation id. */
public final class DuplicateOperationId implements Rule {
  @Override
  public String id() {
    return "W1001";
  }

  @Override
  public String summary() {
    return "operation id is used by more than one route";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Two routes with the same operation id (`operationId` in OpenAPI, `op=` in the DSL).",
        "API Gateway takes a method's `operationId` as its `operationName`, the name of the"
            + " method in the SDKs it generates for the API, so two methods with one name collide"
            + " there; OpenAPI itself requires operation ids to be unique, and tools that key on"
            + " them (code generators, documentation, apigw's own model names for inline"
            + " schemas) mix the two operations up. The guide does not say whether an import"
            + " rejects duplicates.",
        "AWS API Gateway developer guide, \"Tutorial: Create a REST API with a Lambda non-proxy"
            + " integration\" (simple-calc-lambda-api.md, on `operationName` and `operationId`):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/simple-calc-lambda-api.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Map<String, Route> first = new HashMap<>();
    for (Route route : input.api().routes()) {
      String id = route.operationId();
      if (id == null) {
        continue;
      }
      Route earlier = first.putIfAbsent(id, route);
      if (earlier != null) {
        String where = earlier.source().isKnown() ? " (line " + earlier.source().line() + ")" : "";
        out.add(
            at(input, route),
            "operation id `"
                + id
                + "` of `"
                + route.key().text()
                + "` is also the id of `"
                + earlier.key().text()
                + "`"
                + where,
            "give every operation an id of its own");
      }
    }
  }

  /** The {@code operationId} member in OpenAPI, the route elsewhere. */
  private static SourceRange at(LintInput input, Route route) {
    if (route.path() == null || input.document() == null) {
      return route.source();
    }
    String method =
        route.method() == HttpMethod.ANY
            ? "x-amazon-apigateway-any-method"
            : route.method().name().toLowerCase(Locale.ROOT);
    String pointer =
        "/paths/"
            + Document.escape(route.path().value())
            + "/"
            + Document.escape(method)
            + "/operationId";
    if (input.document().root().at(pointer).isMissingNode()) {
      return route.source();
    }
    return Document.at(input, pointer, route.source());
  }
}
