package io.apigw.deployers.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.AccessLog;
import io.apigw.model.Canary;
import io.apigw.model.MethodSetting;
import io.apigw.model.Protocol;
import io.apigw.model.Stage;
import io.apigw.model.Throttle;
import java.util.List;
import java.util.Map;

/**
 * Stages and deployments, the WAF association of a stage and the invoke URL of each stage.
 *
 * <p>SAM: the first stage is the {@code AWS::Serverless::Api}'s / {@code HttpApi}'s own ({@code
 * StageName} and the stage properties); further stages are {@code AWS::ApiGateway::Stage}s of the
 * deployment SAM makes ({@code Api.Deployment}), or auto-deployed {@code
 * AWS::ApiGatewayV2::Stage}s. CloudFormation: one {@code AWS::ApiGateway::Deployment} (or {@code
 * AWS::ApiGatewayV2::Deployment}) whose logical id ends in a hash of the definition, so that a
 * changed API gets a new deployment (CloudFormation never updates a deployment in place), and one
 * stage resource per stage.
 */
final class StageGenerator {
  private StageGenerator() {}

  static void generate(Context context) {
    String deployment = null;
    for (Stage stage : context.stages()) {
      if (context.sam() && context.isPrimary(stage) && context.protocol() != Protocol.WEBSOCKET) {
        samPrimary(context, stage);
      } else if (context.protocol() == Protocol.REST) {
        if (!context.sam() && deployment == null) {
          deployment = deployment(context);
        }
        restStage(context, stage, deployment);
      } else {
        boolean auto = isAutoDeployed(context, stage);
        if (!auto && deployment == null) {
          deployment = deployment(context);
        }
        v2Stage(context, stage, auto ? null : deployment);
      }
      webAcl(context, stage);
      url(context, stage);
    }
  }

  private static boolean isAutoDeployed(Context context, Stage stage) {
    // SAM's HttpApi deploys its stage automatically; extra stages beside it do the same.
    return context.protocol() == Protocol.HTTP
        && (context.sam() || Boolean.TRUE.equals(stage.autoDeploy()));
  }

  private static String deployment(Context context) {
    String hash = DefinitionBody.definitionHash(context.api());
    String id = context.ids().deployment(hash);
    List<String> dependsOn =
        context.protocol() == Protocol.WEBSOCKET
            ? ApiGenerator.websocketRouteIds(context)
            : List.of();
    if (context.protocol() == Protocol.REST) {
      ObjectNode properties =
          context.template().resource(id, "AWS::ApiGateway::Deployment", dependsOn);
      properties.set("RestApiId", Cfn.ref(context.ids().api()));
      properties.put("Description", "apigw definition " + hash);
    } else {
      ObjectNode properties =
          context.template().resource(id, "AWS::ApiGatewayV2::Deployment", dependsOn);
      properties.set("ApiId", Cfn.ref(context.ids().api()));
      properties.put("Description", "apigw definition " + hash);
    }
    return id;
  }

  private static void samPrimary(Context context, Stage stage) {
    ObjectNode properties = context.template().properties(context.ids().api());
    properties.put("StageName", stage.name());
    if (context.protocol() == Protocol.REST) {
      restProperties(properties, stage);
    } else {
      Cfn.put(properties, "StageVariables", stage.variables());
      v2Settings(context, properties, stage);
    }
  }

  private static void restStage(Context context, Stage stage, String deployment) {
    ObjectNode properties =
        context.template().resource(context.ids().stage(stage.name()), "AWS::ApiGateway::Stage");
    properties.set("RestApiId", Cfn.ref(context.ids().api()));
    properties.set(
        "DeploymentId",
        Cfn.ref(deployment == null ? context.ids().api() + ".Deployment" : deployment));
    properties.put("StageName", stage.name());
    Cfn.put(properties, "Description", stage.description());
    restProperties(properties, stage);
    tags(properties, stage.tags());
  }

  /** What the Serverless::Api and the Stage resource share, under the same names. */
  private static void restProperties(ObjectNode properties, Stage stage) {
    Cfn.put(properties, "Variables", stage.variables());
    ArrayNode settings = Cfn.JSON.arrayNode();
    for (MethodSetting setting : stage.settings()) {
      settings.add(methodSetting(setting));
    }
    Cfn.put(properties, "MethodSettings", settings);
    AccessLog log = stage.accessLog();
    if (log != null && log.destinationArn() != null) {
      ObjectNode access = properties.putObject("AccessLogSetting");
      access.put("DestinationArn", log.destinationArn());
      Cfn.put(access, "Format", log.format());
    }
    Canary canary = stage.canary();
    if (canary != null) {
      ObjectNode out = properties.putObject("CanarySetting");
      Cfn.put(out, "PercentTraffic", canary.percentTraffic());
      Cfn.put(out, "StageVariableOverrides", canary.variables());
      Cfn.put(out, "UseStageCache", canary.useStageCache());
    }
    Cfn.put(properties, "CacheClusterEnabled", stage.cacheClusterEnabled());
    Cfn.put(properties, "CacheClusterSize", stage.cacheClusterSize());
    Cfn.put(properties, "TracingEnabled", stage.tracing());
  }

