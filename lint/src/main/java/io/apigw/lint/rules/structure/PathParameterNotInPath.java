package io.apigw.lint.rules.structure;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.ParamLocation;
import io.apigw.model.RequestParameter;
import io.apigw.model.Route;
import io.apigw.model.Suggest;
import java.util.HashSet;
import java.util.Set;

/** W1003: a declared path parameter that the route's path does not have. */
public final class PathParameterNotInPath implements Rule {
  @Override
  public String id() {
    return "W1003";
  }

  @Override
  public String summary() {
    return "declared path parameter is not in the path";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A route that declares a path parameter (`in: path` in OpenAPI, `params path.NAME` in"
            + " the DSL) that its path does not have, often a parameter renamed in the path but"
            + " not in the declaration (`/pets/{petId}` declaring `id`).",
        "A path parameter's value comes from the path segment of the same name; one the path"
            + " lacks never has a value, so a mapping or authorizer that reads"
            + " `method.request.path.id` gets nothing, and an OpenAPI definition with it is"
            + " invalid. The guide describes path parameters as parts of the resource path and"
            + " does not say what an import does with one the path lacks.",
        "AWS API Gateway developer guide, \"Set up a method request in API Gateway\""
            + " (api-gateway-method-settings-method-request.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    for (Route route : input.api().routes()) {
      if (route.path() == null) {
        continue;
      }
      Set<String> inPath = new HashSet<>(route.path().parameterNames());
      for (RequestParameter parameter : route.parameters()) {
        if (parameter.in() != ParamLocation.PATH || inPath.contains(parameter.name())) {
          continue;
        }
        String near = Suggest.nearest(parameter.name(), inPath);
        out.add(
            parameter.source().isKnown() ? parameter.source() : route.source(),
            "path parameter `"
                + parameter.name()
                + "` is not in the path `"
                + route.path().value()
                + "`",
            near != null
                ? "did you mean `" + near + "`?"
                : "remove it, or add `{" + parameter.name() + "}` to the path");
      }
    }
  }
}
