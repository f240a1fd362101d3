package io.apigw.lint.rules.routes;

import io.apigw.lint.Findings;
import io.apigw.lint.LintInput;
import io.apigw.lint.Rule;
import io.apigw.lint.RuleDoc;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import java.util.Set;
import java.util.TreeSet;

/** E2001: a REST path segment with a character API Gateway does not allow in a path part. */
public final class InvalidPathCharacter implements Rule {
  @Override
  public String id() {
    return "E2001";
  }

  @Override
  public String summary() {
    return "path holds a character a rest api resource cannot have";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A REST API path with a character other than letters, digits, `_`, `-`, `.`, `,`, `:`"
            + " and the braces of a path parameter (a space, `@`, `~`, `*`, `%`, `=`, ...)."
            + " A query string (`?`) is reported by E2008 instead.",
        "API Gateway's list of exceptions to OpenAPI says that path segments can only contain"
            + " alphanumeric characters, underscores, hyphens, periods, commas, colons and curly"
            + " braces, so such a path cannot become a resource: the import or deployment fails."
            + " The guide states this for REST APIs only and is silent about HTTP API routes, which"
            + " this rule leaves alone.",
        "AWS API Gateway developer guide, \"Amazon API Gateway important notes\""
            + " (api-gateway-known-issues.md):"
            + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html");
  }

  @Override
  public void check(LintInput input, Findings out) {
    if (input.api().protocol() != Protocol.REST) {
      return;
    }
    PathFindings findings = new PathFindings(input, out);
    for (Route route : input.api().routes()) {
      if (route.path() == null) {
        continue;
      }
      String path = route.path().value();
      int query = path.indexOf('?');
      String checked = query < 0 ? path : path.substring(0, query);
      Set<String> bad = new TreeSet<>();
      for (int i = 0; i < checked.length(); ) {
        int c = checked.codePointAt(i);
        boolean greedyMark = c == '+' && i + 1 < checked.length() && checked.charAt(i + 1) == '}';
        if (!allowed(c) && !greedyMark) {
          bad.add(shown(c));
        }
        i += Character.charCount(c);
      }
      if (!bad.isEmpty()) {
        findings.add(
            route,
            "path `"
                + path
                + "` holds "
                + String.join(", ", bad)
                + ", which a resource path cannot contain",
            "use only letters, digits, `_`, `-`, `.`, `,` and `:` in path segments");
      }
    }
  }

  private static boolean allowed(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "_-.,:{}/".indexOf(c) >= 0;
  }

  private static String shown(int c) {
    if (c == ' ') {
      return "a space";
    }
    if (Character.isISOControl(c) || Character.isWhitespace(c)) {
      return String.format("U+%04X", c);
    }
    return "`" + new String(Character.toChars(c)) + "`";
  }
}
