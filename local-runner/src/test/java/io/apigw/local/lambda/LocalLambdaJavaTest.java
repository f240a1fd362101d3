package io.apigw.local.lambda;

import static io.apigw.local.lambda.Harness.assertOutcome;
import static io.apigw.local.lambda.Harness.fn;
import static io.apigw.local.lambda.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.local.lambda.InvokeResult.Outcome;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java functions, compiled here against aws-lambda-java-core. One runner serves every test: each
 * cold start is a JVM.
 */
class LocalLambdaJavaTest {
  @TempDir static Path dir;
  private static Vertx vertx;
  private static Harness lambda;

  @BeforeAll
  static void compileAndStart() throws Exception {
    vertx = Vertx.vertx();
    lambda = new Harness(vertx, dir);
    Path classes = compile(dir.resolve("src"), dir.resolve("classes"));
    jar(classes, dir.resolve("build/handlers.jar"));
    Files.createDirectories(dir.resolve("jars/lib"));
    Files.copy(dir.resolve("build/handlers.jar"), dir.resolve("jars/lib/handlers.jar"));
    lambda
        .function(fn("hello", "java21", "example.Hello", "build/handlers.jar").memory(256).build())
        .function(fn("upper", "java17", "example.Upper", "jars").build())
        .function(fn("greet", "java21", "example.Greeter::greet", "classes").build())
        .function(fn("failing", "java21", "example.Failing::handle", "build/handlers.jar").build())
        .function(fn("nope", "java21", "example.Nope", "build/handlers.jar").build())
        .function(fn("hog", "java21", "example.Hog::eat", "build/handlers.jar").build())
        .start();
  }

  @AfterAll
  static void stop() {
    lambda.close();
    vertx.close().await();
  }

  @Test
  void aRequestHandlerGetsItsEventAsAMapAndTheContext() {
    // when
    InvokeResult result = lambda.invoke("hello", "{\"name\":\"duke\"}");

    // then
    assertOutcome(result).isEqualTo(Outcome.OK);
    JsonNode r = json(result);
    assertThat(r.get("name").asText()).isEqualTo("duke");
    assertThat(r.get("requestId").asText()).isEqualTo(lambda.startedRequestIds("hello").get(0));
    assertThat(r.get("before").asInt()).isBetween(2000, 3000);
    assertThat(r.get("after").asInt()).isLessThanOrEqualTo(r.get("before").asInt() - 50);
    assertThat(r.get("memory").asInt()).isEqualTo(256);
    assertThat(r.get("functionName").asText()).isEqualTo("hello");
    assertThat(r.get("arn").asText()).endsWith(":function:hello");
    assertThat(r.get("group").asText()).isEqualTo("/aws/lambda/hello");
    assertThat(r.get("exec").asText()).isEqualTo("AWS_Lambda_java21");
    assertThat(r.get("seesApigw").asBoolean()).isFalse();
    assertThat(lambda.awaitLines(l -> l.equals("[hello] logged through the context")))
        .contains("[hello] logged through the context");
  }

  @Test
  void theSecondInvocationReusesTheWarmJvm() {
    // when
    JsonNode first = json(lambda.invoke("hello", "{\"name\":\"a\"}"));
    JsonNode second = json(lambda.invoke("hello", "{\"name\":\"b\"}"));

    // then
    assertThat(second.get("pid")).isEqualTo(first.get("pid"));
    assertThat(second.get("loaded")).isEqualTo(first.get("loaded"));
  }

  @Test
  void aRequestStreamHandlerFromAFolderOfJarsGetsTheRawBytes() {
    // when
    InvokeResult result = lambda.invoke("upper", "{\"text\":\"shout\"}");

    // then
    assertOutcome(result).isEqualTo(Outcome.OK);
    assertThat(Harness.text(result)).isEqualTo("{\"TEXT\":\"SHOUT\"}");
  }

  @Test
  void aClassAndMethodHandlerFromAClassesFolderReadsAndWritesPojos() {
    // when
    InvokeResult result = lambda.invoke("greet", "{\"name\":\"Ada\",\"unknown\":1}");

    // then
    assertOutcome(result).isEqualTo(Outcome.OK);
    assertThat(Harness.text(result)).isEqualTo("{\"message\":\"Hello, Ada\"}");
  }

  @Test
  void aThrownExceptionIsAFunctionErrorWithItsClassAndMessage() {
    // when
    InvokeResult result = lambda.invoke("failing", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.FUNCTION_ERROR);
    assertThat(result.errorType()).isEqualTo("java.lang.IllegalStateException");
    assertThat(result.errorMessage()).isEqualTo("nope");
    assertThat(json(result).get("stackTrace").get(0).asText()).startsWith("example.Failing.handle");
  }

