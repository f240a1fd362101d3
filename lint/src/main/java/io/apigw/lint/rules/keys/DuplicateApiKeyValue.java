package io.apigw.lint.rules.keys;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.ApiKey;
import io.apigw.model.Protocol;
import java.util.HashMap;
import java.util.Map;

/** E5004: two API keys with the same value. */
public final class DuplicateApiKeyValue implements Rule {
  @Override
  public String id() {
    return "E5004";
  }

  @Override
  public String summary() {
    return "two API keys have the same value";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An API key whose value is the value of another key of the definition.",
        "\"API key values must be unique. If you try to create two API keys with different names"
            + " and the same value, API Gateway considers them to be the same API key.\" The"
            + " second key is not created as a key of its own: its usage plans, its enabled flag"
            + " and its usage records end up on one key, and the deployment that creates both"
            + " fails or silently merges them (the guide does not say which).",
        "AWS API Gateway developer guide, \"Creating and using usage plans with API keys\""
            + " (api-gateway-api-usage-plans.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() == Protocol.HTTP) {
      return;
    }
    Map<String, ApiKey> byValue = new HashMap<>();
    for (ApiKey key : input.api().apiKeys()) {
      if (key.value() == null) {
        continue;
      }
      ApiKey first = byValue.putIfAbsent(key.value(), key);
      if (first != null) {
        out.add(
            key.source(),
            "API key `" + key.name() + "` has the same value as API key `" + first.name() + "`",
            "give each key its own value, or leave the value out and let API Gateway generate"
                + " one");
      }
    }
  }
}
