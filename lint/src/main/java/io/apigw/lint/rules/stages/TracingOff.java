package io.apigw.lint.rules.stages;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;

/** I7003: a REST stage without X-Ray tracing. */
public final class TracingOff implements Rule {
  @Override
  public String id() {
    return "I7003";
  }

  @Override
  public String summary() {
    return "stage of a REST API has X-Ray tracing off";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST API stage without active AWS X-Ray tracing (`tracing` in the DSL,"
            + " `tracingEnabled` in AWS's terms). HTTP and WebSocket APIs have no X-Ray tracing"
            + " and are not checked.",
        "Without tracing, API Gateway records no segment for the request, so X-Ray's service map"
            + " and traces show neither the gateway's own latency nor which backend call was slow."
            + " API Gateway only passes on a trace that an already traced caller started. Tracing"
            + " costs per recorded trace, which is why this is information, not a warning.",
        Guide.source("Tracing user requests to REST APIs using X-Ray", "apigateway-xray"));
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    for (Stage stage : input.api().stages()) {
      if (!Boolean.TRUE.equals(stage.tracing())) {
        out.add(
            stage.source(),
            "stage `" + stage.name() + "` does not trace requests with X-Ray",
            Guide.hint(
                input, "add `tracing` to the stage line", "set `tracing: true` on the stage"));
      }
    }
  }
}
