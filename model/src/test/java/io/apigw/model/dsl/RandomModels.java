package io.apigw.model.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.model.Api;
import io.apigw.model.Authorization;
import io.apigw.model.PathTemplate;
import io.apigw.model.PlanStage;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.SourceRange;
import io.apigw.model.UsagePlan;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random models for round-trip tests: every record filled through its canonical constructor, with
 * text drawn from the strings that are hardest to write (keywords, quotes, brackets, commas, line
 * breaks, unicode).
 */
final class RandomModels {
  private static final String[] TEXT = {
    "",
    "a",
    "pets",
    "a b",
    "#x",
    "x#",
    "\"",
    "\"\"\"",
    "a\"b",
    "a,b",
    "a,",
    ",",
    "=",
    "a=b",
    "=a",
    "a=\"b\"",
    "{",
    "}",
    "[x",
    "{\"a\": 1}",
    "[1]",
    "->",
    ":",
    "a:",
    ":a",
    "a:b",
    "é✓😀",
    "line\nline",
    "\n",
    "x\r\ny",
    "\\",
    "4\\d{2}",
    "\\u0041",
    "$default",
    "*",
    "GET",
    "GET /a",
    "GET /a b",
    "none",
    "iam",
    "on",
    "off",
    "throttle",
    "burst",
    "vars",
    "key",
    "plan",
    "stages",
    "keys",
    "description",
    "format",
    "uri",
    "timeout",
    "scopes",
    "models",
    "headers",
    "query.a",
    "header.b!",
    "x!",
    "x?",
    "${stageVariables.x}",
    "arn:aws:lambda:x",
    "arn:aws:apigateway:${AWS::Region}:sqs:action/Send",
    "0.5",
    "100",
    "-1",
    "true",
    "null",
    "a\tb",
    "  lead",
    "trail  ",
    "method.response.header.X",
    "method.request.header.Authorization",
    "$request.header.Authorization",
    "\u0000",
    "\u007f",
    "{\"statusCode\": 200}",
    "application/json",
    "default",
    "200",
    "tab\there",
    "# comment",
  };
  private static final String[] JSON = {
    "{}",
    "[]",
    "null",
    "true",
    "-3",
    "1.5",
    "\"text\"",
    "{\"a\": [1, 2.5, null]}",
    "{\"long\": \"" + "x".repeat(120) + "\", \"n\": {\"m\": [\"\\\"\\\"\\\"\", \"a\\nb\"]}}",
  };
  private static final Integer[] INTEGERS = {
    null, 0, 1, -1, 200, 300, 1500, 60_000, Integer.MAX_VALUE, Integer.MIN_VALUE
  };
  private static final Double[] DOUBLES = {
    null, 0.0, -0.0, 0.5, 100.0, 12.5, 1e-7, 1e300, Double.NaN, Double.POSITIVE_INFINITY
  };

  private final Random random;

  RandomModels(long seed) {
    this.random = new Random(seed);
  }

  /**
   * A random API, minus the shapes the DSL documents it cannot write (the HTTP-API {@code $default}
   * key inside a WebSocket API; a plan covering one stage twice with per-route throttles on a
   * repeat).
   */
  Api next() {
    Api api = (Api) nonNull(Api.class, "api");
    List<Route> routes = new ArrayList<>();
    for (Route route : api.routes()) {
      if (api.protocol() == Protocol.WEBSOCKET && route.key() instanceof RouteKey.Default) {
        route = route.toBuilder().key(new RouteKey.WebSocket("$default")).build();
      }
      routes.add(route);
    }
    List<UsagePlan> plans = new ArrayList<>();
    for (UsagePlan plan : api.usagePlans()) {
      Set<String> seen = new HashSet<>();
      List<PlanStage> stages = new ArrayList<>();
      for (PlanStage stage : plan.stages()) {
        stages.add(
            seen.add(stage.stage())
                ? stage
                : new PlanStage(stage.source(), stage.stage(), Map.of()));
      }
      plans.add(
          new UsagePlan(
              plan.source(),
              plan.name(),
              plan.description(),
              plan.throttle(),
              plan.quota(),
              stages,
              plan.keys()));
    }
    return api.toBuilder().routes(routes).usagePlans(plans).build();
  }

