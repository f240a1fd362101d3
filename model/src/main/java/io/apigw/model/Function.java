package io.apigw.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Lambda function the API calls: either deployed already ({@link #arn()}), or described well
 * enough to run locally and to generate a SAM function (runtime, handler, code path).
 *
 * @param arn the function's ARN, or null
 * @param runtime a Lambda runtime identifier such as {@code nodejs20.x}, {@code python3.12}, {@code
 *     java21} or {@code provided.al2023}, or null
 * @param handler the handler as Lambda names it, e.g. {@code src/pets.get}
 * @param code the code path (directory or archive), relative to the definition file; or the URI of
 *     code elsewhere ({@code s3://bucket/key.zip}, from a template), which {@code serve} cannot run
 * @param memoryMb memory size, or null for Lambda's default (128)
 * @param timeoutSeconds function timeout, or null for Lambda's default (3)
 * @param environment environment variables
 * @param concurrency how many instances may run at once locally, or null for the default
 * @param invokePermissions the permissions a template grants on the function (empty elsewhere)
 */
public record Function(
    SourceRange source,
    String name,
    String arn,
    String runtime,
    String handler,
    String code,
    Integer memoryMb,
    Integer timeoutSeconds,
    Map<String, String> environment,
    Integer concurrency,
    List<InvokePermission> invokePermissions) {
  public Function {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(name, "name");
    environment = Copy.map(environment);
    invokePermissions = Copy.list(invokePermissions);
  }

  /** A function without invoke permissions of its own: what the DSL and OpenAPI can say. */
  public Function(
      SourceRange source,
      String name,
      String arn,
      String runtime,
      String handler,
      String code,
      Integer memoryMb,
      Integer timeoutSeconds,
      Map<String, String> environment,
      Integer concurrency) {
    this(
        source,
        name,
        arn,
        runtime,
        handler,
        code,
        memoryMb,
        timeoutSeconds,
        environment,
        concurrency,
        List.of());
  }

  /** This function with the given invoke permissions. */
  public Function withInvokePermissions(List<InvokePermission> value) {
    return new Function(
        source,
        name,
        arn,
        runtime,
        handler,
        code,
        memoryMb,
        timeoutSeconds,
        environment,
        concurrency,
        value);
  }

  public static Function ofArn(String name, String arn) {
    return new Function(SourceRange.NONE, name, arn, null, null, null, null, null, Map.of(), null);
  }

  /** True when the function can run locally: it has a runtime and a handler. */
  public boolean isRunnable() {
    return runtime != null && handler != null;
  }
}
