package io.apigw.local.templates;

import java.util.ArrayList;

/**
 * A JSON array as templates see it: a list usable in {@code #foreach}, with {@code size()} and, as
 * the developer guide's {@code $input.path('$.pets').count()} example has it, {@code count()}.
 * Unlike objects it prints as compact JSON, as API Gateway does (LocalStack snapshot
 * test_apigateway_common {@code test_input_path_template_formatting}, {@code json-list} and {@code
 * dict-with-nested-list}).
 */
public final class JsonArray extends ArrayList<Object> {
  private static final long serialVersionUID = 1L;

  JsonArray() {}

  /** The number of elements (api-gateway-mapping-template-reference.md, {@code $input.path}). */
  public int count() {
    return size();
  }

  @Override
  public String toString() {
    return Json.write(this);
  }
}
