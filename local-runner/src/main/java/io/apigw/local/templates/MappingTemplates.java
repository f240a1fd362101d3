package io.apigw.local.templates;

import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.IncludeEventHandler;
import org.apache.velocity.app.event.MethodExceptionEventHandler;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;
import org.apache.velocity.util.introspection.Info;
import org.slf4j.helpers.NOPLogger;

/**
 * API Gateway's mapping templates (models-mappings.md, api-gateway-mapping-template-reference.md):
 * Velocity templates over {@code $input}, {@code $context}, {@code $stageVariables} and {@code
 * $util}. Each template text is compiled once and kept; rendering is safe from any thread.
 *
 * <p>The engine is set up as API Gateway's behaves: Velocity 1.7's whitespace rules ({@code #set}
 * on a line of its own leaves that line's indentation), hyphens in names ({@code
 * $elem.partition-key}, as in the Kinesis example of
 * api-as-kinesis-proxy-export-swagger-with-extensions.md), at most 1000 iterations of a {@code
 * #foreach} (limits.md), and null printed as nothing. It logs nothing, loads no template from a
 * file or the class path ({@code #parse} and {@code #include} find nothing) and lets templates
 * reach only their own values (see {@link SafeUberspect}).
 */
public final class MappingTemplates {
  private static final int MAX_CACHED = 4096;
  private final RuntimeInstance velocity;
  private final EventCartridge events;
  private final Map<String, Object> compiled = new ConcurrentHashMap<>();

  private MappingTemplates() {
    velocity = new RuntimeInstance();
    Properties properties = new Properties();
    properties.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
    properties.setProperty(RuntimeConstants.PARSER_HYPHEN_ALLOWED, "true");
    properties.setProperty(RuntimeConstants.MAX_NUMBER_LOOPS, "1000");
    properties.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, "true");
    properties.setProperty(RuntimeConstants.RUNTIME_LOG_REFERENCE_LOG_INVALID, "false");
    properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SafeUberspect.class.getName());
    properties.setProperty(RuntimeConstants.INTROSPECTOR_RESTRICT_PACKAGES, "java.lang.reflect");
    properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "none");
    properties.setProperty(RuntimeConstants.VM_LIBRARY, "");
    velocity.setProperties(properties);
    velocity.setProperty(RuntimeConstants.RUNTIME_LOG_INSTANCE, NOPLogger.NOP_LOGGER);
    velocity.setProperty("resource.loader.none.instance", new NoTemplates());
    velocity.init();
    events = new EventCartridge();
    events.addEventHandler(new Handlers());
  }

  /** A new engine with an empty cache; share one per gateway. */
  public static MappingTemplates create() {
    return new MappingTemplates();
  }

  /**
   * Renders {@code template} over {@code input}. Never throws for anything a template does: a
   * template that cannot be parsed or fails at run time is a {@link TemplateFailure}.
   */
  public RenderResult render(String template, TemplateInput input) {
    String text = template == null ? "" : template;
    if (text.indexOf('$') < 0 && text.indexOf('#') < 0) {
      // No reference and no directive: the text is its own output, and nothing can be overridden.
      return new Rendered(text, input.overrides());
    }
    Object parsed = compile(text);
    if (parsed instanceof TemplateFailure failure) {
      return failure;
    }
    Map<String, Object> context = ContextVariables.of(input);
    VelocityContext variables = new EmptyForNullContext();
    variables.put("input", new InputVariable(input.payload(), input.parameters()));
    variables.put("context", context);
    variables.put(
        "stageVariables", new java.util.LinkedHashMap<>(input.context().stageVariables()));
    variables.put("util", UtilVariable.INSTANCE);
    events.attachToContext(variables);
    StringWriter out = new StringWriter();
    try {
      ((Template) parsed).merge(variables, out);
    } catch (Failed e) {
      return new TemplateFailure(e.getMessage());
    } catch (MethodInvocationException e) {
      if (e.getCause() instanceof Failed failed) {
        return new TemplateFailure(failed.getMessage());
      }
      return new TemplateFailure(
          "the template failed at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      return new TemplateFailure("the template failed: " + e.getMessage());
    }
    return finish(out.toString(), context);
  }

  private static RenderResult finish(String body, Map<String, Object> context) {
    Map<String, Object> request = map(context.get("requestOverride"));
    Map<String, Object> response = map(context.get("responseOverride"));
    Object status = response.get("status");
    if (status != null && !"".equals(status) && Overrides.status(status) == null) {
      return new TemplateFailure(
          "$context.responseOverride.status `" + status + "` is no HTTP status code");
    }
    return new Rendered(body, new Overrides(request, response));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  /** The compiled template, or the {@link TemplateFailure} of one that does not parse. */
  private Object compile(String text) {
    Object cached = compiled.get(text);
    if (cached != null) {
      return cached;
    }
    Object result;
    try {
      Template template = new Template();
      template.setName("mapping template");
      template.setRuntimeServices(velocity);
      template.setData(velocity.parse(new StringReader(text), template));
      template.initDocument();
      result = template;
    } catch (ParseException | RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      int newline = message.indexOf('\n');
      result =
          new TemplateFailure(
              "the template does not parse: "
                  + (newline < 0 ? message : message.substring(0, newline)));
    }
    if (compiled.size() < MAX_CACHED) {
      compiled.putIfAbsent(text, result);
    }
    return result;
  }

  /** A name no template has set reads as the empty string, as a null value does. */
  private static final class EmptyForNullContext extends VelocityContext {
    @Override
    public Object internalGet(String key) {
      Object value = super.internalGet(key);
      return value == null ? "" : value;
    }
  }

  /**
   * Null prints as nothing; {@code #include} and {@code #parse} reach nothing; a method that throws
   * fails the template.
   */
  private static final class Handlers
      implements ReferenceInsertionEventHandler, IncludeEventHandler, MethodExceptionEventHandler {
    @Override
    public Object methodException(
        Context context, Class<?> type, String method, Exception e, Info info) {
      throw new Failed(
          "the template failed at line "
              + info.getLine()
              + ", column "
              + info.getColumn()
              + " in "
              + method
              + "(...): "
              + e.getMessage());
    }

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
      return value == null ? "" : value;
    }

    @Override
    public String includeEvent(
        Context context, String includeResourcePath, String currentResourcePath, String directive) {
      return null;
    }
  }

  /** Ends a rendering whose template called a method that threw. */
  private static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed(String message) {
      super(message, null, false, false);
    }
  }

  /** The only resource loader: it has no templates. */
  private static final class NoTemplates extends ResourceLoader {
    @Override
    public void init(ExtProperties configuration) {}

    @Override
    public Reader getResourceReader(String source, String encoding) {
      throw new ResourceNotFoundException("mapping templates cannot load `" + source + "`");
    }

    @Override
    public boolean isSourceModified(Resource resource) {
      return false;
    }

    @Override
    public long getLastModified(Resource resource) {
      return 0;
    }

    @Override
    public boolean resourceExists(String name) {
      return false;
    }
  }
}
