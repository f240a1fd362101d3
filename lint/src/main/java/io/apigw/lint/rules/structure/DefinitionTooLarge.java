package io.apigw.lint.rules.structure;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import java.util.Locale;

/** E1012: a REST API definition larger than the 6 MB that import and put accept. */
public final class DefinitionTooLarge implements Rule {
  /** 6 MB, read as 6 × 2^20 bytes: the larger reading, so the rule never warns a file AWS takes. */
  static final long LIMIT = 6L * 1024 * 1024;

  @Override
  public String id() {
    return "E1012";
  }

  @Override
  public String summary() {
    return "rest api definition is larger than the 6 mb import limit";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST API definition file over 6 MB (counted as UTF-8 bytes; 6 MB is read as"
            + " 6 × 1,048,576 bytes).",
        "`ImportRestApi` and `PutRestApi` — what `aws apigateway import-rest-api`, the console's"
            + " import and CloudFormation's `Body` / `BodyS3Location` use — accept a definition"
            + " of at most 6 MB; a larger one fails to import. Shared schemas through `$ref`,"
            + " fewer inline examples, or splitting the API bring it under.",
        "AWS API Gateway developer guide, \"Amazon API Gateway quotas and important notes\""
            + " (limits.md, \"the maximum size of the API definition file is 6 MB\"):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST || input.text().length() <= LIMIT / 4) {
      return; // a UTF-8 character is at most 4 bytes: a short text cannot be over the limit
    }
    long size = input.sizeBytes();
    if (size > LIMIT) {
      out.add(
          input.start(),
          String.format(
              Locale.ROOT,
              "the definition is %,d bytes; API Gateway imports REST definitions of at most 6 MB"
                  + " (%,d bytes)",
              size,
              LIMIT),
          "move repeated schemas to components and refer to them, or split the API");
    }
  }
}
