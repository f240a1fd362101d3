package io.apigw.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.model.Api;
import io.apigw.model.Diagnostic;
import io.apigw.model.Parsed;
import io.apigw.model.Route;
import java.util.List;

/** Reading snippets in tests. */
final class Read {
  private Read() {}

  static Parsed<Api> parsed(String text) {
    return OpenApi.reader().read("test.yaml", text);
  }

  /** The API of a snippet that must read without errors. */
  static Api api(String text) {
    Parsed<Api> parsed = parsed(text);
    assertThat(parsed.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    return parsed.value();
  }

  static Route route(Api api, String key) {
    return api.route(key).orElseThrow(() -> new AssertionError("no route " + key));
  }

  static List<String> codes(Parsed<?> parsed) {
    return parsed.diagnostics().stream().map(Diagnostic::code).toList();
  }
}
