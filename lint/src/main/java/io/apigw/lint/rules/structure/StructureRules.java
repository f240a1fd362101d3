package io.apigw.lint.rules.structure;

import io.apigw.lint.Rule;
import java.util.List;

/** The rules of this area, in id order. */
public final class StructureRules {
  private StructureRules() {}

  public static List<Rule> all() {
    return List.of(
        new DuplicateOperationId(),
        new UndeclaredPathParameter(),
        new PathParameterNotInPath(),
        new UndefinedSecurityScheme(),
        new RootSecurityIgnored(),
        new UnsupportedSchemaKeyword(),
        new NonAlphanumericModelName(),
        new SwaggerForHttpApi(),
        new UnsupportedOpenApiVersion(),
        new PrimitiveResponseSchema(),
        new SharedResponseReference(),
        new DefinitionTooLarge());
  }
}
