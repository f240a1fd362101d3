package io.apigw.lint.rules.security;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Stage;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** W8011: a stage variable that looks like it holds a secret. */
public final class SecretInStageVariable implements Rule {
  private static final Pattern SECRET =
      Pattern.compile("password|passwd|secret|token|credential|api_?key|private_?key|access_?key");

  private static final Pattern PLAIN = Pattern.compile("\\d+|true|false|on|off");

  @Override
  public String id() {
    return "W8011";
  }

  @Override
  public String summary() {
    return "stage variable looks like it holds a secret";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A stage variable whose name says it holds a secret (`password`, `secret`, `token`,"
            + " `credential`, `api_key`, `private_key`, `access_key`, in any case) and whose"
            + " value is not a URL or an ARN (which name where a secret is, not the secret), a"
            + " number or a boolean.",
        "\"Stage variables are not intended to be used for sensitive data, such as"
            + " credentials.\" They are plain text in the stage's configuration, shown to anyone"
            + " who may read the stage, written to the definition's repository and to the"
            + " deployment templates. Keep the secret in AWS Secrets Manager or pass it from a"
            + " Lambda authorizer, as the guide suggests.",
        Guide.source("Working with stages for HTTP APIs", "http-api-stages"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    for (Stage stage : input.api().stages()) {
      for (Map.Entry<String, String> variable : stage.variables().entrySet()) {
        String name = variable.getKey().toLowerCase(Locale.ROOT).replace('-', '_');
        String value = variable.getValue() == null ? "" : variable.getValue();
        if (value.isEmpty()
            || value.contains("://")
            || value.startsWith("arn:")
            || PLAIN.matcher(value).matches()) {
          continue;
        }
        if (SECRET.matcher(name).find()) {
          out.add(
              stage.source(),
              "stage variable `"
                  + variable.getKey()
                  + "` of stage `"
                  + stage.name()
                  + "` looks like a secret; stage variables are plain text",
              "keep the secret in AWS Secrets Manager and pass its ARN instead");
        }
      }
    }
  }
}
