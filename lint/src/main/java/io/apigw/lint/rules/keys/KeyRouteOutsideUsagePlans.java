package io.apigw.lint.rules.keys;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Api;
import io.apigw.model.PlanStage;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import io.apigw.model.Stage;
import io.apigw.model.UsagePlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** E5002: routes that require an API key on a stage no usage plan covers. */
public final class KeyRouteOutsideUsagePlans implements Rule {
  @Override
  public String id() {
    return "E5002";
  }

  @Override
  public String summary() {
    return "routes require an API key on a stage no usage plan covers";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A stage of an API with routes that require an API key, when no usage plan of the"
            + " definition covers that stage; or, when the definition has no usage plan at all,"
            + " the first route that requires a key. An OpenAPI file without apigw's"
            + " `x-apigw-usage-plans` and `x-apigw-api-keys` is taken to manage its plans"
            + " elsewhere (API Gateway's own exports never carry them) and is not checked.",
        "API Gateway accepts an API key on a stage only when the key is in a usage plan that"
            + " covers that stage (\"a usage plan specifies who can access one or more deployed"
            + " API stages\"). On a stage outside every plan no key is valid, so every call of"
            + " a route that requires one is rejected with 403 Forbidden.",
        "AWS API Gateway developer guide, \"Creating and using usage plans with API keys\""
            + " (api-gateway-api-usage-plans.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Api api = input.api();
    if (api.protocol() == Protocol.HTTP) {
      return;
    }
    List<Route> keyRoutes = new ArrayList<>();
    for (Route route : api.routes()) {
      if (route.apiKeyRequired()) {
        keyRoutes.add(route);
      }
    }
    if (keyRoutes.isEmpty()) {
      return;
    }
    if (api.usagePlans().isEmpty()) {
      if (managesPlans(input)) {
        Route first = keyRoutes.get(0);
        out.add(
            first.source(),
            "route `"
                + first.key().text()
                + "` requires an API key, but no usage plan of this definition lets a key in",
            "add a usage plan that covers the API's stages and holds its keys");
      }
      return;
    }
    Set<String> covered = new HashSet<>();
    for (UsagePlan plan : api.usagePlans()) {
      for (PlanStage stage : plan.stages()) {
        covered.add(stage.stage());
      }
    }
    for (Stage stage : api.stages()) {
      if (!covered.contains(stage.name())) {
        out.add(
            stage.source(),
            "stage `" + stage.name() + "` is in no usage plan, so " + routes(keyRoutes) + " on it",
            "add stage `" + stage.name() + "` to a usage plan");
      }
    }
  }

  /** Whether the definition can say usage plans: the DSL, or OpenAPI with apigw's extensions. */
  private static boolean managesPlans(LintInput input) {
    if (input.document() == null) {
      return true;
    }
    var root = input.document().root();
    return root.has("x-apigw-usage-plans") || root.has("x-apigw-api-keys");
  }

  private static String routes(List<Route> keyRoutes) {
    String first = "`" + keyRoutes.get(0).key().text() + "`";
    String routes =
        keyRoutes.size() == 1 ? first : first + " and " + (keyRoutes.size() - 1) + " more";
    return "the routes that require an API key (" + routes + ") answer 403 Forbidden";
  }
}
