package io.apigw.lint.rules.structure;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.ParamLocation;
import io.apigw.model.Protocol;
import io.apigw.model.RequestParameter;
import io.apigw.model.Route;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** W1002: an OpenAPI operation of a REST API whose path has a parameter it does not declare. */
public final class UndeclaredPathParameter implements Rule {
  @Override
  public String id() {
    return "W1002";
  }

  @Override
  public String summary() {
    return "path parameter is not declared by the operation";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An operation of a REST API's OpenAPI definition whose path has a parameter (`{petId}`)"
            + " that neither the operation nor its path item declares as `in: path`. The DSL"
            + " declares path parameters from the path itself and is not checked.",
        "API Gateway makes a method request parameter, `method.request.path.petId`, of every"
            + " declared parameter, and the guide says that request parameters must be declared"
            + " to be available: an integration request mapping or a cache key that names an"
            + " undeclared one is rejected. OpenAPI itself requires every path template"
            + " parameter to be declared, `required: true`. The guide does not say whether an"
            + " import declares missing path parameters by itself.",
        "AWS API Gateway developer guide, \"Set up a method request in API Gateway\""
            + " (api-gateway-method-settings-method-request.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.document() == null || input.api().protocol() != Protocol.REST) {
      return;
    }
    for (Route route : input.api().routes()) {
      if (route.path() == null) {
        continue;
      }
      Set<String> declared = new HashSet<>();
      for (RequestParameter parameter : route.parameters()) {
        if (parameter.in() == ParamLocation.PATH) {
          declared.add(parameter.name());
        }
      }
      List<String> missing = new ArrayList<>();
      for (String name : route.path().parameterNames()) {
        if (!declared.contains(name) && !missing.contains(name)) {
          missing.add(name);
        }
      }
      for (String name : missing) {
        out.add(
            route.source(),
            "`" + route.key().text() + "` does not declare its path parameter `" + name + "`",
            "add `{name: " + name + ", in: path, required: true}` to its `parameters`");
      }
    }
  }
}
