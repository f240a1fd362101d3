package io.apigw.deployers.generate.bench;

import io.apigw.deployers.generate.Generator;
import io.apigw.model.Api;
import io.apigw.model.Authorization;
import io.apigw.model.Authorizer;
import io.apigw.model.AuthorizerType;
import io.apigw.model.EndpointType;
import io.apigw.model.Function;
import io.apigw.model.HttpMethod;
import io.apigw.model.Integration;
import io.apigw.model.IntegrationKind;
import io.apigw.model.Protocol;
import io.apigw.model.Route;
import io.apigw.model.RouteKey;
import io.apigw.model.SourceRange;
import io.apigw.model.Stage;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Generation speed: a REST API of 1,000 routes over 20 Lambda functions, a Lambda authorizer on
 * half the routes and two stages, generated as SAM and as CloudFormation (YAML text, the whole
 * way). Goal: under 1 s inside the JVM. Run with {@code bench/generate.sh}; results go to
 * BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GenerateBenchmark {
  private Api api;

  /** The benchmark's API, also used by the test that keeps it working. */
  public static Api thousandRoutes() {
    Api.Builder builder =
        Api.builder("bench", Protocol.REST)
            .endpoint(io.apigw.model.Endpoint.of(EndpointType.REGIONAL))
            .stage(Stage.builder("prod").tracing(true).build())
            .stage(Stage.builder("dev").build())
            .authorizer(
                Authorizer.builder("tokens", AuthorizerType.TOKEN)
                    .function("fn0")
                    .identitySource("method.request.header.Authorization")
                    .build());
    for (int f = 0; f < 20; f++) {
      builder.function(
          new Function(
              SourceRange.NONE,
              "fn" + f,
              null,
              "python3.12",
              "app.handler",
              "src/",
              256,
              10,
              Map.of("TABLE", "t" + f),
              null));
    }
    HttpMethod[] methods = {HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE};
    for (int i = 0; i < 1000; i++) {
      String path = "/resource" + (i / 4) + "/{id}/items" + (i % 3);
      builder.route(
          Route.builder(RouteKey.Http.of(methods[i % 4], path))
              .operationId("op" + i)
              .authorization(i % 2 == 0 ? Authorization.custom("tokens") : Authorization.none())
              .integration(
                  Integration.builder(IntegrationKind.LAMBDA_PROXY)
                      .function("fn" + (i % 20))
                      .build())
              .build());
    }
    return builder.build();
  }

  @Setup
  public void setUp() {
    api = thousandRoutes();
  }

  @Benchmark
  public String sam() {
    return Generator.generate(api, Generator.Target.SAM, Generator.Options.defaults());
  }

  @Benchmark
  public String cloudFormation() {
    return Generator.generate(api, Generator.Target.CLOUDFORMATION, Generator.Options.defaults());
  }
}
