package io.apigw.local.lambda;

import io.apigw.model.Function;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The environment variables Lambda defines for a function, over apigw's own environment (so that
 * PATH and AWS credentials reach the function) and the function's variables. The function cannot
 * set a reserved variable, as on Lambda; it can set the others, TZ included.
 */
final class Environment {
  static final Set<String> RESERVED =
      Set.of(
          "_HANDLER",
          "_X_AMZN_TRACE_ID",
          "AWS_DEFAULT_REGION",
          "AWS_REGION",
          "AWS_EXECUTION_ENV",
          "AWS_LAMBDA_FUNCTION_NAME",
          "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
          "AWS_LAMBDA_FUNCTION_VERSION",
          "AWS_LAMBDA_INITIALIZATION_TYPE",
          "AWS_LAMBDA_LOG_GROUP_NAME",
          "AWS_LAMBDA_LOG_STREAM_NAME",
          "AWS_ACCESS_KEY",
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "AWS_SESSION_TOKEN",
          "AWS_LAMBDA_RUNTIME_API",
          "LAMBDA_TASK_ROOT",
          "LAMBDA_RUNTIME_DIR");

  private Environment() {}

  /** The variables common to every process of the function; each adds its own three. */
  static Map<String, String> of(Function function, Shared shared) {
    LocalLambda.Options options = shared.options();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("TZ", ":UTC");
    Launcher.Family family = Launcher.Family.of(function.runtime());
    if (family == Launcher.Family.PYTHON) {
      env.put("PYTHONUNBUFFERED", "1");
      // Lambda's task root is read-only; here .pyc files would look like code changes.
      env.put("PYTHONDONTWRITEBYTECODE", "1");
    }
    function
        .environment()
        .forEach(
            (key, value) -> {
              if (RESERVED.contains(key)) {
                shared.log().line(function.name(), "ignoring reserved environment variable " + key);
              } else {
                env.put(key, value);
              }
            });
    env.put("_HANDLER", function.handler());
    env.put("AWS_REGION", options.region());
    env.put("AWS_DEFAULT_REGION", options.region());
    if (family != Launcher.Family.CUSTOM) {
      env.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + function.runtime());
    }
    env.put("AWS_LAMBDA_FUNCTION_NAME", function.name());
    env.put(
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
        Integer.toString(function.memoryMb() == null ? 128 : function.memoryMb()));
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.name());
    env.put("LAMBDA_RUNTIME_DIR", shared.launcher().runtimeDir().toString());
    return env;
  }
}
