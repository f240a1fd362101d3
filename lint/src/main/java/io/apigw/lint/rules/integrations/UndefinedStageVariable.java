package io.apigw.lint.rules.integrations;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Api;
import io.apigw.model.Integration;
import io.apigw.model.Route;
import io.apigw.model.Stage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E6010: a stage variable an integration needs that a stage does not set. */
public final class UndefinedStageVariable implements Rule {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{stageVariables\\.([^}]*)\\}");

  @Override
  public String id() {
    return "E6010";
  }

  @Override
  public String summary() {
    return "integration uses a stage variable that a stage does not set";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An integration whose URI (an HTTP backend's URL, a Lambda function's ARN or name) or VPC"
            + " link id holds `${stageVariables.NAME}` when a stage of the definition does not set"
            + " `NAME`. A definition without stages is not checked: its stages are made elsewhere.",
        "API Gateway puts the stage's value in place of the variable when the route is called."
            + " On a stage that does not set it, the URI or function name is left incomplete, so"
            + " the call cannot reach its backend and fails: for a Lambda function named by a"
            + " stage variable the developer guide warns of \"a 500 Internal Server Error response"
            + " when invoking the method\".",
        "AWS API Gateway developer guide, \"Using Amazon API Gateway stage variables\""
            + " (amazon-api-gateway-using-stage-variables.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/amazon-api-gateway-using-stage-variables.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Api api = input.api();
    if (api.stages().isEmpty()) {
      return;
    }
    for (Route route : api.routes()) {
      Integration integration = route.integration();
      if (integration == null) {
        continue;
      }
      check(input, route, "uri", "URI", integration.uri(), out);
      check(input, route, "connectionId", "VPC link id", integration.connectionId(), out);
    }
  }

  private static void check(
      LintInput input, Route route, String member, String what, String text, Findings out) {
    if (text == null || !text.contains("${stageVariables.")) {
      return;
    }
    Set<String> names = new LinkedHashSet<>();
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    for (String name : names) {
      List<String> missing = new ArrayList<>();
      for (Stage stage : input.api().stages()) {
        if (!stage.variables().containsKey(name)) {
          missing.add(stage.name());
        }
      }
      if (missing.isEmpty()) {
        continue;
      }
      String where =
          missing.size() == input.api().stages().size()
              ? "set in no stage"
              : "not set in " + (missing.size() == 1 ? "stage " : "stages ") + quoted(missing);
      out.add(
          Sites.member(input, route, member),
          "the integration "
              + what
              + " of `"
              + route.key().text()
              + "` uses stage variable `"
              + name
              + "`, which is "
              + where,
          "set `" + name + "` in every stage");
    }
  }

  private static String quoted(List<String> names) {
    return "`" + String.join("`, `", names) + "`";
  }
}
