package io.apigw.lint.rules.stages;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;
import java.util.regex.Pattern;

/** E7005: a stage name API Gateway refuses. */
public final class InvalidStageName implements Rule {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
  private static final int MAX_LENGTH = 128;

  @Override
  public String id() {
    return "E7005";
  }

  @Override
  public String summary() {
    return "stage name has characters or a length API Gateway refuses";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A stage name that is empty, longer than 128 characters or holds a character other than"
            + " letters, digits, `-` and `_`; or the name `$default` in a REST API.",
        "API Gateway refuses to create the stage, so the deployment fails. The guide says stage"
            + " names \"can only contain alphanumeric characters, hyphens, and underscores\" with"
            + " a maximum length of 128 characters, and the API Gateway V2 API reference says the"
            + " same of HTTP and WebSocket stages. `$default` is the one exception: an HTTP API"
            + " serves its `$default` stage from the base of its URL. The guide documents"
            + " `$default` for HTTP APIs only and is silent on WebSocket APIs, so it is accepted"
            + " there too; REST APIs have no such stage.",
        Guide.source("Setting up a stage using the API Gateway console", "stages"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    Protocol protocol = input.api().protocol();
    for (Stage stage : input.api().stages()) {
      String name = stage.name();
      if (Stage.DEFAULT.equals(name)) {
        if (protocol == Protocol.REST) {
          out.add(
              stage.source(),
              "a REST API has no `$default` stage; that name is for HTTP APIs",
              "name the stage with letters, digits, `-` and `_`, such as `prod`");
        }
      } else if (name.isEmpty()) {
        out.add(stage.source(), "stage name is empty");
      } else if (!NAME.matcher(name).matches()) {
        out.add(
            stage.source(), "stage name `" + name + "` may hold only letters, digits, `-` and `_`");
      } else if (name.length() > MAX_LENGTH) {
        out.add(
            stage.source(),
            "stage name `"
                + name.substring(0, 20)
                + "...` is "
                + name.length()
                + " characters long; API Gateway allows 128");
      }
    }
  }
}
