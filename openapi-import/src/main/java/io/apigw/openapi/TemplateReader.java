package io.apigw.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.Api;
import io.apigw.model.ApiCheck;
import io.apigw.model.ApiReader;
import io.apigw.model.Diagnostic;
import io.apigw.model.Parsed;
import io.apigw.model.Protocol;
import io.apigw.model.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a SAM or CloudFormation template into the model: one API of it ({@code
 * AWS::Serverless::Api}, {@code AWS::Serverless::HttpApi}, the implicit API SAM makes from function
 * events, or {@code AWS::ApiGateway::RestApi} / {@code AWS::ApiGatewayV2::Api} with a {@code
 * Body}), with the functions it calls.
 */
final class TemplateReader implements ApiReader {
  static final String SERVERLESS_API = "AWS::Serverless::Api";
  static final String SERVERLESS_HTTP_API = "AWS::Serverless::HttpApi";
  static final String SERVERLESS_FUNCTION = "AWS::Serverless::Function";
  static final String LAMBDA_FUNCTION = "AWS::Lambda::Function";
  static final String REST_API = "AWS::ApiGateway::RestApi";
  static final String V2_API = "AWS::ApiGatewayV2::Api";
  static final String IMPLICIT_REST = "ServerlessRestApi";
  static final String IMPLICIT_HTTP = "ServerlessHttpApi";

  private final OpenApi.ReaderOptions options;

  TemplateReader(OpenApi.ReaderOptions options) {
    this.options = options;
  }

  /** A resource of the template. */
  record Resource(String id, String type, ObjectNode node, ObjectNode properties, SourceRange at) {}

  /** An API the template defines, explicitly or through function events. */
  record Candidate(String id, String type, Resource resource, SourceRange at) {
    boolean implicit() {
      return resource == null;
    }

    Protocol protocol() {
      return type.equals(SERVERLESS_HTTP_API) || type.equals(V2_API)
          ? Protocol.HTTP
          : Protocol.REST;
    }
  }

  /** A function event that adds a route to an API. */
  record Event(
      String function,
      String name,
      boolean http,
      String api,
      ObjectNode properties,
      SourceRange at) {}

  @Override
  public Parsed<Api> read(String fileName, String text) {
    return readWithDocument(fileName, text).parsed();
  }

  OpenApi.Read readWithDocument(String fileName, String text) {
    String file = fileName == null ? "" : fileName;
    Reading r = new Reading(file);
    Parsed<Api> parsed;
    ObjectNode[] body = new ObjectNode[1];
    try {
      parsed = read(r, text, body);
    } catch (RuntimeException | StackOverflowError e) {
      r.diagnostics.add(Diagnostic.internal("template", e, SourceRange.of(file, 1, 1)));
      parsed = Parsed.failed(r.diagnostics);
    }
    return new OpenApi.Read(
        parsed, body[0] == null ? null : new PositionedDocument(body[0], r.positions));
  }

  private Parsed<Api> read(Reading r, String text, ObjectNode[] body) {
    if (text == null) {
      r.error("template.syntax", "there is no text to read", SourceRange.of(r.mainFile, 1, 1));
      return Parsed.failed(r.diagnostics);
    }
    JsonNode tree = r.parse(r.mainFile, text);
    if (tree == null) {
      return Parsed.failed(r.diagnostics);
    }
    if (!(tree instanceof ObjectNode root) || !(root.get("Resources") instanceof ObjectNode)) {
      r.error(
          "template.structure",
          "a SAM or CloudFormation template is an object with a `Resources` object",
          r.at(tree));
      return Parsed.failed(r.diagnostics);
    }
    ObjectNode resourcesNode = (ObjectNode) root.get("Resources");
    Map<String, Resource> resources = new LinkedHashMap<>();
    Map<String, String> types = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : resourcesNode.properties()) {
      SourceRange at = r.key(resourcesNode, entry.getKey());
      if (!(entry.getValue() instanceof ObjectNode resource)) {
        r.error("template.structure", "resource `" + entry.getKey() + "` must be an object", at);
        continue;
      }
      JsonNode type = resource.get("Type");
      if (type == null || !type.isTextual()) {
        r.error("template.structure", "resource `" + entry.getKey() + "` has no `Type`", at);
        continue;
      }
      ObjectNode properties =
          resource.get("Properties") instanceof ObjectNode p ? p : resource.objectNode();
      resources.put(
          entry.getKey(), new Resource(entry.getKey(), type.asText(), resource, properties, at));
      types.put(entry.getKey(), type.asText());
    }
    Intrinsics intrinsics =
        new Intrinsics(r, root, types, options.parameters(), stackName(r.mainFile));
    ObjectNode globals = root.get("Globals") instanceof ObjectNode g ? g : root.objectNode();

