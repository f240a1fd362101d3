package io.apigw.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that every name in a model leads somewhere and that nothing is defined twice: the checks
 * every reader runs after reading, whatever the input format. Findings about style or AWS limits
 * belong to lint, not here.
 */
public final class ApiCheck {
  private ApiCheck() {}

  /** Diagnostics (errors) for references to undefined elements and for duplicates. */
  public static List<Diagnostic> references(Api api) {
    List<Diagnostic> out = new ArrayList<>();
    duplicates(api, out);

    Set<String> authorizers = names(api.authorizers(), Authorizer::name);
    Set<String> functions = names(api.functions(), Function::name);
    Set<String> stages = names(api.stages(), Stage::name);
    Set<String> keys = names(api.apiKeys(), ApiKey::name);
    Set<String> models = names(api.models(), SchemaModel::name);
    Set<String> validators = names(api.validators(), RequestValidator::name);
    Set<String> routes = new HashSet<>();
    api.routes().forEach(r -> routes.add(r.key().text()));

    if (api.defaultValidator() != null && !validators.contains(api.defaultValidator())) {
      out.add(undefined("validator", api.defaultValidator(), api.source(), validators));
    }
    for (Route route : api.routes()) {
      if (route.authorization() instanceof Authorization.Custom custom
          && !authorizers.contains(custom.authorizer())) {
        out.add(
            undefined(
                "authorizer",
                custom.authorizer(),
                at(custom.source(), route.source()),
                authorizers));
      }
      if (route.validator() != null && !validators.contains(route.validator())) {
        out.add(undefined("validator", route.validator(), route.source(), validators));
      }
      for (String model : route.requestModels().values()) {
        if (!models.contains(model)) {
          out.add(undefined("model", model, route.source(), models));
        }
      }
      for (MethodResponse response : route.responses()) {
        for (String model : response.models().values()) {
          if (!models.contains(model)) {
            out.add(undefined("model", model, at(response.source(), route.source()), models));
          }
        }
      }
      Integration integration = route.integration();
      if (integration != null
          && integration.function() != null
          && !functions.contains(integration.function())) {
        out.add(
            undefined(
                "function",
                integration.function(),
                at(integration.source(), route.source()),
                functions));
      }
    }
    for (Authorizer authorizer : api.authorizers()) {
      if (authorizer.function() != null && !functions.contains(authorizer.function())) {
        out.add(undefined("function", authorizer.function(), authorizer.source(), functions));
      }
    }
    for (UsagePlan plan : api.usagePlans()) {
      for (String key : plan.keys()) {
        if (!keys.contains(key)) {
          out.add(undefined("API key", key, plan.source(), keys));
        }
      }
      for (PlanStage planStage : plan.stages()) {
        SourceRange where = at(planStage.source(), plan.source());
        if (!stages.contains(planStage.stage())) {
          out.add(undefined("stage", planStage.stage(), where, stages));
        }
        for (String route : planStage.routeThrottles().keySet()) {
          if (!routes.contains(route)) {
            out.add(undefined("route", route, where, routes));
          }
        }
      }
    }
    for (Stage stage : api.stages()) {
      for (MethodSetting setting : stage.settings()) {
        if (!setting.appliesToAllRoutes() && !routes.contains(setting.route())) {
          out.add(
              undefined("route", setting.route(), at(setting.source(), stage.source()), routes));
        }
      }
    }
    for (CustomDomain domain : api.domains()) {
      for (BasePathMapping mapping : domain.mappings()) {
        if (!stages.contains(mapping.stage())) {
          out.add(
              undefined("stage", mapping.stage(), at(mapping.source(), domain.source()), stages));
        }
      }
    }
    return out;
  }

  private static void duplicates(Api api, List<Diagnostic> out) {
    duplicateNames("route", api.routes(), r -> r.key().text(), Route::source, out);
    duplicateNames("authorizer", api.authorizers(), Authorizer::name, Authorizer::source, out);
    duplicateNames("function", api.functions(), Function::name, Function::source, out);
    duplicateNames("stage", api.stages(), Stage::name, Stage::source, out);
    duplicateNames("usage plan", api.usagePlans(), UsagePlan::name, UsagePlan::source, out);
    duplicateNames("API key", api.apiKeys(), ApiKey::name, ApiKey::source, out);
    duplicateNames("model", api.models(), SchemaModel::name, SchemaModel::source, out);
    duplicateNames(
        "validator", api.validators(), RequestValidator::name, RequestValidator::source, out);
    duplicateNames(
        "gateway response",
        api.gatewayResponses(),
        GatewayResponse::type,
        GatewayResponse::source,
        out);
    duplicateNames("domain", api.domains(), CustomDomain::domainName, CustomDomain::source, out);
  }

  private static <T> void duplicateNames(
      String what,
      List<T> items,
      java.util.function.Function<T, String> name,
      java.util.function.Function<T, SourceRange> source,
      List<Diagnostic> out) {
    Map<String, SourceRange> first = new HashMap<>();
    for (T item : items) {
      String key = name.apply(item);
      SourceRange previous = first.putIfAbsent(key, source.apply(item));
      if (previous != null) {
        String where = previous.isKnown() ? " (first defined at " + previous + ")" : "";
        out.add(
            Diagnostic.error(
                "model.duplicate",
                what + " `" + key + "` is defined twice" + where,
                source.apply(item)));
      }
    }
  }

  private static Diagnostic undefined(
      String what, String name, SourceRange at, Set<String> candidates) {
    Diagnostic diagnostic =
        Diagnostic.error("model.undefined", "unknown " + what + " `" + name + "`", at);
    String near = Suggest.nearest(name, candidates);
    if (near != null) {
      return diagnostic.withHint("did you mean `" + near + "`?");
    }
    if (candidates.isEmpty()) {
      return diagnostic.withHint("no " + what + " is defined");
    }
    return diagnostic;
  }

  private static SourceRange at(SourceRange preferred, SourceRange fallback) {
    return preferred.isKnown() ? preferred : fallback;
  }

  private static <T> Set<String> names(List<T> items, java.util.function.Function<T, String> name) {
    Set<String> out = new HashSet<>();
    for (T item : items) {
      out.add(name.apply(item));
    }
    return out;
  }
}