  private Object value(Type type, String path) {
    if (type instanceof ParameterizedType parameterized) {
      Type raw = parameterized.getRawType();
      Type[] args = parameterized.getActualTypeArguments();
      if (raw == List.class) {
        List<Object> list = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          list.add(nonNull(args[0], path + "[]"));
        }
        return list;
      }
      if (raw == Map.class) {
        Map<Object, Object> map = new LinkedHashMap<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          map.put(text(), nonNull(args[1], path + "{}"));
        }
        return map;
      }
      throw new IllegalArgumentException("unexpected type " + type);
    }
    Class<?> c = (Class<?>) type;
    if (c == SourceRange.class) {
      return SourceRange.NONE;
    }
    if (random.nextInt(5) == 0 && !c.isPrimitive()) {
      return null;
    }
    return nonNull(c, path);
  }

  private Object nonNull(Type type, String path) {
    if (type instanceof ParameterizedType) {
      return value(type, path);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return text();
    }
    if (c == Integer.class || c == int.class) {
      Integer i = INTEGERS[1 + random.nextInt(INTEGERS.length - 1)];
      return i;
    }
    if (c == Double.class) {
      return DOUBLES[1 + random.nextInt(DOUBLES.length - 1)];
    }
    if (c == Boolean.class || c == boolean.class) {
      return random.nextBoolean();
    }
    if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (c == JsonNode.class) {
      return Models.json(JSON[random.nextInt(JSON.length)]);
    }
    if (c == PathTemplate.class) {
      return PathTemplate.of(random.nextBoolean() ? "/" + text() : text());
    }
    if (c == RouteKey.class) {
      return switch (random.nextInt(3)) {
        case 0 -> new RouteKey.Default();
        case 1 -> new RouteKey.WebSocket(text());
        default -> nonNull(RouteKey.Http.class, path);
      };
    }
    if (c == Authorization.class) {
      return switch (random.nextInt(3)) {
        case 0 -> new Authorization.None(SourceRange.NONE);
        case 1 -> new Authorization.Iam(SourceRange.NONE);
        default -> nonNull(Authorization.Custom.class, path);
      };
    }
    if (c.isRecord()) {
      return record(c, path);
    }
    throw new IllegalArgumentException("no generator for " + c + " at " + path);
  }

  /** Fields that only SAM / CloudFormation templates can say (AWS::Lambda::Permission). */
  private static final java.util.Set<String> TEMPLATE_ONLY =
      java.util.Set.of("Function.invokePermissions");

  /** A record through its canonical constructor; fields it rejects as null are drawn again. */
  private Object record(Class<?> c, String path) {
    RecordComponent[] components = c.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    for (int attempt = 0; ; attempt++) {
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        String at = path + "." + components[i].getName();
        Type type = components[i].getGenericType();
        if (TEMPLATE_ONLY.contains(c.getSimpleName() + "." + components[i].getName())) {
          args[i] = List.of(); // only templates say these; the DSL and OpenAPI cannot
          continue;
        }
        args[i] = attempt > 0 && type != SourceRange.class ? nonNull(type, at) : value(type, at);
      }
      try {
        Constructor<?> constructor = c.getDeclaredConstructor(types);
        return constructor.newInstance(args);
      } catch (ReflectiveOperationException e) {
        if (attempt > 3) {
          throw new IllegalStateException("cannot build " + c + " at " + path, e);
        }
      }
    }
  }

  private String text() {
    if (random.nextInt(4) == 0) {
      return TEXT[random.nextInt(TEXT.length)] + TEXT[random.nextInt(TEXT.length)];
    }
    return TEXT[random.nextInt(TEXT.length)];
  }
}
