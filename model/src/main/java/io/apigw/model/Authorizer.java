package io.apigw.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named authorizer that routes refer to through {@link Authorization.Custom}.
 *
 * @param function the name of a model function (Lambda authorizers), or null
 * @param uri the authorizer's Lambda invocation URI as written in OpenAPI, or null
 * @param credentials IAM role API Gateway assumes to invoke the authorizer, or null
 * @param identitySources where the identity comes from, as API Gateway writes them: {@code
 *     method.request.header.Authorization} (REST) or {@code $request.header.Authorization} (HTTP)
 * @param validationExpression TOKEN: a regular expression the token must match, or null
 * @param ttlSeconds how long results are cached, or null for the default (300 s)
 * @param payloadFormatVersion HTTP API Lambda authorizers: {@code 1.0} or {@code 2.0}
 * @param simpleResponses HTTP API Lambda authorizers (2.0): returns a boolean, not a policy
 * @param issuer JWT: the token issuer
 * @param audiences JWT: accepted audiences
 * @param providerArns Cognito: user pool ARNs
 * @param authType the free-form {@code x-amazon-apigateway-authtype}, or null
 */
public record Authorizer(
    SourceRange source,
    String name,
    AuthorizerType type,
    String function,
    String uri,
    String credentials,
    List<String> identitySources,
    String validationExpression,
    Integer ttlSeconds,
    String payloadFormatVersion,
    Boolean simpleResponses,
    String issuer,
    List<String> audiences,
    List<String> providerArns,
    String authType) {

  private static final Pattern LAMBDA_IN_URI =
      Pattern.compile(":function:([^:/]+)(?::([^/]+))?(?:/invocations)?$");

  public Authorizer {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    identitySources = Copy.list(identitySources);
    audiences = Copy.list(audiences);
    providerArns = Copy.list(providerArns);
  }

  /** The Lambda function's name: the model function, or the name inside the URI. */
  public Optional<String> functionName() {
    if (function != null) {
      return Optional.of(function);
    }
    if (uri == null) {
      return Optional.empty();
    }
    Matcher matcher = LAMBDA_IN_URI.matcher(uri);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder(String name, AuthorizerType type) {
    return new Builder(name, type);
  }

  /** Builds an {@link Authorizer}. */
  public static final class Builder {
    private SourceRange source = SourceRange.NONE;
    private String name;
    private AuthorizerType type;
    private String function;
    private String uri;
    private String credentials;
    private List<String> identitySources = new ArrayList<>();
    private String validationExpression;
    private Integer ttlSeconds;
    private String payloadFormatVersion;
    private Boolean simpleResponses;
    private String issuer;
    private List<String> audiences = new ArrayList<>();
    private List<String> providerArns = new ArrayList<>();
    private String authType;

    private Builder(String name, AuthorizerType type) {
      this.name = name;
      this.type = type;
    }

    private Builder(Authorizer from) {
      source = from.source;
      name = from.name;
      type = from.type;
      function = from.function;
      uri = from.uri;
      credentials = from.credentials;
      identitySources = new ArrayList<>(from.identitySources);
      validationExpression = from.validationExpression;
      ttlSeconds = from.ttlSeconds;
      payloadFormatVersion = from.payloadFormatVersion;
      simpleResponses = from.simpleResponses;
      issuer = from.issuer;
      audiences = new ArrayList<>(from.audiences);
      providerArns = new ArrayList<>(from.providerArns);
      authType = from.authType;
    }

    public Builder source(SourceRange value) {
      source = value;
      return this;
    }

    public Builder name(String value) {
      name = value;
      return this;
    }

    public Builder type(AuthorizerType value) {
      type = value;
      return this;
    }

    public Builder function(String value) {
      function = value;
      return this;
    }

    public Builder uri(String value) {
      uri = value;
      return this;
    }

    public Builder credentials(String value) {
      credentials = value;
      return this;
    }

    public Builder identitySources(List<String> value) {
      identitySources = new ArrayList<>(value);
      return this;
    }

    public Builder identitySource(String value) {
      identitySources.add(value);
      return this;
    }

    public Builder validationExpression(String value) {
      validationExpression = value;
      return this;
    }

    public Builder ttlSeconds(Integer value) {
      ttlSeconds = value;
      return this;
    }

    public Builder payloadFormatVersion(String value) {
      payloadFormatVersion = value;
      return this;
    }

    public Builder simpleResponses(Boolean value) {
      simpleResponses = value;
      return this;
    }

    public Builder issuer(String value) {
      issuer = value;
      return this;
    }

    public Builder audiences(List<String> value) {
      audiences = new ArrayList<>(value);
      return this;
    }

    public Builder providerArns(List<String> value) {
      providerArns = new ArrayList<>(value);
      return this;
    }

    public Builder authType(String value) {
      authType = value;
      return this;
    }

    public Authorizer build() {
      return new Authorizer(
          source,
          name,
          type,
          function,
          uri,
          credentials,
          identitySources,
          validationExpression,
          ttlSeconds,
          payloadFormatVersion,
          simpleResponses,
          issuer,
          audiences,
          providerArns,
          authType);
    }
  }
}
