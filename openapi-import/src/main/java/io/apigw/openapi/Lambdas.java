package io.apigw.openapi;

import io.apigw.model.Function;
import java.util.regex.Pattern;

/** Lambda invocation URIs: the one the writer makes for a model function, and how to spot one. */
final class Lambdas {
  private static final Pattern LAMBDA_ARN = Pattern.compile("^arn:[^:]+:lambda:.*");

  private Lambdas() {}

  /**
   * The invocation URI for a model function: its ARN when it has one, else a function of that name
   * in the account and Region the API is imported into (AWS variables API Gateway resolves).
   */
  static String invocationUri(String name, Function function) {
    String arn =
        function != null && function.arn() != null
            ? function.arn()
            : "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:" + name;
    return "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/"
        + arn
        + "/invocations";
  }

  /** Whether an integration URI calls a Lambda function (rather than another AWS service). */
  static boolean isLambdaUri(String uri) {
    if (uri == null) {
      return false;
    }
    if (uri.contains("/invocations") || uri.contains(":function:")) {
      return true;
    }
    if (LAMBDA_ARN.matcher(uri).matches()) {
      return true;
    }
    // ${LambdaArn}, ${aws_lambda_function.x.invoke_arn}: substituted by another tool.
    return uri.contains("${") && uri.toLowerCase(java.util.Locale.ROOT).contains("lambda");
  }
}
