package io.apigw.lint.rules.stages;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Stage;
import java.util.Map;
import java.util.regex.Pattern;

/** E7013: stage variables API Gateway refuses. */
public final class InvalidStageVariable implements Rule {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9\\-._~:/?#&=,]+");
  private static final int MAX_VARIABLES = 100;
  private static final int MAX_NAME = 64;
  private static final int MAX_VALUE = 512;

  @Override
  public String id() {
    return "E7013";
  }

  @Override
  public String summary() {
    return "stage variable has a name or value API Gateway refuses";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A stage with more than 100 stage variables, or a stage variable whose name is longer"
            + " than 64 characters or holds other characters than letters, digits and `_`, or"
            + " whose value is longer than 512 characters, empty, or holds other characters than"
            + " letters, digits and `-._~:/?#&=,`.",
        "The quotas (not adjustable) allow 100 stage variables per stage, names of up to 64"
            + " characters and values of up to 512. The character sets are those of the API"
            + " Gateway API reference for `CreateStage` (\"variable names can have alphanumeric"
            + " and underscore characters, and the values must match `[A-Za-z0-9-._~:/?#&=,]+`\","
            + " https://docs.aws.amazon.com/apigateway/latest/api/API_CreateStage.html); the"
            + " developer guide does not repeat them. API Gateway refuses to create the stage.",
        Guide.source("Amazon API Gateway quotas and important notes", "limits"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    for (Stage stage : input.api().stages()) {
      Map<String, String> variables = stage.variables();
      String of = " of stage `" + stage.name() + "`";
      if (variables.size() > MAX_VARIABLES) {
        out.add(
            stage.source(),
            "stage `"
                + stage.name()
                + "` has "
                + variables.size()
                + " variables; the quota is 100");
      }
      for (Map.Entry<String, String> variable : variables.entrySet()) {
        String name = variable.getKey();
        String value = variable.getValue() == null ? "" : variable.getValue();
        if (!NAME.matcher(name).matches()) {
          out.add(
              stage.source(),
              "stage variable `" + name + "`" + of + " may hold only letters, digits and `_`");
        } else if (name.length() > MAX_NAME) {
          out.add(
              stage.source(),
              "stage variable name `" + name + "`" + of + " is longer than 64 characters");
        }
        if (value.length() > MAX_VALUE) {
          out.add(
              stage.source(),
              "value of stage variable `" + name + "`" + of + " is longer than 512 characters");
        } else if (!VALUE.matcher(value).matches()) {
          out.add(
              stage.source(),
              "value of stage variable `"
                  + name
                  + "`"
                  + of
                  + (value.isEmpty()
                      ? " is empty"
                      : " holds characters other than `A-Za-z0-9-._~:/?#&=,`"));
        }
      }
    }
  }
}