  @Test
  void aMissingClassIsAnInitError() {
    // when
    InvokeResult result = lambda.invoke("nope", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.CRASHED);
    assertThat(result.errorType()).isEqualTo("java.lang.ClassNotFoundException");
    assertThat(result.errorMessage()).isEqualTo("Class not found: example.Nope");
  }

  @Test
  void runningOutOfMemoryIsACrashAndTheNextInvocationGetsANewJvm() {
    // when
    InvokeResult result = lambda.invoke("hog", "{\"eat\":true}");
    InvokeResult after = lambda.invoke("hog", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.CRASHED);
    assertThat(result.errorType()).isEqualTo("Runtime.ExitError");
    assertOutcome(after).isEqualTo(Outcome.OK);
    assertThat(Harness.text(after)).isEqualTo("\"still hungry\"");
  }

  private static final String HELLO =
      """
      package example;

      import com.amazonaws.services.lambda.runtime.Context;
      import com.amazonaws.services.lambda.runtime.RequestHandler;
      import java.util.LinkedHashMap;
      import java.util.Map;

      public class Hello implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        private static final long LOADED = System.nanoTime();

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
          context.getLogger().log("logged through the context\\n");
          int before = context.getRemainingTimeInMillis();
          try {
            Thread.sleep(60);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("name", event.get("name"));
          out.put("before", before);
          out.put("after", context.getRemainingTimeInMillis());
          out.put("requestId", context.getAwsRequestId());
          out.put("memory", context.getMemoryLimitInMB());
          out.put("functionName", context.getFunctionName());
          out.put("arn", context.getInvokedFunctionArn());
          out.put("group", context.getLogGroupName());
          out.put("exec", System.getenv("AWS_EXECUTION_ENV"));
          out.put("pid", ProcessHandle.current().pid());
          out.put("loaded", LOADED);
          out.put("seesApigw", canLoad("io.apigw.local.lambda.LocalLambda"));
          return out;
        }

        private static boolean canLoad(String name) {
          try {
            Class.forName(name, false, Hello.class.getClassLoader());
            return true;
          } catch (ClassNotFoundException e) {
            return false;
          }
        }
      }
      """;

  private static final String UPPER =
      """
      package example;

      import com.amazonaws.services.lambda.runtime.Context;
      import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
      import java.io.IOException;
      import java.io.InputStream;
      import java.io.OutputStream;
      import java.nio.charset.StandardCharsets;

      public class Upper implements RequestStreamHandler {
        @Override
        public void handleRequest(InputStream in, OutputStream out, Context context)
            throws IOException {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          out.write(text.toUpperCase().getBytes(StandardCharsets.UTF_8));
        }
      }
      """;

  private static final String GREETER =
      """
      package example;

      public class Greeter {
        public static class Person {
          public String name;
        }

        public static class Greeting {
          private final String message;

          Greeting(String message) {
            this.message = message;
          }

          public String getMessage() {
            return message;
          }
        }

        public Greeting greet(Person person) {
          return new Greeting("Hello, " + person.name);
        }
      }
      """;

  private static final String FAILING =
      """
      package example;

      import com.amazonaws.services.lambda.runtime.Context;
      import java.util.Map;

      public class Failing {
        public String handle(Map<String, Object> event, Context context) {
          throw new IllegalStateException("nope");
        }
      }
      """;

  private static final String HOG =
      """
      package example;

      import java.util.ArrayList;
      import java.util.List;
      import java.util.Map;

      public class Hog {
        public static String eat(Map<String, Object> event) {
          List<long[]> eaten = new ArrayList<>();
          while (Boolean.TRUE.equals(event.get("eat"))) {
            eaten.add(new long[4_000_000]);
          }
          return "still hungry";
        }
      }
      """;

  private static Path compile(Path sources, Path classes) throws IOException {
    List<Path> files =
        List.of(
            write(sources.resolve("example/Hog.java"), HOG),
            write(sources.resolve("example/Hello.java"), HELLO),
            write(sources.resolve("example/Upper.java"), UPPER),
            write(sources.resolve("example/Greeter.java"), GREETER),
            write(sources.resolve("example/Failing.java"), FAILING));
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Stream<String> args =
        Stream.concat(
            Stream.of(
                "--release",
                "17",
                "-d",
                classes.toString(),
                "-cp",
                location(Context.class).toString()),
            files.stream().map(Path::toString));
    int status = javac.run(null, null, null, args.toArray(String[]::new));
    assertThat(status).as("javac exit status").isZero();
    return classes;
  }

  private static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private static void jar(Path classes, Path jar) throws IOException {
    Files.createDirectories(jar.getParent());
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream entries = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        entries.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, entries);
        entries.closeEntry();
      }
    }
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
