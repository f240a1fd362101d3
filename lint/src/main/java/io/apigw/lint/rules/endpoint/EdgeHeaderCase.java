package io.apigw.lint.rules.endpoint;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Api;
import io.apigw.model.Authorizer;
import io.apigw.model.EndpointType;
import io.apigw.model.Integration;
import io.apigw.model.ParamLocation;
import io.apigw.model.Protocol;
import io.apigw.model.RequestParameter;
import io.apigw.model.Route;
import io.apigw.model.SourceRange;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** W3005: an edge-optimized API that names a request header in a case CloudFront changes. */
public final class EdgeHeaderCase implements Rule {
  private static final Pattern MAPPED_HEADER =
      Pattern.compile("method\\.request\\.(?:multivalue)?header\\.([^\\s,'\"]+)");
  private static final Pattern TEMPLATE_HEADER =
      Pattern.compile("\\.header\\.get\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)");

  @Override
  public String id() {
    return "W3005";
  }

  @Override
  public String summary() {
    return "edge-optimized API names a request header in lower case";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "In an edge-optimized (`EDGE`) REST API, a request header named with a lower-case"
            + " letter at the start of a word (`x-tenant-id`, `authorization`): a declared method"
            + " request header, a `method.request.header.*` expression in an integration's"
            + " request parameters, cache key parameters or an authorizer's identity sources, or"
            + " `$input.params().header.get('...')` in a request template.",
        "The guide says that edge-optimized APIs capitalize the names of HTTP headers (for"
            + " example `Cookie`), while Regional and private endpoints pass header names through"
            + " as-is; its important notes for REST APIs add that header names are processed in a"
            + " case-sensitive way. A mapping or template that names `x-tenant-id` may then find"
            + " nothing when the request arrives with `X-Tenant-Id`, and the backend gets an empty"
            + " value. The guide does not say whether the rest of each word is lower-cased, so the"
            + " rule only reports words that start with a lower-case letter; `$input.params('x')`"
            + " (which searches path, query string and headers) is not checked.",
        "AWS API Gateway developer guide, \"Choose an endpoint type to set up for an API Gateway"
            + " API\" (api-gateway-api-endpoint-types.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-endpoint-types.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    Api api = input.api();
    if (api.protocol() != Protocol.REST || api.endpoint().type() != EndpointType.EDGE) {
      return;
    }
    for (Authorizer authorizer : api.authorizers()) {
      Set<String> names = new LinkedHashSet<>();
      authorizer.identitySources().forEach(s -> mapped(s, names));
      report(names, authorizer.source(), input, out);
    }
    for (Route route : api.routes()) {
      for (RequestParameter parameter : route.parameters()) {
        if (parameter.in() == ParamLocation.HEADER) {
          SourceRange at = parameter.source().isKnown() ? parameter.source() : route.source();
          report(Set.of(parameter.name()), at, input, out);
        }
      }
      Integration integration = route.integration();
      if (integration == null) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      integration.requestParameters().values().forEach(v -> mapped(v, names));
      integration.cacheKeyParameters().forEach(v -> mapped(v, names));
      for (String template : integration.requestTemplates().values()) {
        if (template != null) {
          Matcher m = TEMPLATE_HEADER.matcher(template);
          while (m.find()) {
            names.add(m.group(1));
          }
        }
      }
      SourceRange at = integration.source().isKnown() ? integration.source() : route.source();
      report(names, at, input, out);
    }
  }

  private static void mapped(String expression, Set<String> names) {
    if (expression == null) {
      return;
    }
    Matcher m = MAPPED_HEADER.matcher(expression);
    while (m.find()) {
      names.add(m.group(1));
    }
  }

  private static void report(Set<String> names, SourceRange at, LintInput input, Findings out) {
    for (String name : names) {
      String capitalized = capitalized(name);
      if (!capitalized.equals(name)) {
        out.add(
            at.isKnown() ? at : input.apiAt(),
            "edge-optimized APIs capitalize header names: `"
                + name
                + "` arrives as `"
                + capitalized
                + "`",
            "write the header as `" + capitalized + "`, or make the API regional");
      }
    }
  }

  /** Each word's first letter upper-cased, as far as the guide says CloudFront goes. */
  static String capitalized(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean wordStart = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      b.append(wordStart ? Character.toUpperCase(c) : c);
      wordStart = c == '-';
    }
    return b.toString();
  }
}
