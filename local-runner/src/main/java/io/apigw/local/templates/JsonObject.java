package io.apigw.local.templates;

import java.util.LinkedHashMap;

/**
 * A JSON object as templates see it ({@code $input.path('$.a')}, {@code $util.parseJson(...)}): a
 * map in document order. Printed into a template it reads as Java prints maps, {@code {foo=bar}},
 * which is what API Gateway prints (LocalStack snapshot test_apigateway_common {@code
 * test_input_path_template_formatting}, {@code dict-response}); {@code $input.json(...)} gives
 * JSON.
 */
public final class JsonObject extends LinkedHashMap<String, Object> {
  private static final long serialVersionUID = 1L;

  JsonObject() {}
}
