package io.apigw.deployers.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.Function;
import io.apigw.model.HttpMethod;
import io.apigw.model.PathTemplate;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model's Lambda functions and the permissions API Gateway needs to call them.
 *
 * <p>SAM: an {@code AWS::Serverless::Function} per function with a runtime and handler, with an
 * {@code Api} / {@code HttpApi} event per route it serves; the events make SAM add the invoke
 * permissions (the body already holds the integrations, which SAM leaves alone). CloudFormation:
 * {@code AWS::Lambda::Function} with an execution role, its code from S3 (the {@code CodeS3Bucket}
 * and per-function key parameters: upload each code folder as a .zip first), and one {@code
 * AWS::Lambda::Permission} per route, scoped to that route's execute-api ARN ({@code
 * api-id/stage/METHOD/path}, path parameters as {@code *}; see the developer guide,
 * arn-format-reference.md). Functions the model knows only by ARN or by name get permissions too.
 */
final class FunctionGenerator {
  private FunctionGenerator() {}

  static void generate(Context context) {
    Map<String, ObjectNode> events = new LinkedHashMap<>();
    for (Function function : context.api().functions()) {
      if (context.source(function.name()) != Context.FunctionSource.GENERATED) {
        continue;
      }
      if (context.sam()) {
        events.put(function.name(), samFunction(context, function));
      } else {
        lambdaFunction(context, function);
      }
    }
    if (context.protocol() == Protocol.WEBSOCKET) {
      return; // ApiGenerator grants the WebSocket routes' permissions
    }
    for (Route route : context.api().routes()) {
      if (route.integration() == null
          || !route.integration().kind().isLambda()
          || route.integration().function() == null) {
        continue;
      }
      String function = route.integration().function();
      ObjectNode samEvents = events.get(function);
      if (samEvents != null) {
        samEvent(context, samEvents, function, route);
      } else {
        context.permission(function, route.key().text(), sourcePath(route));
      }
    }
  }

  private static ObjectNode samFunction(Context context, Function function) {
    ObjectNode properties =
        context
            .template()
            .resource(context.ids().function(function.name()), "AWS::Serverless::Function");
    properties.put("Runtime", function.runtime());
    properties.put("Handler", function.handler());
    properties.put(
        "CodeUri",
        function.code() == null ? "." : context.options().codePath().apply(function.code()));
    common(properties, function);
    return properties.putObject("Events");
  }

  private static void lambdaFunction(Context context, Function function) {
    String role = context.ids().role(function.name());
    ObjectNode roleProperties = context.template().resource(role, "AWS::IAM::Role");
    ObjectNode policy = roleProperties.putObject("AssumeRolePolicyDocument");
    policy.put("Version", "2012-10-17");
    ObjectNode statement = policy.putArray("Statement").addObject();
    statement.put("Effect", "Allow");
    statement.putObject("Principal").putArray("Service").add("lambda.amazonaws.com");
    statement.putArray("Action").add("sts:AssumeRole");
    ArrayNode managed = roleProperties.putArray("ManagedPolicyArns");
    managed.add(
        Cfn.sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"));

    String bucket = context.ids().codeBucket();
    if (!context.template().has(bucket)) {
      context
          .template()
          .parameter(
              bucket,
              "S3 bucket holding the functions' code as .zip files (upload each function's code"
                  + " folder, then name its key below)",
              null);
    }
    String key = context.ids().codeKeyParameter(function.name());
    context
        .template()
        .parameter(
            key,
            "S3 key of the .zip of function "
                + function.name()
                + (function.code() == null ? "" : " (code: " + function.code() + ")"),
            null);

    ObjectNode properties =
        context
            .template()
            .resource(context.ids().function(function.name()), "AWS::Lambda::Function");
    properties.put("Runtime", function.runtime());
    properties.put("Handler", function.handler());
    ObjectNode code = properties.putObject("Code");
    code.set("S3Bucket", Cfn.ref(bucket));
    code.set("S3Key", Cfn.ref(key));
    properties.set("Role", Cfn.getAtt(role, "Arn"));
    common(properties, function);
  }

  private static void common(ObjectNode properties, Function function) {
    Cfn.put(properties, "MemorySize", function.memoryMb());
    Cfn.put(properties, "Timeout", function.timeoutSeconds());
    if (!function.environment().isEmpty()) {
      properties.putObject("Environment").set("Variables", Cfn.map(function.environment()));
    }
  }

  private static void samEvent(Context context, ObjectNode events, String function, Route route) {
    String name = context.ids().event(function, route.key().text());
    ObjectNode event = events.putObject(name);
    ObjectNode properties;
    if (context.protocol() == Protocol.REST) {
      event.put("Type", "Api");
      properties = event.putObject("Properties");
      properties.set("RestApiId", Cfn.ref(context.ids().api()));
    } else {
      event.put("Type", "HttpApi");
      properties = event.putObject("Properties");
      properties.set("ApiId", Cfn.ref(context.ids().api()));
    }
    if (route.key() instanceof RouteKey.Http http) {
      properties.put("Path", http.path().value());
      properties.put(
          "Method", http.method() == HttpMethod.ANY ? "ANY" : http.method().name().toLowerCase());
    }
  }

  /** The part of a route's execute-api ARN after the API id: {@code /*}{@code /GET/pets/*}. */
  static String sourcePath(Route route) {
    if (!(route.key() instanceof RouteKey.Http http)) {
      return "/*/" + route.key().text();
    }
    String method = http.method() == HttpMethod.ANY ? "*" : http.method().name();
    return "/*/" + method + wildcardPath(http.path());
  }

  private static String wildcardPath(PathTemplate path) {
    String value = path.value();
    if (value.equals("/")) {
      return "/";
    }
    StringBuilder out = new StringBuilder();
    for (String segment : value.substring(1).split("/", -1)) {
      out.append('/').append(segment.startsWith("{") ? "*" : segment);
    }
    return out.toString();
  }
}
