package io.apigw.model.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.apigw.model.AccessLog;
import io.apigw.model.Api;
import io.apigw.model.ApiCheck;
import io.apigw.model.ApiKey;
import io.apigw.model.ApiKeySource;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.BasePathMapping;
import io.apigw.model.Canary;
import io.apigw.model.ConnectionType;
import io.apigw.model.ContentHandling;
import io.apigw.model.Cors;
import io.apigw.model.CustomDomain;
import io.apigw.model.Diagnostic;
import io.apigw.model.Endpoint;
import io.apigw.model.EndpointType;
import io.apigw.model.Function;
import io.apigw.model.GatewayResponse;
import io.apigw.model.HttpMethod;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.IntegrationResponse;
import io.apigw.model.LoggingLevel;
import io.apigw.model.MethodResponse;
import io.apigw.model.MethodSetting;
import io.apigw.model.ParamLocation;
import io.apigw.model.Parsed;
import io.apigw.model.PassthroughBehavior;
import io.apigw.model.PlanStage;
import io.apigw.model.Protocol;
import io.apigw.model.Quota;
import io.apigw.model.QuotaPeriod;
import io.apigw.model.RequestParameter;
import io.apigw.model.RequestValidator;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.SchemaModel;
import io.apigw.model.SourceRange;
import io.apigw.model.Stage;
import io.apigw.model.Throttle;
import io.apigw.model.TlsConfig;
import io.apigw.model.UsagePlan;
import io.apigw.model.dsl.Token.Kind;
import io.apigw.model.dsl.Values.Unit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One reading of one file: statements become model elements, mistakes become diagnostics, and
 * reading goes on with the next token or line after each mistake.
 */
final class Reading {
  private static final Map<String, Protocol> PROTOCOLS =
      ordered("rest", Protocol.REST, "http", Protocol.HTTP, "websocket", Protocol.WEBSOCKET);
  private static final Map<String, EndpointType> ENDPOINTS =
      ordered(
          "edge",
          EndpointType.EDGE,
          "regional",
          EndpointType.REGIONAL,
          "private",
          EndpointType.PRIVATE);
  private static final Map<String, IntegrationKind> KINDS =
      ordered(
          "lambda", IntegrationKind.LAMBDA_PROXY,
          "lambda-custom", IntegrationKind.LAMBDA,
          "http", IntegrationKind.HTTP_PROXY,
          "http-custom", IntegrationKind.HTTP,
          "mock", IntegrationKind.MOCK,
          "aws", IntegrationKind.AWS_SERVICE);
  private static final Map<String, AuthorizerType> AUTHORIZER_TYPES =
      ordered(
          "token", AuthorizerType.TOKEN,
          "request", AuthorizerType.REQUEST,
          "cognito", AuthorizerType.COGNITO_USER_POOLS,
          "jwt", AuthorizerType.JWT);
  private static final Map<String, LoggingLevel> LOG_LEVELS =
      ordered("off", LoggingLevel.OFF, "error", LoggingLevel.ERROR, "info", LoggingLevel.INFO);
  private static final Map<String, ApiKeySource> KEY_SOURCES =
      ordered("header", ApiKeySource.HEADER, "authorizer", ApiKeySource.AUTHORIZER);
  private static final Map<String, QuotaPeriod> PERIODS =
      ordered("day", QuotaPeriod.DAY, "week", QuotaPeriod.WEEK, "month", QuotaPeriod.MONTH);
  private static final Map<String, PassthroughBehavior> PASSTHROUGH =
      ordered(
          "when_no_match", PassthroughBehavior.WHEN_NO_MATCH,
          "when_no_templates", PassthroughBehavior.WHEN_NO_TEMPLATES,
          "never", PassthroughBehavior.NEVER);
  private static final Map<String, ContentHandling> CONTENT =
      ordered(
          "convert_to_text", ContentHandling.CONVERT_TO_TEXT,
          "convert_to_binary", ContentHandling.CONVERT_TO_BINARY);
  private static final Map<String, ConnectionType> CONNECTIONS =
      ordered("internet", ConnectionType.INTERNET, "vpc-link", ConnectionType.VPC_LINK);
  private static final Map<String, ParamLocation> LOCATIONS =
      ordered(
          "query", ParamLocation.QUERY, "header", ParamLocation.HEADER, "path", ParamLocation.PATH);
  private static final List<String> METHODS = methodNames();
  private static final List<String> STATEMENTS = statementWords();

  static final String JSON_TYPE = "application/json";
  static final String REST_HEADER = "method.request.header.";
  static final String V2_HEADER = "$request.header.";

  /** WebSocket identity sources name headers of the {@code $connect} route request. */
  static final String WS_HEADER = "route.request.header.";

  /** The identity source prefix {@code header=} stands for in an API of this protocol. */
  static String headerPrefix(Protocol protocol) {
    return switch (protocol) {
      case REST -> REST_HEADER;
      case HTTP -> V2_HEADER;
      case WEBSOCKET -> WS_HEADER;
    };
  }

  static final String RESPONSE_HEADER = "method.response.header.";
  static final String AWS_ACTION = "arn:aws:apigateway:${AWS::Region}:";

  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Values values;

  private Protocol protocol = Protocol.REST;
  private final Api.Builder api = Api.builder("", Protocol.REST);
  private final Set<String> apiSeen = new HashSet<>();
  private SourceRange apiSource = SourceRange.NONE;
  private EndpointType endpointType;
  private SourceRange endpointSource = SourceRange.NONE;
  private final List<String> vpcEndpoints = new ArrayList<>();
  private boolean disableExecuteApiEndpoint;
  private final Map<String, String> apiTags = new LinkedHashMap<>();
  private final List<PlanState> plans = new ArrayList<>();
  private final List<Membership> memberships = new ArrayList<>();

  // Where each name an element refers to was written, so that the checks run on the finished
  // model can point at the name rather than at the whole statement.
  private final Map<SourceRange, Map<String, SourceRange>> refs = new IdentityHashMap<>();
  private final Map<SourceRange, SourceRange> nameRanges = new IdentityHashMap<>();

  Reading(String file) {
    this.file = file;
    this.values = new Values(file, diagnostics);
  }

  Parsed<Api> read(String text) {
    List<Line> lines = new DslLexer(file, diagnostics).lex(text);
    List<Node> statements = tree(lines);
    Node apiNode = null;
    for (Node node : statements) {
      if (node.line().tokens().get(0).isWord("api") && arrow(node.line().tokens()) < 0) {
        apiNode = node;
        break;
      }
    }
    if (apiNode == null) {
      values.error(
          "dsl.no-api",
          "a file starts with `api NAME: rest|http|websocket`",
          statements.isEmpty()
              ? SourceRange.of(file, 1, 1, 1, 2)
              : statements.get(0).line().tokens().get(0).range(file));
    } else {
      if (statements.get(0) != apiNode) {
        Token first = apiNode.line().tokens().get(0);
        values.error("dsl.api-first", "`api` must be the first statement", first.range(file));
      }
      Node node = apiNode;
      guarded(node, () -> apiStatement(node));
    }
    for (Node node : statements) {
      if (node != apiNode) {
        guarded(node, () -> statement(node));
      }
    }
    Api built = build();
    for (Diagnostic diagnostic : ApiCheck.references(built)) {
      diagnostics.add(pointed(diagnostic));
    }
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(
        Comparator.comparingInt(
                (Diagnostic d) -> d.at().isKnown() ? d.at().line() : Integer.MAX_VALUE)
            .thenComparingInt(d -> d.at().column()));
    return apiNode == null ? Parsed.failed(sorted) : Parsed.of(built, sorted);
  }

  /** Marks an integration value as given; giving it a second time is an error at its token. */
  private void once(RouteState r, String what, Token t) {
    if (!r.given.add(what)) {
      values.error("dsl.duplicate", "the " + what + " is given twice", t.range(file));
    }
  }