    List<Event> events = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    for (Resource resource : resources.values()) {
      switch (resource.type()) {
        case SERVERLESS_API, SERVERLESS_HTTP_API, REST_API ->
            candidates.add(new Candidate(resource.id(), resource.type(), resource, resource.at()));
        case V2_API -> {
          if (resource.properties().has("Body")) {
            candidates.add(new Candidate(resource.id(), resource.type(), resource, resource.at()));
          }
        }
        case SERVERLESS_FUNCTION -> events.addAll(events(r, resource));
        default -> {}
      }
    }
    Event firstRest = null;
    Event firstHttp = null;
    for (Event event : events) {
      if (event.api() == null && !event.http() && firstRest == null) {
        firstRest = event;
      }
      if (event.api() == null && event.http() && firstHttp == null) {
        firstHttp = event;
      }
    }
    if (firstRest != null) {
      candidates.add(new Candidate(IMPLICIT_REST, SERVERLESS_API, null, firstRest.at()));
    }
    if (firstHttp != null) {
      candidates.add(new Candidate(IMPLICIT_HTTP, SERVERLESS_HTTP_API, null, firstHttp.at()));
    }
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> c.at().line())
            .thenComparingInt(c -> c.at().column()));
    if (candidates.isEmpty()) {
      r.error(
          "template.no-api",
          "the template defines no API: no AWS::Serverless::Api or HttpApi, no function with an"
              + " Api or HttpApi event, no AWS::ApiGateway::RestApi with a Body",
          r.key(root, "Resources"));
      return Parsed.failed(OpenApiReader.inOrder(r.mainFile, r.diagnostics));
    }
    Candidate chosen = choose(r, candidates);

    List<Event> mine = new ArrayList<>();
    for (Event event : events) {
      String target =
          event.api() == null ? (event.http() ? IMPLICIT_HTTP : IMPLICIT_REST) : event.api();
      if (target.equals(chosen.id())) {
        mine.add(event);
      } else if (event.api() != null && !types.containsKey(event.api())) {
        r.error(
            "template.event.api",
            "event `"
                + event.name()
                + "` names API `"
                + event.api()
                + "`, which the template"
                + " does not define",
            event.at());
      }
    }
    TemplateApi builder = new TemplateApi(r, intrinsics, options, resources, globals);
    Api api = builder.build(chosen, mine);
    body[0] = builder.body();
    if (api == null) {
      return Parsed.failed(OpenApiReader.inOrder(r.mainFile, filtered(r, intrinsics)));
    }
    r.diagnostics.addAll(ApiCheck.references(api));
    return Parsed.of(api, OpenApiReader.inOrder(r.mainFile, filtered(r, intrinsics)));
  }

  /**
   * The diagnostics without the OpenAPI reader's placeholder warnings on values the template reader
   * has already reported as unresolved.
   */
  private static List<Diagnostic> filtered(Reading r, Intrinsics intrinsics) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : r.diagnostics) {
      if (d.code().equals("openapi.placeholder")
          && d.message().contains("${")
          && (intrinsics.unresolvedAt.stream().anyMatch(at -> at.samePosition(d.at()))
              || intrinsics.unresolvedNames.stream().anyMatch(d.message()::contains))) {
        continue;
      }
      out.add(d);
    }
    return out;
  }

  private Candidate choose(Reading r, List<Candidate> candidates) {
    Candidate chosen = candidates.get(0);
    String wanted = options.templateApi();
    if (wanted != null) {
      Candidate match =
          candidates.stream().filter(c -> c.id().equals(wanted)).findFirst().orElse(null);
      if (match == null) {
        List<String> ids = candidates.stream().map(Candidate::id).toList();
        Diagnostic d =
            Diagnostic.error(
                "template.api",
                "the template has no API `" + wanted + "`; its APIs are " + String.join(", ", ids),
                SourceRange.of(r.mainFile, 1, 1));
        String near = io.apigw.model.Suggest.nearest(wanted, Set.copyOf(ids));
        r.diagnostics.add(near == null ? d : d.withHint("did you mean `" + near + "`?"));
      } else {
        chosen = match;
      }
    }
    if (candidates.size() > 1) {
      List<String> others = new ArrayList<>();
      for (Candidate c : candidates) {
        if (c != chosen) {
          others.add(c.id() + " (" + c.at().line() + ":" + c.at().column() + ")");
        }
      }
      r.info(
          "template.api",
          "the template defines "
              + candidates.size()
              + " APIs; this reads "
              + chosen.id()
              + " (choose another with --api ID): the others are "
              + String.join(", ", others),
          chosen.at());
    }
    return chosen;
  }

  /** The Api and HttpApi events of a function. */
  private static List<Event> events(Reading r, Resource function) {
    List<Event> out = new ArrayList<>();
    if (!(function.properties().get("Events") instanceof ObjectNode events)) {
      return out;
    }
    for (Map.Entry<String, JsonNode> entry : events.properties()) {
      if (!(entry.getValue() instanceof ObjectNode event)) {
        continue;
      }
      String type = event.path("Type").asText();
      if (!type.equals("Api") && !type.equals("HttpApi")) {
        continue;
      }
      boolean http = type.equals("HttpApi");
      ObjectNode properties =
          event.get("Properties") instanceof ObjectNode p ? p : event.objectNode();
      String api = Intrinsics.refName(properties.get(http ? "ApiId" : "RestApiId"));
      out.add(
          new Event(
              function.id(), entry.getKey(), http, api, properties, r.key(events, entry.getKey())));
    }
    return out;
  }

  /** The stack name a local read assumes: the folder of the template, as {@code sam init} names. */
  static String stackName(String file) {
    try {
      Path parent = Path.of(file).toAbsolutePath().normalize().getParent();
      Path name = parent == null ? null : parent.getFileName();
      if (name != null && name.toString().matches("[A-Za-z][A-Za-z0-9-]*")) {
        return name.toString();
      }
    } catch (RuntimeException e) {
      // An unusual file name: fall through to the generic name.
    }
    return "local-stack";
  }
}
