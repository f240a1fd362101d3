package io.apigw.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a route calls, and how.
 *
 * <p>A Lambda integration names its function in one of two ways: {@link #function()} names a {@link
 * Function} of the model (the DSL's {@code lambda getPet}), or {@link #uri()} holds the invocation
 * URI as written in OpenAPI ({@code arn:aws:apigateway:...:lambda:path/.../invocations}). {@link
 * #functionName()} gives the function's name either way.
 *
 * @param kind what is called
 * @param function the name of a model function (Lambda kinds only), or null
 * @param uri the backend URL, the AWS service or Lambda invocation URI, or null
 * @param httpMethod the method of the integration request ({@code POST} for Lambda)
 * @param payloadFormatVersion {@code 1.0} or {@code 2.0} (HTTP APIs), or null
 * @param subtype an HTTP API AWS service subtype such as {@code StepFunctions-StartExecution}
 * @param credentials the IAM role API Gateway assumes to call the backend, or null
 * @param connectionType INTERNET or VPC_LINK, or null when not said (INTERNET)
 * @param connectionId the VPC link id (may be a {@code ${stageVariables.x}} reference)
 * @param timeoutMillis the integration timeout, or null for API Gateway's default
 * @param requestParameters integration request parameter to a value expression
 * @param requestTemplates content type to request mapping template
 * @param responses integration responses of REST non-proxy integrations
 * @param cacheKeyParameters request parameters that make up the cache key
 * @param templateSelectionExpression WebSocket template selection expression, or null
 */
public record Integration(
    SourceRange source,
    IntegrationKind kind,
    String function,
    String uri,
    String httpMethod,
    String payloadFormatVersion,
    String subtype,
    String credentials,
    ConnectionType connectionType,
    String connectionId,
    Integer timeoutMillis,
    Map<String, String> requestParameters,
    Map<String, String> requestTemplates,
    PassthroughBehavior passthroughBehavior,
    ContentHandling contentHandling,
    List<IntegrationResponse> responses,
    List<String> cacheKeyParameters,
    String cacheNamespace,
    TlsConfig tls,
    String templateSelectionExpression) {

  private static final Pattern LAMBDA_IN_URI =
      Pattern.compile(":function:([^:/]+)(?::([^/]+))?(?:/invocations)?$");
  private static final Pattern SERVICE_IN_URI =
      Pattern.compile(
          "^arn:[^:]+:apigateway:(?:\\$\\{[^}]*\\}|[^:]*):([^:/]+):(action|path)/(.+)$");

  public Integration {
    source = SourceRange.orNone(source);
    Objects.requireNonNull(kind, "kind");
    requestParameters = Copy.map(requestParameters);
    requestTemplates = Copy.map(requestTemplates);
    responses = Copy.list(responses);
    cacheKeyParameters = Copy.list(cacheKeyParameters);
  }

  /** The Lambda function's name: the model function, or the name inside a Lambda ARN URI. */
  public Optional<String> functionName() {
    if (function != null) {
      return Optional.of(function);
    }
    if (uri == null || !kind.isLambda()) {
      return Optional.empty();
    }
    Matcher matcher = LAMBDA_IN_URI.matcher(uri);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /**
   * The AWS service and action or path of a service integration: {@code ["states",
   * "action/StartExecution"]} from {@code
   * arn:aws:apigateway:us-east-1:states:action/StartExecution}.
   */
  public Optional<List<String>> serviceTarget() {
    if (uri == null) {
      return Optional.empty();
    }
    Matcher matcher = SERVICE_IN_URI.matcher(uri);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(List.of(matcher.group(1), matcher.group(2) + "/" + matcher.group(3)));
  }

  public boolean isVpcLink() {
    return connectionType == ConnectionType.VPC_LINK;
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder(IntegrationKind kind) {
    return new Builder(kind);
  }

  /** Builds an {@link Integration}; unset fields are null or empty. */
  public static final class Builder {
    private SourceRange source = SourceRange.NONE;
    private IntegrationKind kind;
    private String function;
    private String uri;
    private String httpMethod;
    private String payloadFormatVersion;
    private String subtype;
    private String credentials;
    private ConnectionType connectionType;
    private String connectionId;
    private Integer timeoutMillis;
    private Map<String, String> requestParameters = new LinkedHashMap<>();
    private Map<String, String> requestTemplates = new LinkedHashMap<>();
    private PassthroughBehavior passthroughBehavior;
    private ContentHandling contentHandling;
    private List<IntegrationResponse> responses = new ArrayList<>();
    private List<String> cacheKeyParameters = new ArrayList<>();
    private String cacheNamespace;
    private TlsConfig tls;
    private String templateSelectionExpression;

    private Builder(IntegrationKind kind) {
      this.kind = kind;
    }

    private Builder(Integration from) {
      source = from.source;
      kind = from.kind;
      function = from.function;
      uri = from.uri;
      httpMethod = from.httpMethod;
      payloadFormatVersion = from.payloadFormatVersion;
      subtype = from.subtype;
      credentials = from.credentials;
      connectionType = from.connectionType;
      connectionId = from.connectionId;
      timeoutMillis = from.timeoutMillis;
      requestParameters = new LinkedHashMap<>(from.requestParameters);
      requestTemplates = new LinkedHashMap<>(from.requestTemplates);
      passthroughBehavior = from.passthroughBehavior;
      contentHandling = from.contentHandling;
      responses = new ArrayList<>(from.responses);
      cacheKeyParameters = new ArrayList<>(from.cacheKeyParameters);
      cacheNamespace = from.cacheNamespace;
      tls = from.tls;
      templateSelectionExpression = from.templateSelectionExpression;
    }

    public Builder source(SourceRange value) {
      source = value;
      return this;
    }

    public Builder kind(IntegrationKind value) {
      kind = value;
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

    public Builder httpMethod(String value) {
      httpMethod = value;
      return this;
    }

    public Builder payloadFormatVersion(String value) {
      payloadFormatVersion = value;
      return this;
    }

    public Builder subtype(String value) {
      subtype = value;
      return this;
    }

    public Builder credentials(String value) {
      credentials = value;
      return this;
    }

    public Builder connectionType(ConnectionType value) {
      connectionType = value;
      return this;
    }

    public Builder connectionId(String value) {
      connectionId = value;
      return this;
    }

    public Builder timeoutMillis(Integer value) {
      timeoutMillis = value;
      return this;
    }

    public Builder requestParameters(Map<String, String> value) {
      requestParameters = new LinkedHashMap<>(value);
      return this;
    }

    public Builder requestParameter(String name, String expression) {
      requestParameters.put(name, expression);
      return this;
    }

    public Builder requestTemplates(Map<String, String> value) {
      requestTemplates = new LinkedHashMap<>(value);
      return this;
    }

    public Builder requestTemplate(String contentType, String template) {
      requestTemplates.put(contentType, template);
      return this;
    }

    public Builder passthroughBehavior(PassthroughBehavior value) {
      passthroughBehavior = value;
      return this;
    }

    public Builder contentHandling(ContentHandling value) {
      contentHandling = value;
      return this;
    }

    public Builder responses(List<IntegrationResponse> value) {
      responses = new ArrayList<>(value);
      return this;
    }

    public Builder response(IntegrationResponse value) {
      responses.add(value);
      return this;
    }

    public Builder cacheKeyParameters(List<String> value) {
      cacheKeyParameters = new ArrayList<>(value);
      return this;
    }

    public Builder cacheNamespace(String value) {
      cacheNamespace = value;
      return this;
    }

    public Builder tls(TlsConfig value) {
      tls = value;
      return this;
    }

    public Builder templateSelectionExpression(String value) {
      templateSelectionExpression = value;
      return this;
    }

    public Integration build() {
      return new Integration(
          source,
          kind,
          function,
          uri,
          httpMethod,
          payloadFormatVersion,
          subtype,
          credentials,
          connectionType,
          connectionId,
          timeoutMillis,
          requestParameters,
          requestTemplates,
          passthroughBehavior,
          contentHandling,
          responses,
          cacheKeyParameters,
          cacheNamespace,
          tls,
          templateSelectionExpression);
    }
  }
}
