package io.apigw.model;

import java.util.Objects;

/**
 * A resource-based permission that lets a service invoke a function, as a template grants it with
 * an {@code AWS::Lambda::Permission}. Only templates say these; the DSL and OpenAPI leave them to
 * the generators, which scope them to the API's routes.
 *
 * @param name the permission's logical id
 * @param principal who may invoke, e.g. {@code apigateway.amazonaws.com}
 * @param sourceArn the execute-api ARN pattern it is limited to, as written (intrinsics resolved
 *     where they could be, {@code ${Name}} where not), or null when it is not limited at all
 */
public record InvokePermission(
    SourceRange source, String name, String principal, String sourceArn) {
  public InvokePermission {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(name, "name");
  }
}