  /**
   * A REST method setting: {@code *} is {@code /*} and {@code *}; a route's resource path has its
   * slashes escaped as {@code ~1} (AWS::ApiGateway::Stage MethodSetting, ResourcePath).
   */
  private static ObjectNode methodSetting(MethodSetting setting) {
    ObjectNode out = Cfn.object();
    if (setting.appliesToAllRoutes()) {
      out.put("ResourcePath", "/*");
      out.put("HttpMethod", "*");
    } else {
      String[] parts = setting.route().split(" ", 2);
      String path = parts.length == 2 ? parts[1] : "/";
      out.put("ResourcePath", "/" + path.replace("/", "~1"));
      out.put("HttpMethod", parts[0].equals("ANY") ? "*" : parts[0]);
    }
    Throttle throttle = setting.throttle();
    if (throttle != null) {
      Cfn.put(out, "ThrottlingRateLimit", throttle.rateLimit());
      Cfn.put(out, "ThrottlingBurstLimit", throttle.burstLimit());
    }
    if (setting.loggingLevel() != null) {
      out.put("LoggingLevel", setting.loggingLevel().name());
    }
    Cfn.put(out, "DataTraceEnabled", setting.dataTrace());
    Cfn.put(out, "MetricsEnabled", setting.metrics());
    Cfn.put(out, "CachingEnabled", setting.cachingEnabled());
    Cfn.put(out, "CacheTtlInSeconds", setting.cacheTtlSeconds());
    Cfn.put(out, "CacheDataEncrypted", setting.cacheDataEncrypted());
    return out;
  }

  private static void v2Stage(Context context, Stage stage, String deployment) {
    ObjectNode properties =
        context.template().resource(context.ids().stage(stage.name()), "AWS::ApiGatewayV2::Stage");
    properties.set("ApiId", Cfn.ref(context.ids().api()));
    properties.put("StageName", stage.name());
    Cfn.put(properties, "Description", stage.description());
    if (deployment != null) {
      properties.set("DeploymentId", Cfn.ref(deployment));
    } else {
      properties.put("AutoDeploy", true);
    }
    Cfn.put(properties, "StageVariables", stage.variables());
    v2Settings(context, properties, stage);
    if (!stage.tags().isEmpty()) {
      properties.set("Tags", Cfn.map(stage.tags()));
    }
  }

  private static void v2Settings(Context context, ObjectNode properties, Stage stage) {
    ObjectNode routes = Cfn.object();
    for (MethodSetting setting : stage.settings()) {
      ObjectNode out = routeSettings(context, setting);
      if (setting.appliesToAllRoutes()) {
        Cfn.put(properties, "DefaultRouteSettings", out);
      } else {
        routes.set(setting.route(), out);
      }
    }
    Cfn.put(properties, "RouteSettings", routes);
    AccessLog log = stage.accessLog();
    if (log != null && log.destinationArn() != null) {
      ObjectNode access = properties.putObject("AccessLogSettings");
      access.put("DestinationArn", log.destinationArn());
      Cfn.put(access, "Format", log.format());
    }
  }

  private static ObjectNode routeSettings(Context context, MethodSetting setting) {
    ObjectNode out = Cfn.object();
    Throttle throttle = setting.throttle();
    if (throttle != null) {
      Cfn.put(out, "ThrottlingBurstLimit", throttle.burstLimit());
      Cfn.put(out, "ThrottlingRateLimit", throttle.rateLimit());
    }
    Cfn.put(out, "DetailedMetricsEnabled", setting.metrics());
    if (context.protocol() == Protocol.WEBSOCKET) {
      // Execution logging exists for WebSocket APIs only (AWS::ApiGatewayV2::Stage RouteSettings).
      if (setting.loggingLevel() != null) {
        out.put("LoggingLevel", setting.loggingLevel().name());
      }
      Cfn.put(out, "DataTraceEnabled", setting.dataTrace());
    }
    return out;
  }

  private static void tags(ObjectNode properties, Map<String, String> tags) {
    if (tags.isEmpty()) {
      return;
    }
    ArrayNode list = properties.putArray("Tags");
    tags.forEach((key, value) -> list.addObject().put("Key", key).put("Value", value));
  }

  /** A stage's AWS WAF web ACL (REST APIs only; AWS::WAFv2::WebACLAssociation). */
  private static void webAcl(Context context, Stage stage) {
    if (stage.webAclArn() == null || context.protocol() != Protocol.REST) {
      return;
    }
    String parameter = context.ids().webAclParameter(stage.name());
    context
        .template()
        .parameter(
            parameter, "ARN of the AWS WAF web ACL of stage " + stage.name(), stage.webAclArn());
    ObjectNode properties =
        context
            .template()
            .resource(
                context.ids().webAclAssociation(stage.name()), "AWS::WAFv2::WebACLAssociation");
    ObjectNode sub = Cfn.object();
    ArrayNode args = sub.putArray("Fn::Sub");
    args.add(
        "arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${"
            + context.ids().api()
            + "}/stages/${Stage}");
    args.addObject().set("Stage", context.stageRef(stage));
    properties.set("ResourceArn", sub);
    properties.set("WebACLArn", Cfn.ref(parameter));
  }

  private static void url(Context context, Stage stage) {
    String host = "${" + context.ids().api() + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}";
    JsonNode value;
    String escaped = Context.escapeSub(stage.name());
    if (context.protocol() == Protocol.WEBSOCKET) {
      value = Cfn.sub("wss://" + host + "/" + escaped);
    } else if (context.protocol() == Protocol.HTTP && stage.name().equals(Stage.DEFAULT)) {
      value = Cfn.sub("https://" + host + "/");
    } else {
      value = Cfn.sub("https://" + host + "/" + escaped + "/");
    }
    context
        .template()
        .output(context.ids().url(stage.name()), "Invoke URL of stage " + stage.name(), value);
  }
}
