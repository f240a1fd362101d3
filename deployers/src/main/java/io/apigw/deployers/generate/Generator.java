package io.apigw.deployers.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.Api;
import io.apigw.model.Function;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;
import io.apigw.openapi.OpenApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Generates deployable artefacts from the model: a SAM template, a plain CloudFormation template,
 * or an OpenAPI 3.0 document ready for {@code aws apigateway import-rest-api} / {@code aws
 * apigatewayv2 import-api}. The same model and options always give the same bytes.
 *
 * <p>Templates are put together by one generator per concept, each adding its resources: the API
 * with its routes ({@link ApiGenerator}), authorizers ({@link AuthorizerGenerator}), stages and
 * deployments ({@link StageGenerator}), usage plans and keys ({@link UsagePlanGenerator}),
 * functions and their permissions ({@link FunctionGenerator}) and custom domains ({@link
 * DomainGenerator}).
 */
public final class Generator {
  private Generator() {}

  /** What to generate. */
  public enum Target {
    SAM,
    CLOUDFORMATION,
    OPENAPI
  }

  /**
   * How to generate.
   *
   * @param stage generate only this stage of the model, or null for all of them
   * @param format YAML or JSON
   * @param codePath maps a function's {@code code} path (relative to the definition) to the path
   *     the template should name (relative to the template); identity when both sit together
   */
  public record Options(String stage, OpenApi.Format format, UnaryOperator<String> codePath) {
    public Options {
      Objects.requireNonNull(format, "format");
      codePath = codePath == null ? UnaryOperator.identity() : codePath;
    }

    public static Options defaults() {
      return new Options(null, OpenApi.Format.YAML, null);
    }

    public Options withStage(String value) {
      return new Options(value, format, codePath);
    }

    public Options withFormat(OpenApi.Format value) {
      return new Options(stage, value, codePath);
    }

    public Options withCodePath(UnaryOperator<String> value) {
      return new Options(stage, format, value);
    }
  }

  /** The generated text. */
  public static String generate(Api api, Target target, Options options) {
    return TemplateWriter.write(tree(api, target, options), options.format());
  }

  /**
   * The generated document as a tree.
   *
   * @throws IllegalArgumentException when the model cannot be generated for the target (an unknown
   *     {@code --stage}, a WebSocket API as OpenAPI)
   */
  public static ObjectNode tree(Api api, Target target, Options options) {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(target, "target");
    if (target == Target.OPENAPI) {
      if (api.protocol() == Protocol.WEBSOCKET) {
        throw new IllegalArgumentException(
            "a WebSocket API cannot be imported from OpenAPI; generate sam or cloudformation");
      }
      return DefinitionBody.forImport(api);
    }
    return build(api, target, options).template().toTree();
  }

  private static Context build(Api api, Target target, Options options) {
    Context context = new Context(api, target == Target.SAM, options);
    ApiGenerator.generate(context);
    AuthorizerGenerator.generate(context);
    StageGenerator.generate(context);
    UsagePlanGenerator.generate(context);
    FunctionGenerator.generate(context);
    DomainGenerator.generate(context);
    return context;
  }

  /**
   * A template with what a deploy must know about it: the logical id of the API, the parameters to
   * fill in with each function's uploaded code (CloudFormation target; empty for SAM, whose {@code
   * CodeUri} {@link Options#codePath} maps), and the output holding each stage's invoke URL.
   *
   * @param codeBucketParameter the parameter naming the code bucket, or null when no function is
   *     generated from code
   * @param codeKeyParameters function name → the parameter naming the S3 key of its code .zip
   * @param urlOutputs stage name → the output that holds its invoke URL
   */
  public record Deployable(
      ObjectNode template,
      String apiLogicalId,
      String codeBucketParameter,
      Map<String, String> codeKeyParameters,
      Map<String, String> urlOutputs) {
    public Deployable {
      codeKeyParameters = Map.copyOf(codeKeyParameters);
      urlOutputs = Map.copyOf(urlOutputs);
    }

    /** The template as text, written as {@link #generate} writes it. */
    public String text(OpenApi.Format format) {
      return TemplateWriter.write(template, format);
    }
  }

  /** A SAM or CloudFormation template to deploy, with the names a deploy fills in and reads. */
  public static Deployable deployable(Api api, Target target, Options options) {
    Objects.requireNonNull(api, "api");
    if (target == Target.OPENAPI) {
      throw new IllegalArgumentException("only templates are deployed through CloudFormation");
    }
    Context context = build(api, target, options);
    Map<String, String> keys = new LinkedHashMap<>();
    if (!context.sam()) {
      for (Function function : api.functions()) {
        if (context.source(function.name()) == Context.FunctionSource.GENERATED) {
          keys.put(function.name(), context.ids().codeKeyParameter(function.name()));
        }
      }
    }
    Map<String, String> urls = new LinkedHashMap<>();
    for (Stage stage : context.stages()) {
      urls.put(stage.name(), context.ids().url(stage.name()));
    }
    return new Deployable(
        context.template().toTree(),
        context.ids().api(),
        keys.isEmpty() ? null : context.ids().codeBucket(),
        keys,
        urls);
  }
}
