package io.apigw.lint.rules.integrations;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Api;
import io.apigw.model.Function;
import io.apigw.model.Integration;
import io.apigw.model.Route;
import io.apigw.model.SourceRange;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** W6009: a Lambda integration that nothing in the definition gives permission to invoke. */
public final class NoLambdaInvokePermission implements Rule {
  @Override
  public String id() {
    return "W6009";
  }

  @Override
  public String summary() {
    return "nothing grants API Gateway permission to invoke the Lambda function";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A Lambda integration whose function is not defined in this definition (it is named only"
            + " by the ARN in its URI) and which has no `credentials` role. apigw grants API"
            + " Gateway the invoke permission for the functions a definition defines; for any"
            + " other function, nothing in the definition does. Reported once per function, at"
            + " its first integration. A resource-based permission created elsewhere cannot be"
            + " seen here; disable the rule when the permissions are managed outside.",
        "\"When you create a Lambda integration by using the AWS CLI, AWS CloudFormation, or an"
            + " SDK, you must grant permissions for API Gateway to invoke the function\": either"
            + " a resource-based permission on the function (`lambda add-permission`) or an IAM"
            + " role in the integration's `credentials`. Without one, every call of the route"
            + " fails with 500 Internal Server Error and the logs show that API Gateway did not"
            + " have the permissions to invoke the function.",
        "AWS API Gateway developer guide, \"How do I resolve issues with my HTTP API Lambda"
            + " integration?\" (http-api-troubleshooting-lambda.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-lambda.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Api api = input.api();
    Set<String> defined = new HashSet<>();
    Set<String> arns = new HashSet<>();
    for (Function function : api.functions()) {
      defined.add(function.name());
      if (function.arn() != null && !function.arn().isBlank()) {
        arns.add(function.arn());
      }
    }
    // function (or URI, when it names none) -> where it is first called, and how often
    Map<String, SourceRange> first = new LinkedHashMap<>();
    Map<String, Integer> uses = new LinkedHashMap<>();
    for (Route route : api.routes()) {
      Integration integration = route.integration();
      if (integration == null
          || !integration.kind().isLambda()
          || integration.function() != null
          || integration.credentials() != null) {
        continue;
      }
      String uri = integration.uri();
      String name = integration.functionName().orElse(uri);
      if (name == null
          || defined.contains(name)
          || arns.contains(functionArn(uri))
          || arns.contains(unqualified(functionArn(uri)))) {
        continue;
      }
      first.putIfAbsent(name, Sites.member(input, route, "uri"));
      uses.merge(name, 1, Integer::sum);
    }
    first.forEach(
        (name, at) -> {
          int count = uses.get(name);
          out.add(
              at,
              "Lambda function `"
                  + name
                  + "` is not defined here and "
                  + (count == 1 ? "its integration has" : "its " + count + " integrations have")
                  + " no `credentials` role: nothing grants API Gateway permission to invoke it",
              "define the function in this definition, or give the integration a `credentials`"
                  + " role that may invoke it");
        });
  }

  /** The function ARN inside a Lambda invocation URI, or the URI itself. */
  private static String functionArn(String uri) {
    if (uri == null) {
      return "";
    }
    int from = uri.indexOf("/functions/");
    int to = uri.lastIndexOf("/invocations");
    return from >= 0 && to > from ? uri.substring(from + "/functions/".length(), to) : uri;
  }

  /** {@code arn:aws:lambda:REGION:ACCOUNT:function:NAME} without an alias or version. */
  private static String unqualified(String arn) {
    String[] parts = arn.split(":", -1);
    return parts.length == 8 ? arn.substring(0, arn.lastIndexOf(':')) : arn;
  }
}
