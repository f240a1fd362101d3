package io.apigw.local.lambda.bootstrap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * apigw's Java runtime, the main class of a child JVM: polls the Lambda Runtime API that apigw
 * serves and calls the handler named by {@code _HANDLER} ({@code pkg.Class::method} or {@code
 * pkg.Class}).
 *
 * <p>The function's code is loaded in a class loader of its own whose parent is the platform
 * loader, so it sees neither apigw nor apigw's Jackson; like Lambda's Java runtime, its POJOs are
 * read and written by the runtime's Jackson, and its own Jackson annotations are not honoured. The
 * function sees {@code aws-lambda-java-core} (its own copy if it bundles one, else the last
 * classpath entry apigw passes), and the runtime reaches {@code Context} and the handler interfaces
 * by reflection.
 *
 * <p>Uses only the JDK and Jackson: this class is run from apigw's own jar or classes folder.
 */
public final class JavaBootstrap {
  private static final String BASE = "/2018-06-01/runtime";
  private static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";
  private static final String LOGGER = "com.amazonaws.services.lambda.runtime.LambdaLogger";
  private static final String REQUEST_HANDLER =
      "com.amazonaws.services.lambda.runtime.RequestHandler";
  private static final String STREAM_HANDLER =
      "com.amazonaws.services.lambda.runtime.RequestStreamHandler";

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
          .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, true)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private JavaBootstrap() {}

  /**
   * @param args the function's classpath entries (jars and folders), then aws-lambda-java-core's
   */
  public static void main(String[] args) throws Exception {
    String api = System.getenv("AWS_LAMBDA_RUNTIME_API");
    PrintStream out = System.out;
    Handler handler;
    try {
      handler = Handler.load(System.getenv("_HANDLER"), loaderOf(args));
    } catch (Throwable t) {
      Throwable cause = unwrap(t);
      post(api, "/init/error", errorDocument(cause), errorType(cause));
      out.flush();
      System.exit(1);
      return;
    }
    for (; ; ) {
      HttpURLConnection next = open(api, "/invocation/next", "GET");
      next.setReadTimeout(0);
      int status = next.getResponseCode();
      if (status != 200) {
        System.err.println("Runtime API answered " + status + " to /next");
        System.exit(1);
      }
      String requestId = next.getHeaderField("Lambda-Runtime-Aws-Request-Id");
      Invocation invocation =
          new Invocation(
              requestId,
              parseLong(next.getHeaderField("Lambda-Runtime-Deadline-Ms")),
              next.getHeaderField("Lambda-Runtime-Invoked-Function-Arn"),
              next.getHeaderField("Lambda-Runtime-Trace-Id"));
      byte[] event;
      try (InputStream in = next.getInputStream()) {
        event = in.readAllBytes();
      }
      if (invocation.traceId() != null) {
        System.setProperty("com.amazonaws.xray.traceHeader", invocation.traceId());
      }
      byte[] response;
      try {
        response = handler.invoke(event, invocation);
      } catch (Throwable t) {
        Throwable cause = unwrap(t);
        if (cause instanceof VirtualMachineError vme) {
          throw vme;
        }
        out.flush();
        post(api, "/invocation/" + requestId + "/error", errorDocument(cause), errorType(cause));
        continue;
      }
      out.flush();
      post(api, "/invocation/" + requestId + "/response", response, null);
    }
  }

  private static ClassLoader loaderOf(String[] entries) throws IOException {
    List<URL> urls = new ArrayList<>();
    for (String entry : entries) {
      urls.add(new File(entry).toURI().toURL());
    }
    return new URLClassLoader(
        "function", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  private static long parseLong(String value) {
    try {
      return value == null ? 0 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static HttpURLConnection open(String api, String path, String method) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) new URL("http://" + api + BASE + path).openConnection();
    connection.setRequestMethod(method);
    return connection;
  }

  private static void post(String api, String path, byte[] body, String errorType)
      throws IOException {
    HttpURLConnection connection = open(api, path, "POST");
    connection.setDoOutput(true);
    connection.setFixedLengthStreamingMode(body.length);
    connection.setRequestProperty("Content-Type", "application/json");
    if (errorType != null) {
      connection.setRequestProperty("Lambda-Runtime-Function-Error-Type", errorType);
    }
    try (OutputStream os = connection.getOutputStream()) {
      os.write(body);
    }
    int status = connection.getResponseCode();
    try (InputStream in =
        status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
      if (in != null) {
        in.readAllBytes();
      }
    }
    if (status == 500) {
      // The Runtime API's word for "exit now".
      System.exit(1);
    }
  }

  private static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while ((current instanceof InvocationTargetException
            || current instanceof ExceptionInInitializerError)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static String errorType(Throwable t) {
    return t.getClass().getName();
  }

  private static byte[] errorDocument(Throwable t) {
    try {
      return JSON.writeValueAsBytes(errorMap(t));
    } catch (IOException e) {
      return ("{\"errorMessage\":\"unserialisable error\",\"errorType\":\"" + errorType(t) + "\"}")
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  private static Map<String, Object> errorMap(Throwable t) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("errorMessage", t.getMessage());
    doc.put("errorType", errorType(t));
    doc.put("stackTrace", frames(t.getStackTrace()));
    if (t.getCause() != null && t.getCause() != t) {
      doc.put("cause", errorMap(t.getCause()));
    }
    return doc;
  }

  /** The user's frames, as Lambda prints them: the reflective call and the runtime cut off. */
  private static List<String> frames(StackTraceElement[] trace) {
    List<String> frames = new ArrayList<>();
    for (StackTraceElement e : trace) {
      if (e.getClassName().startsWith("jdk.internal.reflect.")
          || e.getClassName().equals("java.lang.reflect.Method")) {
        break;
      }
      String where =
          e.getFileName() == null
              ? "Unknown Source"
              : e.getLineNumber() >= 0
                  ? e.getFileName() + ":" + e.getLineNumber()
                  : e.getFileName();
      frames.add(e.getClassName() + "." + e.getMethodName() + "(" + where + ")");
    }
    return frames;
  }

  record Invocation(String requestId, long deadlineMs, String functionArn, String traceId) {}

  /** The user's handler, resolved once at init as Lambda does. */
  private record Handler(
      Object target, Method method, Kind kind, JavaType inputType, ClassLoader loader) {
    enum Kind {
      STREAM,
      STREAM_NO_CONTEXT,
      POJO_AND_CONTEXT,
      POJO,
      CONTEXT_ONLY,
      NO_ARGUMENTS
    }

    static Handler load(String spec, ClassLoader loader) throws Exception {
      if (spec == null || spec.isBlank()) {
        throw new IllegalArgumentException("No handler given (_HANDLER is empty)");
      }
      String className = spec;
      String methodName = null;
      int colons = spec.indexOf("::");
      if (colons >= 0) {
        className = spec.substring(0, colons);
        methodName = spec.substring(colons + 2);
      }
      Class<?> type;
      try {
        type = Class.forName(className, true, loader);
      } catch (ClassNotFoundException e) {
        throw new ClassNotFoundException("Class not found: " + className, e);
      }
      Class<?> context = loader.loadClass(CONTEXT);
      Method method;
      if (methodName == null) {
        methodName = "handleRequest";
        if (!implementsNamed(type, STREAM_HANDLER) && !implementsNamed(type, REQUEST_HANDLER)) {
          throw new NoSuchMethodException(
              "Class "
                  + className
                  + " does not implement RequestHandler or RequestStreamHandler; name the"
                  + " method as "
                  + className
                  + "::method");
        }
      }
      method = choose(type, methodName, context);
      method.setAccessible(true);
      Object target = null;
      if (!Modifier.isStatic(method.getModifiers())) {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        target = constructor.newInstance();
      }
      Class<?>[] params = method.getParameterTypes();
      Kind kind;
      if (params.length == 3 || (params.length == 2 && params[1] == OutputStream.class)) {
        kind = params.length == 3 ? Kind.STREAM : Kind.STREAM_NO_CONTEXT;
      } else if (params.length == 2) {
        kind = Kind.POJO_AND_CONTEXT;
      } else if (params.length == 1) {
        kind = params[0] == context ? Kind.CONTEXT_ONLY : Kind.POJO;
      } else {
        kind = Kind.NO_ARGUMENTS;
      }
      JavaType input =
          kind == Kind.POJO || kind == Kind.POJO_AND_CONTEXT
              ? JSON.getTypeFactory().constructType(method.getGenericParameterTypes()[0])
              : null;
      return new Handler(target, method, kind, input, loader);
    }

    private static boolean implementsNamed(Class<?> type, String interfaceName) {
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        for (Class<?> i : c.getInterfaces()) {
          if (i.getName().equals(interfaceName) || implementsNamed(i, interfaceName)) {
            return true;
          }
        }
      }
      return false;
    }

    /** The public method of that name whose parameters Lambda can supply, the longest first. */
    private static Method choose(Class<?> type, String name, Class<?> context)
        throws NoSuchMethodException {
      Optional<Method> found =
          Arrays.stream(type.getMethods())
              .filter(m -> m.getName().equals(name) && !m.isBridge() && !m.isSynthetic())
              .filter(m -> fits(m.getParameterTypes(), context))
              .max(Comparator.comparingInt(Method::getParameterCount));
      return found.orElseThrow(
          () ->
              new NoSuchMethodException(
                  "No public method named " + name + " with appropriate arguments in " + type));
    }

    private static boolean fits(Class<?>[] params, Class<?> context) {
      return switch (params.length) {
        case 0 -> true;
        case 1 -> params[0] != InputStream.class && params[0] != OutputStream.class;
        case 2 ->
            params[1] == context
                ? params[0] != InputStream.class
                : params[0] == InputStream.class && params[1] == OutputStream.class;
        case 3 ->
            params[0] == InputStream.class
                && params[1] == OutputStream.class
                && params[2] == context;
        default -> false;
      };
    }

    byte[] invoke(byte[] event, Invocation invocation) throws Throwable {
      ClassLoader previous = Thread.currentThread().getContextClassLoader();
      Thread.currentThread().setContextClassLoader(loader);
      try {
        Object context = context(invocation);
        switch (kind) {
          case STREAM, STREAM_NO_CONTEXT -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InputStream in = new ByteArrayInputStream(event);
            if (kind == Kind.STREAM) {
              method.invoke(target, in, out, context);
            } else {
              method.invoke(target, in, out);
            }
            return out.toByteArray();
          }
          case POJO_AND_CONTEXT -> {
            return JSON.writeValueAsBytes(method.invoke(target, read(event), context));
          }
          case POJO -> {
            return JSON.writeValueAsBytes(method.invoke(target, read(event)));
          }
          case CONTEXT_ONLY -> {
            return JSON.writeValueAsBytes(method.invoke(target, context));
          }
          default -> {
            return JSON.writeValueAsBytes(method.invoke(target));
          }
        }
      } finally {
        Thread.currentThread().setContextClassLoader(previous);
      }
    }

    private Object read(byte[] event) throws IOException {
      return JSON.readValue(event, inputType);
    }

    private Object context(Invocation invocation) throws ClassNotFoundException {
      Class<?> contextType = loader.loadClass(CONTEXT);
      Class<?> loggerType = loader.loadClass(LOGGER);
      Object logger =
          Proxy.newProxyInstance(
              loader,
              new Class<?>[] {loggerType},
              (proxy, m, args) -> {
                if (m.getName().equals("log") && args != null && args.length >= 1) {
                  if (args[0] instanceof byte[] bytes) {
                    System.out.write(bytes);
                  } else {
                    System.out.print(args[0]);
                  }
                  System.out.flush();
                  return null;
                }
                return objectMethod(proxy, m, args);
              });
      InvocationHandler handler =
          (proxy, m, args) ->
              switch (m.getName()) {
                case "getAwsRequestId" -> invocation.requestId();
                case "getLogGroupName" -> System.getenv("AWS_LAMBDA_LOG_GROUP_NAME");
                case "getLogStreamName" -> System.getenv("AWS_LAMBDA_LOG_STREAM_NAME");
                case "getFunctionName" -> System.getenv("AWS_LAMBDA_FUNCTION_NAME");
                case "getFunctionVersion" -> System.getenv("AWS_LAMBDA_FUNCTION_VERSION");
                case "getInvokedFunctionArn" -> invocation.functionArn();
                case "getIdentity", "getClientContext", "getTenantId" -> null;
                case "getXrayTraceId" -> invocation.traceId();
                case "getRemainingTimeInMillis" ->
                    (int)
                        Math.max(
                            0,
                            Math.min(
                                Integer.MAX_VALUE,
                                invocation.deadlineMs() - System.currentTimeMillis()));
                case "getMemoryLimitInMB" ->
                    Integer.parseInt(System.getenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"));
                case "getLogger" -> logger;
                default -> objectMethod(proxy, m, args);
              };
      return Proxy.newProxyInstance(loader, new Class<?>[] {contextType}, handler);
    }

    private static Object objectMethod(Object proxy, Method m, Object[] args) throws Throwable {
      if (m.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, m, args);
      }
      return switch (m.getName()) {
        case "toString" -> "LambdaContext";
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        // Context getters apigw has no value for (getIdentity, getClientContext, ...): null, as
        // Lambda gives when the invocation carries none.
        default -> null;
      };
    }
  }
}
