package io.apigw.lint.rules.structure;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import io.apigw.model.SchemaModel;

/** E1007: a REST API model whose name is not only letters and digits. */
public final class NonAlphanumericModelName implements Rule {
  @Override
  public String id() {
    return "E1007";
  }

  @Override
  public String summary() {
    return "model name is not alphanumeric";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A model of a REST API (a `model` of the DSL, a schema of `components.schemas` or"
            + " Swagger 2.0 `definitions`) whose name holds anything but ASCII letters and digits:"
            + " `Pet-Response`, `pet_list`, `Error.v2`.",
        "The guide's list of exceptions to OpenAPI says that model names can only contain"
            + " alphanumeric characters. API Gateway cannot create such a model, so the"
            + " definition does not deploy as written. The guide does not say whether an OpenAPI"
            + " import renames the schema instead of failing; either way the references to it"
            + " (`$ref`, request and response models, `$input` in templates) do not find it.",
        "AWS API Gateway developer guide, \"Amazon API Gateway important notes\""
            + " (api-gateway-known-issues.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    for (SchemaModel model : input.api().models()) {
      String name = model.name();
      StringBuilder fixed = new StringBuilder();
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c < 128 && Character.isLetterOrDigit(c)) {
          fixed.append(c);
        }
      }
      if (fixed.length() != name.length()) {
        out.add(
            model.source(),
            "model name `" + name + "` holds characters other than letters and digits",
            fixed.length() == 0 ? null : "rename it `" + fixed + "`");
      }
    }
  }
}
