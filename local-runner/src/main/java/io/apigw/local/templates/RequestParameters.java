package io.apigw.local.templates;

import io.apigw.local.gateway.RequestContext;
import io.apigw.local.http.Headers;
import io.apigw.local.http.QueryString;
import io.apigw.local.http.Request;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The method request's parameters as {@code $input.params()} and {@code method.request.*} see them.
 * A name that repeats in the query string or the headers gives its last value, as REST APIs do for
 * single-value parameters; the multi-value forms give every value.
 */
final class RequestParameters {
  private final Map<String, String> path;
  private final Map<String, List<String>> multiQuery;
  private final Map<String, String> query = new LinkedHashMap<>();
  private final Headers headers;
  private final Map<String, String> header = new LinkedHashMap<>();

  RequestParameters(Request request, RequestContext context) {
    this.path = context == null ? Map.of() : context.pathParameters();
    this.multiQuery = QueryString.parse(request == null ? "" : request.rawQuery());
    multiQuery.forEach((name, values) -> query.put(name, values.get(values.size() - 1)));
    this.headers = request == null ? Headers.empty() : request.headers();
    for (String name : headers.names()) {
      header.put(name, headers.last(name));
    }
  }

  Map<String, String> path() {
    return path;
  }

  Map<String, String> querystring() {
    return query;
  }

  List<String> multiQuerystring(String name) {
    return multiQuery.getOrDefault(name, List.of());
  }

  Map<String, String> header() {
    return header;
  }

  String headerIgnoringCase(String name) {
    return headers.last(name);
  }

  List<String> multiHeader(String name) {
    return headers.all(name);
  }
}
