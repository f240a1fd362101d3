package io.apigw.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.Api;
import io.apigw.model.Authorization;
import io.apigw.model.Describe;
import io.apigw.model.Integration;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code apigw routes}: the route table of a definition. */
@Command(
    name = "routes",
    description =
        "Print the routes of a definition: method, path, integration, authorization, API key.",
    mixinStandardHelpOptions = true)
final class Routes implements Callable<Integer> {
  enum Format {
    table,
    json
  }

  @Spec CommandSpec spec;

  @Mixin SpecMixin reading;

  @Parameters(paramLabel = "FILE", description = "A DSL or OpenAPI file.")
  Path file;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Api api = new Definitions(reading).loadValid(file, spec.commandLine().getErr());
    if (format == Format.json) {
      out.println(json(api));
    } else {
      out.print(table(api));
    }
    out.flush();
    return ExitCode.OK;
  }

  static String table(Api api) {
    boolean webSocket = api.protocol() == Protocol.WEBSOCKET;
    List<String[]> rows = new ArrayList<>();
    rows.add(
        webSocket
            ? new String[] {"ROUTE", "INTEGRATION", "AUTHORIZATION", "API KEY"}
            : new String[] {"METHOD", "PATH", "INTEGRATION", "AUTHORIZATION", "API KEY"});
    for (Route route : api.routes()) {
      String integration = Describe.integration(route.integration());
      String authorization = Describe.authorization(route.authorization());
      String key = route.apiKeyRequired() ? "required" : "-";
      if (webSocket) {
        rows.add(new String[] {route.key().text(), integration, authorization, key});
      } else if (route.method() == null) {
        rows.add(new String[] {"*", route.key().text(), integration, authorization, key});
      } else {
        rows.add(
            new String[] {
              route.method().name(), route.path().value(), integration, authorization, key
            });
      }
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i < row.length - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    out.append(
        String.format(
            "%s API `%s`: %s%n",
            api.protocol().name(), api.name(), Definitions.count(api.routes().size(), "route")));
    return out.toString();
  }

  static String json(Api api) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("api", api.name());
    root.put("protocol", api.protocol().name());
    ArrayNode routes = root.putArray("routes");
    for (Route route : api.routes()) {
      ObjectNode node = routes.addObject();
      node.put("routeKey", route.key().text());
      if (route.method() != null) {
        node.put("method", route.method().name());
        node.put("path", route.path().value());
      }
      if (route.operationId() != null) {
        node.put("operationId", route.operationId());
      }
      Integration integration = route.integration();
      if (integration == null) {
        node.putNull("integration");
      } else {
        ObjectNode target = node.putObject("integration");
        target.put("kind", integration.kind().name());
        target.put("type", integration.kind().awsType(api.protocol()));
        target.put("summary", Describe.integration(integration));
        integration.functionName().ifPresent(name -> target.put("function", name));
        if (integration.uri() != null) {
          target.put("uri", integration.uri());
        }
      }
      ObjectNode authorization = node.putObject("authorization");
      Authorization auth = route.authorization();
      if (auth instanceof Authorization.Custom custom) {
        authorization.put("type", "AUTHORIZER");
        authorization.put("authorizer", custom.authorizer());
        ArrayNode scopes = authorization.putArray("scopes");
        custom.scopes().forEach(scopes::add);
      } else {
        authorization.put("type", auth instanceof Authorization.Iam ? "AWS_IAM" : "NONE");
      }
      node.put("apiKeyRequired", route.apiKeyRequired());
    }
    return mapper.writeValueAsString(root);
  }
}
