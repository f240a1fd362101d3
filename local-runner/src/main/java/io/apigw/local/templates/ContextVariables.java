package io.apigw.local.templates;

import io.apigw.local.gateway.RequestContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code $context} of mapping templates and the {@code context.X} of parameter mappings, as the
 * table "$context Variables for data models, authorizers, mapping templates, and CloudWatch access
 * logging" of api-gateway-mapping-template-reference.md lists them. Variables the local gateway
 * cannot know (Cognito identities, IAM callers, WAF) are null, as in API Gateway when unused.
 */
final class ContextVariables {
  private static final DateTimeFormatter CLF =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final String[] NULL_IDENTITY = {
    "accountId",
    "caller",
    "cognitoAuthenticationProvider",
    "cognitoAuthenticationType",
    "cognitoIdentityId",
    "cognitoIdentityPoolId",
    "principalOrgId",
    "user",
    "userArn",
    "clientCert"
  };

  private ContextVariables() {}

  /** A fresh, mutable {@code $context} for one rendering; templates may set into it. */
  static Map<String, Object> of(TemplateInput input) {
    RequestContext c = input.context();
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("accountId", c.accountId());
    context.put("apiId", c.apiId());
    context.put("authorizer", authorizer(c.authorizer()));
    context.put("awsEndpointRequestId", null);
    context.put("domainName", c.domainName());
    context.put("domainPrefix", c.domainPrefix());
    context.put("extendedRequestId", c.extendedRequestId());
    context.put("httpMethod", input.request().method());
    Map<String, Object> identity = new LinkedHashMap<>();
    for (String name : NULL_IDENTITY) {
      identity.put(name, null);
    }
    identity.put("apiKey", input.apiKey());
    identity.put("apiKeyId", input.apiKeyId());
    identity.put("sourceIp", c.sourceIp());
    identity.put("userAgent", c.userAgent());
    context.put("identity", identity);
    context.put("path", input.request().path());
    context.put("protocol", c.protocol());
    context.put("requestId", c.requestId());
    context.put("requestTime", CLF.format(Instant.ofEpochMilli(c.requestTimeEpochMillis())));
    context.put("requestTimeEpoch", c.requestTimeEpochMillis());
    context.put("resourceId", c.resourceId());
    context.put("resourcePath", c.resourcePath());
    context.put("stage", c.stage());
    context.put("requestOverride", requestOverride(input.overrides().request()));
    context.put("responseOverride", responseOverride(input.overrides().response()));
    return context;
  }

  /**
   * {@code $context.authorizer}: {@code principalId}, {@code claims} (a map), and each entry of a
   * Lambda authorizer's {@code context}, stringified ({@code 1} becomes {@code "1"}, as the
   * reference's {@code $context.authorizer.numKey} example says). Entries of a nested {@code
   * context} map are lifted to the top.
   */
  private static Map<String, Object> authorizer(Map<String, Object> authorizer) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : authorizer.entrySet()) {
      Object value = entry.getValue();
      if (entry.getKey().equals("claims") && value instanceof Map<?, ?> claims) {
        out.put("claims", new LinkedHashMap<>(claims));
      } else if (entry.getKey().equals("context") && value instanceof Map<?, ?> nested) {
        nested.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : v.toString()));
      } else {
        out.put(entry.getKey(), value == null ? null : value.toString());
      }
    }
    return out;
  }

  private static Map<String, Object> requestOverride(Map<String, Object> carried) {
    Map<String, Object> out = new LinkedHashMap<>(carried);
    for (String part : new String[] {"header", "path", "querystring"}) {
      out.put(part, new OverrideMap("requestOverride." + part, asMap(carried.get(part))));
    }
    return out;
  }

  private static Map<String, Object> responseOverride(Map<String, Object> carried) {
    Map<String, Object> rest = new LinkedHashMap<>(carried);
    Object header = rest.remove("header");
    OverrideMap out = new OverrideMap("responseOverride", rest);
    out.seed("header", new OverrideMap("responseOverride.header", asMap(header)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  /** The value of a dotted name such as {@code identity.sourceIp}, as text; null when unset. */
  static String lookup(Map<String, Object> context, String dottedName) {
    Object value = context;
    for (String part : dottedName.split("\\.", -1)) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = map.get(part);
    }
    if (value == null || value instanceof Map<?, ?>) {
      return null;
    }
    return value.toString();
  }
}
