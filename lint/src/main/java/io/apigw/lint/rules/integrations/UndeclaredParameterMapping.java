package io.apigw.lint.rules.integrations;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Integration;
import io.apigw.model.ParamLocation;
import io.apigw.model.Protocol;
import io.apigw.model.RequestParameter;
import io.apigw.model.Route;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * E6006: a request parameter mapping from a method request parameter the route does not declare.
 */
public final class UndeclaredParameterMapping implements Rule {
  @Override
  public String id() {
    return "E6006";
  }

  @Override
  public String summary() {
    return "request parameter mapping reads an undeclared method request parameter";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "In a REST API, an integration request parameter mapped from"
            + " `method.request.path|querystring|header.NAME` (or the multi-value forms) when the"
            + " route declares no such parameter (`params` in the DSL, `parameters` in OpenAPI)."
            + " Header names are compared ignoring case, and the parameters of the route's own"
            + " path count as declared: the guide does not say whether API Gateway declares those"
            + " by itself, so the rule does not guess.",
        "A method request parameter \"must have been defined before it can be referenced\". API"
            + " Gateway refuses the mapping with \"Invalid mapping expression specified\", so the"
            + " import or deployment fails.",
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
      if (integration == null || integration.requestParameters().isEmpty()) {
        continue;
      }
      Set<String> declared = declared(route);
      for (Map.Entry<String, String> mapping : integration.requestParameters().entrySet()) {
        MappingExpression e = MappingExpression.parse(mapping.getValue());
        if (e.kind() != MappingExpression.Kind.METHOD_PARAMETER
            || declared.contains(key(e.location(), e.name()))) {
          continue;
        }
        out.add(
            Sites.member(input, route, "requestParameters", mapping.getKey()),
            "`"
                + mapping.getKey()
                + "` maps `"
                + mapping.getValue().strip()
                + "`, which route `"
                + route.key().text()
                + "` does not declare",
            "declare the "
                + e.location().name().toLowerCase(Locale.ROOT)
                + " parameter `"
                + e.name()
                + "` on the route");
      }
    }
  }

  private static Set<String> declared(Route route) {
    Set<String> declared = new HashSet<>();
    for (RequestParameter p : route.parameters()) {
      declared.add(key(p.in(), p.name()));
    }
    if (route.path() != null) {
      for (String name : route.path().parameterNames()) {
        declared.add(key(ParamLocation.PATH, name));
      }
    }
    return declared;
  }

  private static String key(ParamLocation location, String name) {
    return location == ParamLocation.HEADER
        ? "header:" + name.toLowerCase(Locale.ROOT)
        : location.mappingName() + ":" + name;
  }
}