  private void guarded(Node node, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException | StackOverflowError e) {
      values.diagnostics.add(Diagnostic.internal("dsl", e, lineRange(node.line())));
    }
  }

  // ---------------------------------------------------------------- structure

  record Node(Line line, List<Node> children) {}

  /** Blocks: a line indented deeper than the line before it belongs to that line. */
  private List<Node> tree(List<Line> lines) {
    List<Node> top = new ArrayList<>();
    Deque<Node> open = new ArrayDeque<>();
    for (Line line : lines) {
      while (!open.isEmpty() && open.peek().line().indent() >= line.indent()) {
        open.pop();
      }
      Node node = new Node(line, new ArrayList<>());
      if (open.isEmpty()) {
        if (line.indent() > 0) {
          values.error(
              "dsl.indent",
              "this line is indented but there is no statement above it",
              lineRange(line),
              "statements start in column 1");
        } else {
          top.add(node);
        }
      } else {
        open.peek().children().add(node);
      }
      open.push(node);
    }
    return top;
  }

  private static int arrow(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isWord(Words.ARROW)) {
        return i;
      }
    }
    return -1;
  }

  private void statement(Node node) {
    List<Token> tokens = node.line().tokens();
    Token first = tokens.get(0);
    String word = first.word();
    int arrow = arrow(tokens);
    if (arrow == 1 || (arrow == 2 && !STATEMENTS.contains(word))) {
      route(node, arrow);
      return;
    }
    if (arrow > 2 && !STATEMENTS.contains(word)) {
      values.error(
          "dsl.route-key",
          "a route key is `METHOD PATH` or one word, not " + arrow + " words",
          span(first, tokens.get(arrow - 1)),
          "quote a path with spaces: GET \"/my path\"");
      return;
    }
    if (word == null) {
      values.error(
          "dsl.statement", "expected a statement, found " + describe(first), first.range(file));
      return;
    }
    switch (word) {
      case "api" -> values.error("dsl.duplicate", "`api` is given twice", first.range(file));
      case "description",
          "version",
          "default-validator",
          "route-selection",
          "api-key-selection",
          "importexport-version" ->
          apiText(node, word);
      case "vpc-endpoints", "binary-media-types" -> apiList(node, word);
      case "disable-execute-api-endpoint" -> {
        once(node, word);
        extra(new Cursor(tokens, 1));
        disableExecuteApiEndpoint = true;
        noBlock(node);
      }
      case "minimum-compression-size" -> {
        Token value = single(node, word, "a size in bytes");
        if (value != null) {
          api.minimumCompressionSize(values.integer(value.free(), value.range(file), "a size"));
        }
      }
      case "api-key-source" -> {
        Token value = single(node, word, "`header` or `authorizer`");
        if (value != null) {
          api.apiKeySource(values.choice(value, KEY_SOURCES, "API key source"));
        }
      }
      case "tag" -> {
        pairs(new Cursor(tokens, 1), first, apiTags, "tag", null);
        noBlock(node);
      }
      case "policy", "documentation" -> {
        Token value = single(node, word, "a JSON value");
        if (value != null) {
          JsonNode json = values.json(value);
          if (word.equals("policy")) {
            api.resourcePolicy(json);
          } else {
            api.documentation(json);
          }
        }
      }
      case "cors" -> cors(node);
      case "function" -> function(node);
      case "auth" -> authorizer(node);
      case "stage" -> stage(node);
      case "plan" -> plan(node);
      case "key" -> key(node);
      case "model" -> model(node);
      case "validator" -> validator(node);
      case "gateway-response" -> gatewayResponse(node);
      case "domain" -> domain(node);
      default -> {
        if (METHODS.contains(word) || (tokens.size() > 1 && tokens.get(1).text().startsWith("/"))) {
          Token last = tokens.get(Math.min(1, tokens.size() - 1));
          values.error(
              "dsl.route",
              "expected `->` after the route key",
              after(last),
              "a route is `METHOD PATH -> INTEGRATION`");
        } else {
          values.unknown(
              "dsl.unknown-statement",
              "statement",
              word,
              Words.union(STATEMENTS, METHODS),
              first.range(file));
        }
      }
    }
  }

  // ---------------------------------------------------------------- api

  private void apiStatement(Node node) {
    List<Token> tokens = node.line().tokens();
    SourceRange source = lineRange(node.line());
    apiSource = source;
    api.source(source);
    Cursor c = new Cursor(tokens, 1);
    Named name = name(c, tokens.get(0), "API", true);
    if (name != null) {
      api.name(name.name());
      nameRanges.put(source, name.range());
    }
    if (!c.more()) {
      values.error(
          "dsl.expected",
          "expected the protocol (rest, http, websocket) after the API name",
          after(c.previous()));
    } else {
      Token p = c.next();
      Protocol chosen = values.choice(p, PROTOCOLS, "protocol");
      if (chosen != null) {
        protocol = chosen;
        api.protocol(chosen);
      }
      if (c.more()) {
        Token e = c.next();
        endpointType = values.choice(e, ENDPOINTS, "endpoint type");
        endpointSource = e.range(file);
      }
      extra(c);
    }
    noBlock(node);
  }

  private void apiText(Node node, String word) {
    Token value = single(node, word, "a value");
    if (value == null) {
      return;
    }
    String text = freeText(value);
    switch (word) {
      case "description" -> api.description(text);
      case "version" -> api.version(text);
      case "default-validator" -> {
        api.defaultValidator(text);
        ref(apiSource, text, value.range(file));
      }
      case "route-selection" -> api.routeSelectionExpression(text);
      case "api-key-selection" -> api.apiKeySelectionExpression(text);
      default -> api.importExportVersion(text);
    }
  }

  private void apiList(Node node, String word) {
    List<Token> tokens = node.line().tokens();
    if (tokens.size() < 2) {
      values.error(
          "dsl.expected", "expected one or more values after `" + word + "`", after(tokens.get(0)));
    }
    for (Token t : tokens.subList(1, tokens.size())) {
      String text = freeText(t);
      if (text == null) {
        continue;
      }
      if (word.equals("vpc-endpoints")) {
        vpcEndpoints.add(text);
        if (!endpointSource.isKnown()) {
          endpointSource = t.range(file);
        }
      } else {
        api.binaryMediaType(text);
      }
    }
    noBlock(node);
  }

  private void cors(Node node) {
    Token first = node.line().tokens().get(0);
    once(node, "cors");
    CorsState cors = new CorsState();
    Options o = new Options();
    o.on("origins", value(t -> cors.origins = values.list(t)));
    o.on("methods", value(t -> cors.methods = values.list(t)));
    o.on("headers", value(t -> cors.headers = values.list(t)));
    o.on("expose", value(t -> cors.expose = values.list(t)));
    o.on("credentials", flag(b -> cors.credentials = b));
    o.on(
        "max-age",
        value(
            t ->
                cors.maxAge =
                    values.duration(
                        t.text(), t.valueRange(file), Unit.SECONDS, Unit.SECONDS, "max-age")));
    o.run(new Cursor(node.line().tokens(), 1));
    continuations(node, o);
    api.cors(
        new Cors(
            span(first, last(node.line())),
            cors.origins,
            cors.methods,
            cors.headers,
            cors.expose,
            cors.credentials,
            cors.maxAge));
  }

  private static final class CorsState {
    List<String> origins = List.of();
    List<String> methods = List.of();
    List<String> headers = List.of();
    List<String> expose = List.of();
    Boolean credentials;
    Integer maxAge;
  }

  // ---------------------------------------------------------------- function

  private void function(Node node) {
    List<Token> tokens = node.line().tokens();
    Cursor c = new Cursor(tokens, 1);
    Named name = name(c, tokens.get(0), "function", true);
    if (name == null) {
      return;
    }
    SourceRange source = lineRange(node.line());
    nameRanges.put(source, name.range());
    FunctionState f = new FunctionState();
    Options o = new Options();
    o.on("handler", value(t -> f.handler = t.text()));
    o.on("code", value(t -> f.code = t.text()));
    o.on(
        "memory",
        value(t -> f.memory = values.integer(t.text(), t.valueRange(file), "memory in MB")));
    o.on(
        "timeout",
        value(
            t ->
                f.timeout =
                    values.duration(
                        t.text(),
                        t.valueRange(file),
                        Unit.SECONDS,
                        Unit.SECONDS,
                        "a function timeout")));
    o.on(
        "concurrency",
        value(t -> f.concurrency = values.integer(t.text(), t.valueRange(file), "a concurrency")));
    o.on("arn", value(t -> f.arn = t.text()));
    o.on("runtime", value(t -> f.runtime = t.text()));
    if (c.more() && positional(c.peek(), o)) {
      Token t = c.next();
      String text = t.free();
      if (text.startsWith("arn:")) {
        f.arn = text;
        o.seen.add("arn");
      } else {
        f.runtime = text;
        o.seen.add("runtime");
      }
    }
    o.run(c);
    for (Node child : node.children()) {
      List<Token> line = child.line().tokens();
      if (line.get(0).isWord("env")) {
        pairs(new Cursor(line, 1), line.get(0), f.environment, "environment variable", null);
        noBlock(child);
      } else {
        continuation(child, o, List.of("env"));
      }
    }
    api.function(
        new Function(
            source,
            name.name(),
            f.arn,
            f.runtime,
            f.handler,
            f.code,
            f.memory,
            f.timeout,
            f.environment,
            f.concurrency));
  }

  private static final class FunctionState {
    String arn;
    String runtime;
    String handler;
    String code;
    Integer memory;
    Integer timeout;
    Integer concurrency;
    final Map<String, String> environment = new LinkedHashMap<>();
  }

  // ---------------------------------------------------------------- authorizer

  private void authorizer(Node node) {
    List<Token> tokens = node.line().tokens();
    Cursor c = new Cursor(tokens, 1);
    Named name = name(c, tokens.get(0), "authorizer", true);
    if (name == null) {
      return;
    }
    SourceRange source = lineRange(node.line());
    nameRanges.put(source, name.range());
    AuthorizerType type = AuthorizerType.TOKEN;
    if (!c.more() || c.peek().key() != null) {
      values.error(
          "dsl.expected",
          "expected the authorizer type (token, request, cognito, jwt) after `"
              + name.name()
              + ":`",
          after(c.previous()));
    } else {
      Token t = c.next();
      AuthorizerType chosen = values.choice(t, AUTHORIZER_TYPES, "authorizer type");
      if (chosen != null) {
        type = chosen;
      }
    }
    Authorizer.Builder a = Authorizer.builder(name.name(), type).source(source);
    List<String> identity = new ArrayList<>();
    Token[] identityGiven = new Token[1];
    Options o = new Options();
    o.on(
        "function",
        value(
            t -> {
              a.function(t.text());
              ref(source, t.text(), t.valueRange(file));
            }));
    o.on("uri", value(t -> a.uri(t.text())));
    o.on(
        "header",
        value(
            t -> {
              identityOnce(identityGiven, t);
              identity.add(headerPrefix(protocol) + t.text());
            }));
    o.on(
        "identity",
        value(
            t -> {
              identityOnce(identityGiven, t);
              identity.addAll(values.list(t));
            }));
    o.on("validate", value(t -> a.validationExpression(t.text())));
    o.on(
        "ttl",
        value(
            t ->
                a.ttlSeconds(
                    values.duration(
                        t.text(), t.valueRange(file), Unit.SECONDS, Unit.SECONDS, "a TTL"))));
    o.on("role", value(t -> a.credentials(t.text())));
    o.on("authtype", value(t -> a.authType(t.text())));
    o.on(
        "payload",
        value(
            t -> {
              payloadWarning(t);
              a.payloadFormatVersion(t.text());
            }));
    o.on("simple", flag(a::simpleResponses));
    o.on("issuer", value(t -> a.issuer(t.text())));
    o.on("audience", value(t -> a.audiences(values.list(t))));
    o.on("pools", value(t -> a.providerArns(values.list(t))));
    o.run(c);
    continuations(node, o);
    a.identitySources(identity);
    api.authorizer(a.build());
  }

  private void identityOnce(Token[] given, Token t) {
    if (given[0] != null) {
      values.error(
          "dsl.duplicate",
          "`"
              + given[0].key()
              + "=` already gives the identity source; use one of `header=` and `identity=`",
          t.range(file));
    }
    given[0] = t;
  }

  private void payloadWarning(Token t) {
    if (!t.text().equals("1.0") && !t.text().equals("2.0")) {
      diagnostics.add(
          Diagnostic.warning(
              "dsl.payload",
              "payload format version `" + Values.shown(t.text()) + "` is neither 1.0 nor 2.0",
              t.valueRange(file)));
    }
  }

  // ---------------------------------------------------------------- stage

  private void stage(Node node) {
    List<Token> tokens = node.line().tokens();
    Cursor c = new Cursor(tokens, 1);
    Named name = name(c, tokens.get(0), "stage", false);
    if (name == null) {
      return;
    }
    SourceRange source = lineRange(node.line());
    nameRanges.put(source, name.range());
    Stage.Builder s = Stage.builder(name.name()).source(source);
    StageState st = new StageState();
    Options o = new Options();
    o.many(
        "vars",
        (t, cursor) -> {
          keyword(t);
          if (pairs(cursor, t, st.variables, "stage variable", o).isEmpty()) {
            values.error("dsl.expected", "expected NAME=VALUE after `vars`", after(t));
          }
        });
    for (String setting : List.of("throttle", "burst", "log", "data-trace", "metrics")) {
      o.many(setting, (t, cursor) -> st.star(t).options.dispatch(t, cursor));
    }
    o.on(
        "cache",
        (t, cursor) -> {
          keyword(t);
          Token a = arg(cursor, t, "a cache size, `on` or `off`");
          if (a == null) {
            return;
          }
          if (a.isWord("on")) {
            s.cacheClusterEnabled(true);
          } else if (a.isWord("off")) {
            s.cacheClusterEnabled(false);
          } else {
            s.cacheClusterEnabled(true);
            if (o.seen.add("cache-size")) {
              s.cacheClusterSize(freeText(a));
            } else {
              values.error("dsl.duplicate", "the cache size is given twice", a.range(file));
            }
          }
        });
    o.on("cache-size", value(t -> s.cacheClusterSize(t.text())));
    o.on("tracing", flag(s::tracing));
    o.on("auto-deploy", flag(s::autoDeploy));
    o.on("waf", value(t -> s.webAclArn(t.text())));
    o.on(
        "description",
        (t, cursor) -> {
          keyword(t);
          Token a = arg(cursor, t, "a description");
          if (a != null) {
            s.description(freeText(a));
          }
        });
    o.run(c);
    st.lineOptions = o;
    Map<String, String> tags = new LinkedHashMap<>();
    for (Node child : node.children()) {
      List<Token> line = child.line().tokens();
      String word = line.get(0).word();
      if ("access-log".equals(word)) {
        accessLog(child, s, st);
      } else if ("canary".equals(word)) {
        canary(child, s, st);
      } else if ("route".equals(word)) {
        setting(child, st, source);
      } else if ("tag".equals(word)) {
        pairs(new Cursor(line, 1), line.get(0), tags, "tag", null);
        noBlock(child);
      } else {
        continuation(child, o, Words.STAGE_BLOCK);
      }
    }
    s.variables(st.variables);
    s.tags(tags);
    List<MethodSetting> settings = new ArrayList<>();
    for (SettingState setting : st.settings) {
      settings.add(setting.build());
    }
    s.settings(settings);
    api.stage(s.build());
  }

  private final class StageState {
    final Map<String, String> variables = new LinkedHashMap<>();
    final List<SettingState> settings = new ArrayList<>();
    SettingState star;
    boolean starMerged;
    boolean accessLog;
    boolean canary;
    Options lineOptions;

    /** The settings for all routes that the stage line's words fill in. */
    SettingState star(Token at) {
      if (star == null) {
        star = new SettingState(MethodSetting.ALL_ROUTES, at.range(file));
        settings.add(0, star);
      }
      return star;
    }
  }

  private void accessLog(Node node, Stage.Builder s, StageState st) {
    List<Token> tokens = node.line().tokens();
    if (st.accessLog) {
      values.error("dsl.duplicate", "`access-log` is given twice", tokens.get(0).range(file));
    }
    st.accessLog = true;
    String[] log = new String[2];
    Options o = new Options();
    o.on("format", value(t -> log[1] = t.text()));
    Cursor c = new Cursor(tokens, 1);
    if (c.more() && positional(c.peek(), o)) {
      log[0] = c.next().free();
    }
    o.run(c);
    noBlock(node);
    s.accessLog(new AccessLog(lineRange(node.line()), log[0], log[1]));
  }

  private void canary(Node node, Stage.Builder s, StageState st) {
    List<Token> tokens = node.line().tokens();
    if (st.canary) {
      values.error("dsl.duplicate", "`canary` is given twice", tokens.get(0).range(file));
    }
    st.canary = true;
    Double[] percent = new Double[1];
    Boolean[] stageCache = new Boolean[1];
    Map<String, String> vars = new LinkedHashMap<>();
    Options o = new Options();
    o.on("stage-cache", flag(b -> stageCache[0] = b));
    o.many(
        "vars",
        (t, cursor) -> {
          keyword(t);
          if (pairs(cursor, t, vars, "stage variable", o).isEmpty()) {
            values.error("dsl.expected", "expected NAME=VALUE after `vars`", after(t));
          }
        });
    Cursor c = new Cursor(tokens, 1);
    if (c.more() && positional(c.peek(), o)) {
      Token t = c.next();
      percent[0] = values.percent(t.free(), t.range(file));
    }
    o.run(c);
    noBlock(node);
    s.canary(new Canary(lineRange(node.line()), percent[0], vars, stageCache[0]));
  }

  /** {@code route KEY: settings} in a stage's block. */
  private void setting(Node node, StageState st, SourceRange stageSource) {
    List<Token> tokens = node.line().tokens();
    Cursor c = new Cursor(tokens, 1);
    RouteText key = routeText(c, tokens.get(0), true);
    noBlock(node);
    if (key == null) {
      return;
    }
    SettingState setting;
    if (key.text().equals(MethodSetting.ALL_ROUTES) && st.star != null && !st.starMerged) {
      // `route * :` adds to what the stage line says for all routes.
      setting = st.star;
    } else {
      setting = new SettingState(key.text(), lineRange(node.line()));
      st.settings.add(setting);
      refs.computeIfAbsent(setting.source, k -> new HashMap<>()).put(key.text(), key.range());
    }
    if (key.text().equals(MethodSetting.ALL_ROUTES)) {
      st.starMerged = true;
    }
    setting.options.run(c);
  }

  private final class SettingState {
    final String route;
    final SourceRange source;
    final Options options = new Options();
    ThrottleState throttle;
    LoggingLevel logging;
    Boolean dataTrace;
    Boolean metrics;
    Boolean cachingEnabled;
    Integer cacheTtl;
    Boolean encrypted;
    Boolean requireAuth;

    SettingState(String route, SourceRange source) {
      this.route = route;
      this.source = source;
      throttleOptions(options, () -> throttle, t -> throttle = t);
      options.on(
          "log",
          (t, c) -> {
            keyword(t);
            Token a = arg(c, t, "a logging level (off, error, info)");
            if (a != null) {
              logging = values.choice(a, LOG_LEVELS, "logging level");
            }
          });
      options.on("data-trace", flag(b -> dataTrace = b));
      options.on("metrics", flag(b -> metrics = b));
      options.on(
          "cache",
          (t, c) -> {
            keyword(t);
            Token a = arg(c, t, "a cache TTL, `on` or `off`");
            if (a == null) {
              return;
            }
            if (a.isWord("on")) {
              cachingEnabled = true;
            } else if (a.isWord("off")) {
              cachingEnabled = false;
            } else {
              cachingEnabled = true;
              if (options.seen.add("cache-ttl")) {
                cacheTtl =
                    values.duration(
                        a.free(), a.range(file), Unit.SECONDS, Unit.SECONDS, "a cache TTL");
              } else {
                values.error("dsl.duplicate", "the cache TTL is given twice", a.range(file));
              }
            }
          });
      options.on(
          "cache-ttl",
          value(
              t ->
                  cacheTtl =
                      values.duration(
                          t.text(),
                          t.valueRange(file),
                          Unit.SECONDS,
                          Unit.SECONDS,
                          "a cache TTL")));
      options.on("encrypted", flag(b -> encrypted = b));
      options.on("require-auth-for-cache-control", flag(b -> requireAuth = b));
    }

    MethodSetting build() {
      return new MethodSetting(
          source,
          route,
          throttle == null ? null : throttle.build(),
          logging,
          dataTrace,
          metrics,
          cachingEnabled,
          cacheTtl,
          encrypted,
          requireAuth);
    }
  }

  private final class ThrottleState {
    SourceRange source;
    Double rate;
    Integer burst;

    Throttle build() {
      return new Throttle(source, rate, burst);
    }
  }

  /** {@code throttle [RATE] [burst N]}, writing to the throttle {@code get}/{@code set} hold. */
  private void throttleOptions(
      Options options,
      java.util.function.Supplier<ThrottleState> get,
      Consumer<ThrottleState> set) {
    options.on(
        "throttle",
        (t, c) -> {
          keyword(t);
          ThrottleState throttle = new ThrottleState();
          throttle.source = t.range(file);
          if (c.more() && looksNumeric(c.peek())) {
            Token rate = c.next();
            throttle.rate = values.rate(rate.text(), rate.range(file));
            throttle.source = span(t, rate);
          }
          set.accept(throttle);
        });
    options.on(
        "burst",
        (t, c) -> {
          keyword(t);
          Token a = arg(c, t, "a burst size");
          ThrottleState throttle = get.get();
          if (throttle == null) {
            values.error(
                "dsl.expected",
                "`burst` belongs after `throttle RATE`",
                t.range(file),
                "write `throttle 100/s burst 200`");
            return;
          }
          if (a != null) {
            throttle.burst = values.integer(a.free(), a.range(file), "a burst size");
            throttle.source =
                SourceRange.of(
                    file,
                    throttle.source.line(),
                    throttle.source.column(),
                    a.endLine(),
                    a.endColumn());
          }
        });
  }

  private static boolean looksNumeric(Token t) {
    String word = t.word();
    if (word == null || word.isEmpty()) {
      return false;
    }
    char c = word.charAt(0);
    return Character.isDigit(c)
        || c == '.'
        || c == '-'
        || word.startsWith("NaN")
        || word.startsWith("Infinity");
  }

  // ---------------------------------------------------------------- plans and keys

  private void plan(Node node) {
    List<Token> tokens = node.line().tokens();
    Cursor c = new Cursor(tokens, 1);
    Named name = name(c, tokens.get(0), "usage plan", true);
    if (name == null) {
      return;
    }
    PlanState p = new PlanState(name.name(), lineRange(node.line()));
    nameRanges.put(p.source, name.range());
    Options o = new Options();
    throttleOptions(o, () -> p.throttle, t -> p.throttle = t);
    o.on(
        "quota",
        (t, cursor) -> {
          keyword(t);
          Token a = arg(cursor, t, "a quota like `1000/day`");
          if (a == null) {
            return;
          }
          String[] parts = values.quota(a.free(), a.range(file));
          if (parts != null) {
            Integer limit = values.integer(parts[0], a.range(file), "a quota limit");
            QuotaPeriod period = values.choice(parts[1], PERIODS, a.range(file), "quota period");
            if (limit != null && period != null) {
              p.quota = new QuotaState(span(t, a), limit, period);
            }
          }
        });
    o.on(
        "offset",
        (t, cursor) -> {
          keyword(t);
          Token a = arg(cursor, t, "a quota offset in days");
          if (p.quota == null) {
            values.error("dsl.expected", "`offset` belongs after `quota N/PERIOD`", t.range(file));
            return;
          }
          if (a != null) {
            p.quota.offset = values.integer(a.free(), a.range(file), "a quota offset");
          }
        });
    o.many(
        "stages",
        (t, cursor) -> {
          keyword(t);
          List<Token> items = positionals(cursor, o);
          if (items.isEmpty()) {
            values.error("dsl.expected", "expected stage names after `stages`", after(t));
          }
          for (Token item : items) {
            PlanStageState stage = new PlanStageState(item.free(), item.range(file));
            p.stages.add(stage);
            ref(stage.source, stage.name, stage.source);
          }
        });
    o.many(
        "keys",
        (t, cursor) -> {
          keyword(t);
          List<Token> items = positionals(cursor, o);
          if (items.isEmpty()) {
            values.error("dsl.expected", "expected API key names after `keys`", after(t));
          }
          for (Token item : items) {
            p.keys.add(item.free());
            ref(p.source, item.free(), item.range(file));
          }
        });
    o.on(
        "description",
        (t, cursor) -> {
          keyword(t);
          Token a = arg(cursor, t, "a description");
          if (a != null) {
            p.description = freeText(a);
          }
        });
    o.run(c);
    for (Node child : node.children()) {
      if (child.line().tokens().get(0).isWord("stage")) {
        planStage(child, p);
      } else {
        continuation(child, o, List.of("stage"));
      }
    }
    plans.add(p);
  }

  /** {@code stage NAME: ROUTE throttle RATE [burst N]} in a plan's block. */
  private void planStage(Node node, PlanState p) {
    List<Token> tokens = node.line().tokens();
    Cursor c = new Cursor(tokens, 1);
    Named name = name(c, tokens.get(0), "stage", true);
    noBlock(node);
    if (name == null) {
      return;
    }
    List<Token> keyTokens = new ArrayList<>();
    while (c.more() && !c.peek().isWord("throttle")) {
      keyTokens.add(c.next());
    }
    String route = routeKeyText(keyTokens);
    if (route == null) {
      values.error(
          "dsl.expected",
          "expected a route like `GET /pets` after `stage " + name.name() + ":`",
          keyTokens.isEmpty()
              ? after(c.previous())
              : span(keyTokens.get(0), keyTokens.get(keyTokens.size() - 1)));
      return;
    }
    SourceRange keyRange = span(keyTokens.get(0), keyTokens.get(keyTokens.size() - 1));
    ThrottleState[] holder = new ThrottleState[1];
    Options o = new Options();
    throttleOptions(o, () -> holder[0], t -> holder[0] = t);
    if (!c.more()) {
      values.error(
          "dsl.expected",
          "expected `throttle RATE [burst N]` after the route",
          after(c.previous()));
      return;
    }
    o.run(c);
    if (holder[0] == null) {
      return;
    }
    PlanStageState stage = null;
    for (PlanStageState candidate : p.stages) {
      if (candidate.name.equals(name.name())) {
        stage = candidate;
        break;
      }
    }
    if (stage == null) {
      stage = new PlanStageState(name.name(), name.range());
      p.stages.add(stage);
      ref(stage.source, stage.name, name.range());
    }
    if (stage.throttles.containsKey(route)) {
      values.error(
          "dsl.duplicate",
          "the throttle of `" + route + "` on stage `" + name.name() + "` is given twice",
          keyRange);
      return;
    }
    stage.throttles.put(route, holder[0].build());
    ref(stage.source, route, keyRange);
  }

  private final class PlanState {
    final String name;
    final SourceRange source;
    String description;
    ThrottleState throttle;
    QuotaState quota;
    final List<PlanStageState> stages = new ArrayList<>();
    final List<String> keys = new ArrayList<>();

    PlanState(String name, SourceRange source) {
      this.name = name;
      this.source = source;
    }

    UsagePlan build() {
      List<PlanStage> planStages = new ArrayList<>();
      for (PlanStageState stage : stages) {
        planStages.add(new PlanStage(stage.source, stage.name, stage.throttles));
      }
      return new UsagePlan(
          source,
          name,
          description,
          throttle == null ? null : throttle.build(),
          quota == null ? null : new Quota(quota.source, quota.limit, quota.period, quota.offset),
          planStages,
          keys);
    }
  }

  private static final class PlanStageState {
    final String name;
    final SourceRange source;
    final Map<String, Throttle> throttles = new LinkedHashMap<>();

    PlanStageState(String name, SourceRange source) {
      this.name = name;
      this.source = source;
    }
  }

  private static final class QuotaState {
    final SourceRange source;
    final int limit;
    final QuotaPeriod period;
    Integer offset;

    QuotaState(SourceRange source, int limit, QuotaPeriod period) {
      this.source = source;
      this.limit = limit;
      this.period = period;
    }
  }

  private record Membership(String plan, String key, SourceRange at) {}

  private void key(Node node) {
    List<Token> tokens = node.line().tokens();
    Cursor c = new Cursor(tokens, 1);
    Named name = name(c, tokens.get(0), "API key", true);
    if (name == null) {
      return;
    }
    SourceRange source = lineRange(node.line());
    nameRanges.put(source, name.range());
    String[] text = new String[2];
    boolean[] enabled = {true};
    Options o = new Options();
    o.many(
        "plan",
        (t, cursor) -> {
          keyword(t);
          List<Token> items = positionals(cursor, o);
          if (items.isEmpty()) {
            values.error("dsl.expected", "expected usage plan names after `plan`", after(t));
          }
          for (Token item : items) {
            memberships.add(new Membership(item.free(), name.name(), item.range(file)));
          }
        });
    o.on("value", value(t -> text[0] = t.text()));
    o.on(
        "disabled",
        flag(
            b -> {
              if (b != null) {
                enabled[0] = !b;
              }
            }));
    o.on(
        "description",
        (t, cursor) -> {
          keyword(t);
          Token a = arg(cursor, t, "a description");
          if (a != null) {
            text[1] = freeText(a);
          }
        });
    o.run(c);
    continuations(node, o);
    api.apiKey(new ApiKey(source, name.name(), text[0], enabled[0], text[1]));
  }

  // ---------------------------------------------------------------- models, validators

  private void model(Node node) {
    List<Token> tokens = node.line().tokens();
    Cursor c = new Cursor(tokens, 1);
    Named name = name(c, tokens.get(0), "model", true);
    noBlock(node);
    if (name == null) {
      return;
    }
    SourceRange source = lineRange(node.line());
    nameRanges.put(source, name.range());
    List<Token> rest = new ArrayList<>();
    while (c.more()) {
      rest.add(c.next());
    }
    String contentType = null;
    JsonNode schema = null;
    if (rest.isEmpty()) {
      values.error(
          "dsl.expected",
          "expected a JSON schema after `model " + name.name() + ":`",
          after(c.previous()));
    } else if (rest.size() == 1) {
      schema = values.json(rest.get(0));
    } else {
      contentType = freeText(rest.get(0));
      schema = values.json(rest.get(1));
      if (rest.size() > 2) {
        unexpected(
            rest.get(2),
            rest.get(rest.size() - 1),
            "a model is `model NAME: [CONTENT-TYPE] SCHEMA`");
      }
    }
    api.model(
        new SchemaModel(
            source,
            name.name(),
            contentType,
            schema == null ? JsonNodeFactory.instance.objectNode() : schema));
  }

  private void validator(Node node) {
    List<Token> tokens = node.line().tokens();
    Cursor c = new Cursor(tokens, 1);
    Named name = name(c, tokens.get(0), "validator", true);
    if (name == null) {
      return;
    }
    SourceRange source = lineRange(node.line());
    nameRanges.put(source, name.range());
    boolean[] checks = new boolean[2];
    Options o = new Options();
    o.on("body", flag(b -> checks[0] = Boolean.TRUE.equals(b)));
    o.on("params", flag(b -> checks[1] = Boolean.TRUE.equals(b)));
    o.run(c);
    continuations(node, o);
    api.validator(new RequestValidator(source, name.name(), checks[0], checks[1]));
  }

  // ---------------------------------------------------------------- gateway responses, domains

  private void gatewayResponse(Node node) {
    List<Token> tokens = node.line().tokens();
    Cursor c = new Cursor(tokens, 1);
    Named type = name(c, tokens.get(0), "gateway response type", false);
    if (type == null) {
      return;
    }
    SourceRange source = lineRange(node.line());
    nameRanges.put(source, type.range());
    Integer[] status = new Integer[1];
    Options o = new Options();
    o.on(
        "status",
        value(t -> status[0] = values.integer(t.text(), t.valueRange(file), "a status code")));
    o.run(c);
    Map<String, String> headers = new LinkedHashMap<>();
    Map<String, String> templates = new LinkedHashMap<>();
    for (Node child : node.children()) {
      List<Token> line = child.line().tokens();
      if (line.get(0).isWord("header")) {
        pairs(new Cursor(line, 1), line.get(0), headers, "header", null);
        noBlock(child);
      } else if (line.get(0).isWord("template")) {
        template(child, templates);
      } else {
        continuation(child, o, Words.GATEWAY_RESPONSE_BLOCK);
      }
    }
    api.gatewayResponse(new GatewayResponse(source, type.name(), status[0], headers, templates));
  }

  /** {@code template CONTENT-TYPE VALUE} or {@code request-template CONTENT-TYPE VALUE}. */
  private void template(Node node, Map<String, String> templates) {
    List<Token> tokens = node.line().tokens();
    Token first = tokens.get(0);
    noBlock(node);
    if (tokens.size() < 3) {
      values.error(
          "dsl.expected",
          "expected a content type and a template after `" + first.text() + "`",
          after(tokens.get(tokens.size() - 1)));
      return;
    }
    String contentType = freeText(tokens.get(1));
    String template = freeText(tokens.get(2));
    if (tokens.size() > 3) {
      unexpected(tokens.get(3), tokens.get(tokens.size() - 1), "quote a template with spaces");
    }
    if (contentType == null || template == null) {
      return;
    }
    if (templates.containsKey(contentType)) {
      values.error(
          "dsl.duplicate",
          "the template for `" + contentType + "` is given twice",
          tokens.get(1).range(file));
      return;
    }
    templates.put(contentType, template);
  }

  private void domain(Node node) {
    List<Token> tokens = node.line().tokens();
    Cursor c = new Cursor(tokens, 1);
    Named name = name(c, tokens.get(0), "domain name", false);
    if (name == null) {
      return;
    }
    SourceRange source = lineRange(node.line());
    nameRanges.put(source, name.range());
    String[] text = new String[3];
    EndpointType[] endpoint = new EndpointType[1];
    Options o = new Options();
    o.on("cert", value(t -> text[0] = t.text()));
    o.on(
        "endpoint",
        value(
            t ->
                endpoint[0] =
                    values.choice(t.text(), ENDPOINTS, t.valueRange(file), "endpoint type")));
    o.on("tls", value(t -> text[1] = t.text()));
    o.on("truststore", value(t -> text[2] = t.text()));
    o.run(c);
    List<BasePathMapping> mappings = new ArrayList<>();
    for (Node child : node.children()) {
      List<Token> line = child.line().tokens();
      if (line.get(0).isWord("map")) {
        noBlock(child);
        if (line.size() < 4 || !line.get(2).isWord(Words.ARROW)) {
          values.error(
              "dsl.expected",
              "expected `map BASE-PATH -> STAGE` (`\"\"` is the root)",
              lineRange(child.line()));
          continue;
        }
        if (line.size() > 4) {
          unexpected(
              line.get(4), line.get(line.size() - 1), "a mapping is `map BASE-PATH -> STAGE`");
        }
        String base = freeText(line.get(1));
        String stage = freeText(line.get(3));
        if (base != null && stage != null) {
          SourceRange at = lineRange(child.line());
          mappings.add(new BasePathMapping(at, base, stage));
          ref(at, stage, line.get(3).range(file));
        }
      } else {
        continuation(child, o, List.of("map"));
      }
    }
    api.domain(
        new CustomDomain(source, name.name(), text[0], endpoint[0], text[1], text[2], mappings));
  }

  // ---------------------------------------------------------------- routes

  private void route(Node node, int arrowAt) {
    List<Token> tokens = node.line().tokens();
    SourceRange source = lineRange(node.line());
    RouteKey key = routeKey(tokens, arrowAt);
    RouteState r = new RouteState(key == null ? new RouteKey.WebSocket("") : key, source);
    nameRanges.put(source, span(tokens.get(0), tokens.get(arrowAt - 1)));
    Cursor c = new Cursor(tokens, arrowAt + 1);
    Options o = routeOptions(r);
    integration(r, c, o);
    o.run(c);
    for (Node child : node.children()) {
      routeBlock(r, child, o);
    }
    if (key != null) {
      api.route(r.build());
    }
  }

  private RouteKey routeKey(List<Token> tokens, int arrowAt) {
    Token first = tokens.get(0);
    if (arrowAt == 1) {
      if (first.isWord("$default")) {
        return protocol == Protocol.WEBSOCKET
            ? new RouteKey.WebSocket("$default")
            : new RouteKey.Default();
      }
      String text = first.free();
      if (text == null) {
        values.error(
            "dsl.route-key", "expected a route key, found " + describe(first), first.range(file));
        return null;
      }
      if (protocol != Protocol.WEBSOCKET && !first.quoted()) {
        values.error(
            "dsl.route-key",
            "a route of a " + protocol.name() + " API is `METHOD PATH` or `$default`",
            first.range(file),
            "a one-word route key is a WebSocket route; quote it to mean one here");
        return null;
      }
      return new RouteKey.WebSocket(text);
    }
    Token method = tokens.get(0);
    Token path = tokens.get(1);
    HttpMethod m = null;
    if (method.word() != null && METHODS.contains(method.word())) {
      m = HttpMethod.valueOf(method.word());
    } else {
      values.unknown(
          "dsl.unknown-method", "HTTP method", method.text(), METHODS, method.range(file));
    }
    String p = path.free();
    if (p == null) {
      values.error("dsl.route-key", "expected a path, found " + describe(path), path.range(file));
      return null;
    }
    return m == null ? null : RouteKey.Http.of(m, p);
  }

  private final class RouteState {
    final Route.Builder route;
    final SourceRange source;
    Integration.Builder integration;
    SourceRange integrationSource;
    boolean bogus;
    // Integration values given so far ("URI", "function", "subtype", "integration method").
    final Set<String> given = new HashSet<>();
    // Filled here and handed to the builder once: copying them per block line is quadratic.
    final Map<String, String> requestParameters = new LinkedHashMap<>();
    final Map<String, String> requestTemplates = new LinkedHashMap<>();
    Boolean insecureTls;
    String sni;
    boolean tlsGiven;

    RouteState(RouteKey key, SourceRange source) {
      this.route = Route.builder(key).source(source);
      this.source = source;
    }

    Route build() {
      if (integration != null && !bogus) {
        if (integration.build().kind().isLambda() && !given.contains("integration method")) {
          integration.httpMethod("POST");
        }
        if (tlsGiven) {
          integration.tls(new TlsConfig(integrationSource, Boolean.TRUE.equals(insecureTls), sni));
        }
        integration.requestParameters(requestParameters).requestTemplates(requestTemplates);
        route.integration(integration.build());
      }
      return route.build();
    }
  }

  /** The integration after {@code ->}: its kind and the words its syntax gives a place. */
  private void integration(RouteState r, Cursor c, Options probe) {
    if (!c.more()) {
      return;
    }
    Token t = c.peek();
    String word = t.word();
    IntegrationKind kind = word == null ? null : KINDS.get(word);
    if (kind == null) {
      if (t.name() != null && (Words.ROUTE_OPTIONS.contains(t.name()))) {
        return;
      }
      c.next();
      String near = Values.suggest(word, KINDS.keySet());
      if (word != null && near != null) {
        values.error(
            "dsl.unknown-integration",
            "unknown integration `" + word + "`",
            t.range(file),
            "did you mean `" + near + "`?");
      } else {
        values.error(
            "dsl.expected",
            "expected an integration ("
                + String.join(", ", KINDS.keySet())
                + ") after `->`, found "
                + describe(t),
            t.range(file));
      }
      r.integration = Integration.builder(IntegrationKind.MOCK);
      r.bogus = true;
      while (c.more()
          && c.peek().key() == null
          && !Words.RESERVED.contains(String.valueOf(c.peek().word()))) {
        c.next();
      }
      return;
    }
    Token kindToken = c.next();
    Token last = kindToken;
    Integration.Builder b = Integration.builder(kind);
    r.integration = b;
    switch (kind) {
      case LAMBDA_PROXY, LAMBDA -> {
        if (c.more() && positional(c.peek(), probe)) {
          last = c.next();
          b.function(last.free());
          r.given.add("function");
        }
      }
      case HTTP_PROXY, HTTP -> {
        if (c.more() && c.peek().word() != null && METHODS.contains(c.peek().word())) {
          last = c.next();
          b.httpMethod(last.word());
          r.given.add("integration method");
        }
        if (c.more() && positional(c.peek(), probe)) {
          last = c.next();
          b.uri(last.free());
          r.given.add("URI");
        } else {
          values.error(
              "dsl.expected",
              "expected the backend URL after `"
                  + word
                  + (r.given.contains("integration method") ? " " + last.word() : "")
                  + "`",
              after(last),
              "write `" + word + " GET https://example.com/path`");
        }
      }
      case MOCK -> {
        if (c.more() && positional(c.peek(), probe)) {
          Token status = c.next();
          last = status;
          if (status.word() == null || !status.word().matches("\\d+")) {
            values.error(
                "dsl.expected",
                "expected a status code after `mock`, found " + describe(status),
                status.range(file));
          } else {
            String body = null;
            if (c.more()
                && c.peek().key() == null
                && (c.peek().kind() == Kind.STRING || c.peek().kind() == Kind.JSON)) {
              last = c.next();
              body = last.text();
            }
            r.requestTemplates.put(JSON_TYPE, "{\"statusCode\": " + status.word() + "}");
            b.response(
                new IntegrationResponse(
                    span(status, last),
                    "default",
                    status.word(),
                    Map.of(),
                    body == null ? Map.of() : Map.of(JSON_TYPE, body),
                    null));
          }
        }
      }
      case AWS_SERVICE -> {
        if (c.more() && positional(c.peek(), probe)) {
          last = c.next();
          String target = last.free();
          int colon = target.indexOf(':');
          if (colon > 0 && colon < target.length() - 1) {
            b.uri(
                AWS_ACTION + target.substring(0, colon) + ":action/" + target.substring(colon + 1));
            r.given.add("URI");
          } else if (colon >= 0) {
            values.error(
                "dsl.expected",
                "expected `SERVICE:ACTION` after `aws`, like `sqs:SendMessage`",
                last.range(file));
          } else {
            b.subtype(target);
            r.given.add("subtype");
          }
        }
      }
    }
    r.integrationSource = span(kindToken, last);
    b.source(r.integrationSource);
    if (b.build().function() != null) {
      ref(r.integrationSource, b.build().function(), last.range(file));
    }
    if (kind.isLambda()
        && !r.given.contains("function")
        && !hasOption(c, "uri")
        && !hasOption(c, "function")) {
      values.error(
          "dsl.expected",
          "expected a function name or `uri=` after `" + word + "`",
          after(kindToken),
          "write `" + word + " FUNCTION`");
    }
  }

  private static boolean hasOption(Cursor c, String name) {
    for (int i = c.index; i < c.tokens.size(); i++) {
      if (name.equals(c.tokens.get(i).key())) {
        return true;
      }
    }
    return false;
  }

  private Options routeOptions(RouteState r) {
    Options o = new Options();
    Route.Builder route = r.route;
    o.on(
        "auth",
        (t, c) -> {
          keyword(t);
          Token a = arg(c, t, "an authorizer name, `iam` or `none`");
          if (a == null) {
            return;
          }
          if (a.isWord("iam")) {
            route.authorization(new Authorization.Iam(span(t, a)));
          } else if (a.isWord("none")) {
            route.authorization(new Authorization.None(span(t, a)));
          } else {
            String name = freeText(a);
            if (name == null) {
              return;
            }
            Token end = a;
            List<String> scopes = List.of();
            if (c.more() && "scopes".equals(c.peek().name())) {
              end = c.next();
              scopes = end.key() == null ? List.of() : values.list(end);
              o.seen.add("scopes");
            }
            SourceRange at = span(t, end);
            route.authorization(new Authorization.Custom(at, name, scopes));
            ref(at, name, a.range(file));
          }
        });
    o.on(
        "scopes",
        (t, c) ->
            values.error(
                "dsl.expected",
                "`scopes=` belongs right after `auth NAME`",
                t.range(file),
                "write `auth NAME scopes=a,b`"));
    o.on(
        "key",
        flag(
            b -> {
              if (b != null) {
                route.apiKeyRequired(b);
              }
            }));
    o.on("op", value(t -> route.operationId(t.text())));
    o.on(
        "validator",
        value(
            t -> {
              route.validator(t.text());
              ref(r.source, t.text(), t.valueRange(file));
            }));
    Map<String, String> models = new LinkedHashMap<>();
    o.many(
        "body",
        (t, c) -> {
          Token entry = t;
          String contentType = JSON_TYPE;
          if (t.key() == null) {
            entry = arg(c, t, "CONTENT-TYPE=MODEL");
            if (entry == null) {
              return;
            }
            if (entry.key() == null) {
              values.error(
                  "dsl.expected",
                  "expected CONTENT-TYPE=MODEL after `body`, found " + describe(entry),
                  entry.range(file),
                  "write `body=MODEL` for application/json");
              return;
            }
            contentType = entry.key();
          }
          if (models.containsKey(contentType)) {
            values.error(
                "dsl.duplicate",
                "the request model for `" + contentType + "` is given twice",
                entry.range(file));
            return;
          }
          models.put(contentType, entry.text());
          route.requestModels(models);
          ref(r.source, entry.text(), entry.valueRange(file));
        });
    o.on(
        "params",
        (t, c) -> {
          keyword(t);
          Token a = arg(c, t, "parameters like `query.page!,header.x-id`");
          if (a != null) {
            route.parameters(parameters(a));
          }
        });
    o.on("response-selection", value(t -> route.routeResponseSelectionExpression(t.text())));
    o.on(
        "uri",
        integrationValue(
            r,
            t -> {
              once(r, "URI", t);
              r.integration.uri(t.text());
            }));
    o.on(
        "function",
        integrationValue(
            r,
            t -> {
              once(r, "function", t);
              r.integration.function(t.text());
              ref(r.integrationSource, t.text(), t.valueRange(file));
            }));
    o.on(
        "subtype",
        integrationValue(
            r,
            t -> {
              once(r, "subtype", t);
              r.integration.subtype(t.text());
            }));
    o.on(
        "method",
        integrationValue(
            r,
            t -> {
              once(r, "integration method", t);
              r.integration.httpMethod(
                  t.kind() == Kind.WORD && t.text().equals("none") ? null : t.text());
            }));
    o.on(
        "payload",
        integrationValue(
            r,
            t -> {
              payloadWarning(t);
              r.integration.payloadFormatVersion(t.text());
            }));
    o.on(
        "timeout",
        integrationValue(
            r,
            t ->
                r.integration.timeoutMillis(
                    values.duration(
                        t.text(),
                        t.valueRange(file),
                        Unit.MILLIS,
                        Unit.MILLIS,
                        "an integration timeout"))));
    o.on("role", integrationValue(r, t -> r.integration.credentials(t.text())));
    o.on(
        "vpc-link",
        integrationValue(
            r,
            t -> {
              r.integration.connectionType(ConnectionType.VPC_LINK);
              r.integration.connectionId(t.text());
            }));
    o.on(
        "connection",
        integrationValue(
            r,
            t ->
                r.integration.connectionType(
                    values.choice(t.text(), CONNECTIONS, t.valueRange(file), "connection type"))));
    o.on("connection-id", integrationValue(r, t -> r.integration.connectionId(t.text())));
    o.on(
        "passthrough",
        integrationValue(
            r,
            t ->
                r.integration.passthroughBehavior(
                    values.choice(
                        t.text(), PASSTHROUGH, t.valueRange(file), "passthrough behavior"))));
    o.on(
        "content",
        integrationValue(
            r,
            t ->
                r.integration.contentHandling(
                    values.choice(t.text(), CONTENT, t.valueRange(file), "content handling"))));
    o.on("cache-key", integrationValue(r, t -> r.integration.cacheKeyParameters(values.list(t))));
    o.on("cache-namespace", integrationValue(r, t -> r.integration.cacheNamespace(t.text())));
    o.on(
        "insecure-tls",
        (t, c) -> {
          if (needIntegration(r, t)) {
            r.tlsGiven = true;
            r.insecureTls = values.flag(t);
          }
        });
    o.on(
        "sni",
        integrationValue(
            r,
            t -> {
              r.tlsGiven = true;
              r.sni = t.text();
            }));
    o.on(
        "template-selection",
        integrationValue(r, t -> r.integration.templateSelectionExpression(t.text())));
    return o;
  }

  private Opt integrationValue(RouteState r, Consumer<Token> action) {
    Opt inner = value(action);
    return (t, c) -> {
      if (needIntegration(r, t)) {
        inner.apply(t, c);
      }
    };
  }

  private boolean needIntegration(RouteState r, Token t) {
    if (r.integration == null) {
      values.error(
          "dsl.expected",
          "`" + t.name() + "` is an integration option, but this route has no integration",
          t.range(file));
      return false;
    }
    return true;
  }

  private List<RequestParameter> parameters(Token t) {
    List<RequestParameter> out = new ArrayList<>();
    // `params header.a=b` is one word that happens to hold `=`: take it whole.
    boolean whole = t.key() != null && t.raw() != null;
    List<String> items = whole ? List.of(t.raw().split(",", -1)) : values.list(t);
    int start = whole ? t.column() : t.valueColumn();
    int offset = 0;
    for (String item : items) {
      SourceRange at =
          t.kind() == Kind.WORD
              ? SourceRange.of(
                  file, t.line(), start + offset, t.line(), start + offset + item.length())
              : t.valueRange(file);
      offset += item.length() + 1;
      int dot = item.indexOf('.');
      if (dot < 0) {
        values.error(
            "dsl.value",
            "expected a parameter like `query.page`, `header.x-id` or `path.id`, found `"
                + Values.shown(item)
                + "`",
            at);
        continue;
      }
      ParamLocation in = values.choice(item.substring(0, dot), LOCATIONS, at, "parameter location");
      if (in == null) {
        continue;
      }
      String name = item.substring(dot + 1);
      boolean required = false;
      if (name.endsWith("!")) {
        required = true;
        name = name.substring(0, name.length() - 1);
      } else if (name.endsWith("?")) {
        name = name.substring(0, name.length() - 1);
      }
      out.add(new RequestParameter(at, in, name, required));
    }
    return out;
  }

  private void routeBlock(RouteState r, Node node, Options routeOptions) {
    List<Token> tokens = node.line().tokens();
    Token first = tokens.get(0);
    String word = first.word();
    if (word == null || !Words.ROUTE_BLOCK.contains(word)) {
      continuation(node, routeOptions, Words.ROUTE_BLOCK);
      return;
    }
    if (word.equals("method-response")) {
      methodResponse(r, node);
      return;
    }
    if (r.integration == null) {
      values.error(
          "dsl.expected",
          "`" + word + "` belongs to an integration, but this route has none",
          first.range(file));
      return;
    }
    switch (word) {
      case "request-param" -> {
        pairs(new Cursor(tokens, 1), first, r.requestParameters, "request parameter", null);
        noBlock(node);
      }
      case "request-template" -> template(node, r.requestTemplates);
      default -> integrationResponse(r, node);
    }
  }

  private void integrationResponse(RouteState r, Node node) {
    List<Token> tokens = node.line().tokens();
    Cursor c = new Cursor(tokens, 1);
    Token pattern =
        arg(c, tokens.get(0), "a selection pattern (`default` or a regular expression)");
    Token status = pattern == null ? null : arg(c, pattern, "a status code");
    ContentHandling[] content = new ContentHandling[1];
    Options o = new Options();
    o.on(
        "content",
        value(
            t ->
                content[0] =
                    values.choice(t.text(), CONTENT, t.valueRange(file), "content handling")));
    o.run(c);
    Map<String, String> parameters = new LinkedHashMap<>();
    Map<String, String> templates = new LinkedHashMap<>();
    for (Node child : node.children()) {
      List<Token> line = child.line().tokens();
      Token first = line.get(0);
      if (first.isWord("header") || first.isWord("param")) {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs(new Cursor(line, 1), first, pairs, first.text(), null);
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
          String name = first.isWord("header") ? RESPONSE_HEADER + pair.getKey() : pair.getKey();
          if (parameters.containsKey(name)) {
            values.error("dsl.duplicate", "`" + name + "` is given twice", lineRange(child.line()));
          }
          parameters.put(name, pair.getValue());
        }
        noBlock(child);
      } else if (first.isWord("template")) {
        template(child, templates);
      } else {
        continuation(child, o, Words.RESPONSE_BLOCK);
      }
    }
    if (pattern == null || status == null) {
      return;
    }
    String p = freeText(pattern);
    String s = freeText(status);
    if (p != null && s != null) {
      r.integration.response(
          new IntegrationResponse(lineRange(node.line()), p, s, parameters, templates, content[0]));
    }
  }

  private void methodResponse(RouteState r, Node node) {
    List<Token> tokens = node.line().tokens();
    noBlock(node);
    Cursor c = new Cursor(tokens, 1);
    Token status = arg(c, tokens.get(0), "a status code");
    SourceRange source = lineRange(node.line());
    List<String> headers = new ArrayList<>();
    Map<String, String> models = new LinkedHashMap<>();
    Options o = new Options();
    o.on("headers", value(t -> headers.addAll(values.list(t))));
    o.many(
        "models",
        (t, cursor) -> {
          keyword(t);
          List<Token> read = pairs(cursor, t, models, "response model", o);
          if (read.isEmpty()) {
            values.error("dsl.expected", "expected CONTENT-TYPE=MODEL after `models`", after(t));
          }
          for (Token entry : read) {
            ref(source, entry.text(), entry.valueRange(file));
          }
        });
    o.run(c);
    String code = status == null ? null : freeText(status);
    if (code == null) {
      return;
    }
    r.route.response(new MethodResponse(source, code, headers, models));
  }

  // ---------------------------------------------------------------- building

  private Api build() {
    for (Membership m : memberships) {
      PlanState plan = null;
      for (PlanState candidate : plans) {
        if (candidate.name.equals(m.plan())) {
          plan = candidate;
          break;
        }
      }
      if (plan == null) {
        List<String> names = new ArrayList<>();
        plans.forEach(p -> names.add(p.name));
        values.unknown("model.undefined", "usage plan", m.plan(), names, m.at());
        continue;
      }
      plan.keys.add(m.key());
    }
    for (PlanState plan : plans) {
      api.usagePlan(plan.build());
    }
    EndpointType type = endpointType;
    if (type == null) {
      type = Endpoint.defaultFor(protocol).type();
    }
    api.endpoint(new Endpoint(endpointSource, type, vpcEndpoints, disableExecuteApiEndpoint));
    api.tags(apiTags);
    api.protocol(protocol);
    return api.build();
  }

  /** Points a model check's diagnostic at the name it is about, where that is known. */
  private Diagnostic pointed(Diagnostic diagnostic) {
    SourceRange at = diagnostic.at();
    SourceRange better = null;
    String name = quotedName(diagnostic.message());
    if (diagnostic.code().equals("model.undefined")) {
      Map<String, SourceRange> names = refs.get(at);
      better = names == null || name == null ? null : names.get(name);
    } else if (diagnostic.code().equals("model.duplicate")) {
      better = nameRanges.get(at);
    }
    if (better == null) {
      return diagnostic;
    }
    return new Diagnostic(
        diagnostic.severity(), diagnostic.code(), diagnostic.message(), better, diagnostic.hint());
  }

  private static String quotedName(String message) {
    int start = message.indexOf('`');
    int end = start < 0 ? -1 : message.indexOf('`', start + 1);
    return end < 0 ? null : message.substring(start + 1, end);
  }

  private void ref(SourceRange element, String name, SourceRange at) {
    if (name != null) {
      refs.computeIfAbsent(element, k -> new HashMap<>()).putIfAbsent(name, at);
    }
  }

  // ---------------------------------------------------------------- options

  @FunctionalInterface
  interface Opt {
    void apply(Token t, Cursor c);
  }

  /** The options and keywords one line (and its continuation lines) may hold. */
  private final class Options {
    final Map<String, Opt> handlers = new LinkedHashMap<>();
    final Set<String> repeatable = new HashSet<>();
    final Set<String> seen = new HashSet<>();

    Options on(String name, Opt opt) {
      handlers.put(name, opt);
      return this;
    }

    Options many(String name, Opt opt) {
      repeatable.add(name);
      return on(name, opt);
    }

    boolean has(String name) {
      return name != null && handlers.containsKey(name);
    }

    void run(Cursor c) {
      run(c, List.of());
    }

    void run(Cursor c, Collection<String> more) {
      while (c.more()) {
        if (!dispatch(c.next(), c, more)) {
          // The words after an unknown one most likely belong to it: one error is enough.
          while (c.more() && c.peek().key() == null && !has(c.peek().word())) {
            c.next();
          }
        }
      }
    }

    void dispatch(Token t, Cursor c) {
      dispatch(t, c, List.of());
    }

    /** Applies the option {@code t} names; false when it names none (reported). */
    boolean dispatch(Token t, Cursor c, Collection<String> more) {
      String name = t.name();
      Opt opt = name == null ? null : handlers.get(name);
      if (opt == null) {
        List<String> candidates = Words.union(List.copyOf(handlers.keySet()), List.copyOf(more));
        if (name == null) {
          values.error(
              "dsl.unexpected",
              "unexpected " + describe(t) + "; expected an option",
              t.range(file),
              candidates.size() <= 12 ? "options here: " + String.join(", ", candidates) : null);
        } else {
          values.unknown(
              "dsl.unknown-option",
              "option",
              t.key() == null ? name : name + "=",
              candidates,
              t.key() == null
                  ? t.range(file)
                  : SourceRange.of(file, t.line(), t.column(), t.line(), t.valueColumn() - 1));
        }
        return false;
      }
      if (!repeatable.contains(name) && !seen.add(name)) {
        values.error("dsl.duplicate", "`" + name + "` is given twice", t.range(file));
        return true;
      }
      opt.apply(t, c);
      return true;
    }
  }

  /** An option written {@code name=value}. */
  private Opt value(Consumer<Token> action) {
    return (t, c) -> {
      if (t.key() == null) {
        values.error(
            "dsl.expected",
            "`" + t.text() + "` takes a value: `" + t.text() + "=...`",
            t.range(file));
        return;
      }
      action.accept(t);
    };
  }

  /** A flag: {@code name}, {@code name=true} or {@code name=false}. */
  private Opt flag(Consumer<Boolean> action) {
    return (t, c) -> {
      Boolean b = values.flag(t);
      if (b != null) {
        action.accept(b);
      }
    };
  }

  /** Reports a keyword written as {@code keyword=value}; it is still read. */
  private void keyword(Token t) {
    if (t.key() != null) {
      values.error(
          "dsl.syntax",
          "write `" + t.key() + " " + Values.shown(t.text()) + "`, with a space, not `=`",
          t.range(file));
    }
  }

  /** The token after a keyword, or null (reported) when the line ends. */
  private Token arg(Cursor c, Token keyword, String expected) {
    if (keyword.key() != null) {
      // `throttle=100/s`: already reported by keyword(); read the value part.
      return new Token(
          keyword.kind(),
          null,
          false,
          keyword.text(),
          keyword.text(),
          keyword.line(),
          keyword.valueColumn(),
          keyword.endLine(),
          keyword.endColumn(),
          keyword.valueColumn(),
          keyword.broken(),
          keyword.textLine(),
          keyword.textIndent());
    }
    if (c.more()) {
      return c.next();
    }
    values.error(
        "dsl.expected",
        "expected " + expected + " after `" + Values.shown(keyword.free()) + "`",
        after(keyword));
    return null;
  }

  /** Tokens that are free text, up to the next option or keyword of {@code options}. */
  private List<Token> positionals(Cursor c, Options options) {
    List<Token> out = new ArrayList<>();
    while (c.more() && positional(c.peek(), options) && c.peek().free() != null) {
      out.add(c.next());
    }
    return out;
  }

  /** Whether {@code t} is free text rather than an option or keyword of {@code options}. */
  private static boolean positional(Token t, Options options) {
    if (t.quoted()) {
      return true;
    }
    if (t.key() != null) {
      return t.raw() != null && !options.has(t.key());
    }
    if (t.kind() == Kind.JSON) {
      return true;
    }
    return !options.has(t.word()) && !t.isWord(Words.ARROW);
  }

  /**
   * {@code NAME=VALUE} tokens into {@code into}, up to the first token that is not one or that
   * names an option of {@code stopAt}. Returns whether any was read.
   */
  private List<Token> pairs(
      Cursor c, Token keyword, Map<String, String> into, String what, Options stopAt) {
    List<Token> read = new ArrayList<>();
    if (!c.more() && stopAt == null) {
      values.error(
          "dsl.expected",
          "expected NAME=VALUE after `" + Values.shown(keyword.free()) + "`",
          after(keyword));
    }
    while (c.more()) {
      Token t = c.peek();
      if (t.key() == null) {
        if (stopAt != null) {
          break;
        }
        c.next();
        values.error(
            "dsl.expected",
            "expected NAME=VALUE, found " + describe(t),
            t.range(file),
            "quote a name or value with spaces: \"my name\"=\"my value\"");
        continue;
      }
      if (stopAt != null && !t.keyQuoted() && stopAt.has(t.key())) {
        break;
      }
      c.next();
      read.add(t);
      if (into.containsKey(t.key())) {
        values.error(
            "dsl.duplicate",
            what + " `" + Values.shown(t.key()) + "` is given twice",
            t.range(file));
        continue;
      }
      into.put(t.key(), t.text());
    }
    return read;
  }

  /** Options on an indented line under a statement continue the statement's line. */
  private void continuation(Node child, Options options, Collection<String> blockWords) {
    List<Token> tokens = child.line().tokens();
    String first = tokens.get(0).word();
    boolean statement =
        first != null
            && STATEMENTS.contains(first)
            && !options.has(first)
            && !blockWords.contains(first);
    if (arrow(tokens) >= 0 || statement) {
      values.error(
          "dsl.indent",
          "this "
              + (statement ? "statement" : "route")
              + " is indented, so it reads as part of the line above",
          lineRange(child.line()),
          "statements and routes start in column 1");
      return;
    }
    options.run(new Cursor(tokens, 0), blockWords);
    noBlock(child);
  }

  /** Every line of the block continues the statement's line. */
  private void continuations(Node node, Options options) {
    for (Node child : node.children()) {
      continuation(child, options, List.of());
    }
  }

  /** Reports (once) that a line has an indented block where none is allowed. */
  private void noBlock(Node node) {
    if (!node.children().isEmpty()) {
      Line line = node.children().get(0).line();
      Token first = node.line().tokens().get(0);
      values.error(
          "dsl.indent",
          "unexpected indented line: `" + Values.shown(first.free()) + "` has no block here",
          lineRange(line));
    }
  }

  private void once(Node node, String word) {
    if (!apiSeen.add(word)) {
      values.error(
          "dsl.duplicate",
          "`" + word + "` is given twice",
          node.line().tokens().get(0).range(file));
    }
  }

  /** The one value of a statement like {@code description TEXT}. */
  private Token single(Node node, String word, String expected) {
    List<Token> tokens = node.line().tokens();
    once(node, word);
    noBlock(node);
    if (tokens.size() < 2) {
      values.error(
          "dsl.expected", "expected " + expected + " after `" + word + "`", after(tokens.get(0)));
      return null;
    }
    if (tokens.size() > 2) {
      unexpected(
          tokens.get(2),
          tokens.get(tokens.size() - 1),
          "`" + word + "` takes one value; quote text with spaces");
    }
    return tokens.get(1);
  }

  private void extra(Cursor c) {
    if (c.more()) {
      unexpected(c.peek(), c.tokens.get(c.tokens.size() - 1), null);
    }
  }

  private void unexpected(Token from, Token to, String hint) {
    SourceRange at = span(from, to);
    String message = "unexpected " + describe(from);
    if (hint == null) {
      values.error("dsl.unexpected", message, at);
    } else {
      values.error("dsl.unexpected", message, at, hint);
    }
  }

  private String freeText(Token t) {
    String text = t.free();
    if (text == null) {
      values.error("dsl.expected", "expected a value, found " + describe(t), t.range(file));
    }
    return text;
  }

  // ---------------------------------------------------------------- names and keys

  record Named(String name, SourceRange range) {}

  /** A definition's name, followed by {@code :} ({@code function getPet:}). */
  private Named name(Cursor c, Token statement, String what, boolean colon) {
    if (!c.more()) {
      values.error(
          "dsl.expected",
          "expected the " + what + " name after `" + statement.text() + "`",
          after(statement));
      return null;
    }
    Token t = c.next();
    String name;
    boolean colonSeen = false;
    if (t.isWord(":")) {
      values.error("dsl.expected", "expected the " + what + " name before `:`", t.range(file));
      return null;
    }
    if (t.word() != null && t.word().endsWith(":")) {
      name = t.word().substring(0, t.word().length() - 1);
      colonSeen = true;
    } else {
      name = t.free();
      if (name == null) {
        values.error(
            "dsl.expected", "expected the " + what + " name, found " + describe(t), t.range(file));
        return null;
      }
    }
    SourceRange range =
        colonSeen
            ? SourceRange.of(file, t.line(), t.column(), t.line(), t.endColumn() - 1)
            : t.range(file);
    if (!colonSeen && c.more() && c.peek().isWord(":")) {
      c.next();
      colonSeen = true;
    }
    if (colon && !colonSeen) {
      values.error(
          "dsl.expected",
          "expected `:` after the " + what + " name `" + Values.shown(name) + "`",
          after(t),
          "write `" + statement.text() + " " + Values.shown(name) + ": ...`");
    }
    return new Named(name, range);
  }

  private record RouteText(String text, SourceRange range) {}

  /** {@code GET /pets/{id}:}, {@code *:} or {@code "GET /a b":} up to its colon. */
  private RouteText routeText(Cursor c, Token statement, boolean colon) {
    List<Token> parts = new ArrayList<>();
    boolean closed = false;
    while (c.more()) {
      Token t = c.next();
      if (t.isWord(":")) {
        closed = true;
        break;
      }
      if (t.word() != null && t.word().endsWith(":")) {
        String text = t.word().substring(0, t.word().length() - 1);
        parts.add(
            new Token(
                Kind.WORD,
                null,
                false,
                text,
                text,
                t.line(),
                t.column(),
                t.line(),
                t.endColumn() - 1,
                t.column(),
                false,
                0,
                0));
        closed = true;
        break;
      }
      parts.add(t);
    }
    if (!closed) {
      values.error(
          "dsl.expected",
          "expected `ROUTE:` after `" + statement.text() + "`, like `route GET /pets: ...`",
          parts.isEmpty() ? after(statement) : span(parts.get(0), parts.get(parts.size() - 1)));
      return null;
    }
    String text = routeKeyText(parts);
    if (text == null) {
      values.error("dsl.expected", "expected a route before `:`", after(statement));
      return null;
    }
    return new RouteText(text, span(parts.get(0), parts.get(parts.size() - 1)));
  }

  /** Route key text from its tokens: one quoted string, or words joined by one space. */
  private String routeKeyText(List<Token> parts) {
    if (parts.isEmpty()) {
      return null;
    }
    if (parts.size() == 1 && parts.get(0).quoted()) {
      return parts.get(0).text();
    }
    List<String> words = new ArrayList<>();
    for (Token part : parts) {
      String text = freeText(part);
      if (text == null) {
        return null;
      }
      words.add(text);
    }
    return String.join(" ", words);
  }

  // ---------------------------------------------------------------- ranges

  private SourceRange span(Token from, Token to) {
    return SourceRange.of(file, from.line(), from.column(), to.endLine(), to.endColumn());
  }

  private SourceRange lineRange(Line line) {
    List<Token> tokens = line.tokens();
    return span(tokens.get(0), tokens.get(tokens.size() - 1));
  }

  private static Token last(Line line) {
    return line.tokens().get(line.tokens().size() - 1);
  }

  /** Just after a token: where something missing should have been. */
  private SourceRange after(Token t) {
    int line = t.kind() == Kind.TEXT ? t.line() : t.endLine();
    int column = t.kind() == Kind.TEXT ? t.valueColumn() + 3 : t.endColumn();
    return SourceRange.of(file, line, column, line, column + 1);
  }

  private static String describe(Token t) {
    return switch (t.kind()) {
      case WORD -> "`" + t.shown() + "`";
      case STRING -> t.key() == null ? "the quoted string " + t.shown() : "`" + t.shown() + "`";
      case JSON -> "the JSON value `" + t.shown() + "`";
      case TEXT -> "a text block";
    };
  }

  static final class Cursor {
    final List<Token> tokens;
    int index;

    Cursor(List<Token> tokens, int index) {
      this.tokens = tokens;
      this.index = index;
    }

    boolean more() {
      return index < tokens.size();
    }

    Token peek() {
      return tokens.get(index);
    }

    Token next() {
      return tokens.get(index++);
    }

    Token previous() {
      return tokens.get(Math.max(0, index - 1));
    }
  }

  // ---------------------------------------------------------------- tables

  @SuppressWarnings("unchecked")
  private static <E> Map<String, E> ordered(Object... pairs) {
    Map<String, E> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (E) pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private static List<String> methodNames() {
    List<String> out = new ArrayList<>();
    for (HttpMethod method : HttpMethod.values()) {
      out.add(method.name());
    }
    return Words.words(out.toArray(String[]::new));
  }

  private static List<String> statementWords() {
    List<String> out = new ArrayList<>();
    out.add("api");
    out.addAll(Words.API_SETTINGS);
    out.addAll(Words.DEFINITIONS);
    return Words.words(out.toArray(String[]::new));
  }
}
