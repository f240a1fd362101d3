package io.apigw.lint.rules.keys;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.ApiKey;
import io.apigw.model.Protocol;

/** E5007: an API key value shorter than 20 or longer than 128 characters. */
public final class ApiKeyValueLength implements Rule {
  private static final int MIN = 20;
  private static final int MAX = 128;

  @Override
  public String id() {
    return "E5007";
  }

  @Override
  public String summary() {
    return "API key value is not 20 to 128 characters long";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An API key whose value, as written in the definition, is shorter than 20 or longer"
            + " than 128 characters.",
        "\"The value is an alphanumeric string between 20 and 128 characters.\" A value of"
            + " another length is not a valid API key, so creating the key fails and the"
            + " deployment with it. The rule checks only the length: the guide does not say which"
            + " characters besides letters and digits API Gateway refuses.",
        "AWS API Gateway developer guide, \"Creating and using usage plans with API keys\""
            + " (api-gateway-api-usage-plans.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() == Protocol.HTTP) {
      return;
    }
    for (ApiKey key : input.api().apiKeys()) {
      if (key.value() == null) {
        continue;
      }
      int length = key.value().codePointCount(0, key.value().length());
      if (length < MIN || length > MAX) {
        out.add(
            key.source(),
            "the value of API key `"
                + key.name()
                + "` is "
                + length
                + " characters long; API Gateway takes 20 to 128",
            length < MIN ? "use a longer value, or let API Gateway generate one" : null);
      }
    }
  }
}
