package io.apigw.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigw.model.Function;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code AWS::Serverless::Function} (with {@code Globals.Function}) and {@code
 * AWS::Lambda::Function} into model functions that {@code serve} can run: runtime, handler, the
 * code folder relative to the template, memory, timeout and environment.
 */
final class Functions {
  private final Reading r;
  private final Intrinsics intrinsics;
  private final ObjectNode globals;

  Functions(Reading reading, Intrinsics intrinsics, ObjectNode globals) {
    this.r = reading;
    this.intrinsics = intrinsics;
    this.globals = globals;
  }

  Function read(TemplateReader.Resource resource) {
    boolean serverless = resource.type().equals(TemplateReader.SERVERLESS_FUNCTION);
    ObjectNode global = serverless && globals.get("Function") instanceof ObjectNode g ? g : null;
    Props p = new Props(r, intrinsics, resource.properties(), global);
    String runtime = p.text("Runtime");
    String handler = p.text("Handler");
    String code = null;
    String what = "function `" + resource.id() + "`";
    if ("Image".equals(p.text("PackageType")) || p.has("ImageUri")) {
      r.info(
          "template.function.image",
          what + " is a container image; `serve` runs functions from code folders only",
          resource.at());
    } else if (p.has("InlineCode")
        || p.get("Code") instanceof ObjectNode codeObject && codeObject.has("ZipFile")) {
      r.info(
          "template.function.inline",
          what + " has inline code, which `serve` does not run yet",
          p.has("InlineCode") ? p.key("InlineCode") : p.key("Code"));
    } else {
      String codeField = serverless ? "CodeUri" : "Code";
      JsonNode uri = p.get(codeField);
      if (uri != null && uri.isTextual()) {
        String text = uri.asText();
        if (text.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
          r.info(
              "template.function.code",
              what + " has its code at `" + text + "`; `serve` runs code from local folders only",
              p.value(codeField));
        }
        // Kept either way: generated templates name the same code.
        code = text;
      } else if (uri instanceof ObjectNode) {
        r.info(
            "template.function.code",
            what + " has its code in S3; `serve` runs code from local folders only",
            p.value(codeField));
      } else if (serverless && uri == null) {
        // SAM's default: the folder of the template.
        code = ".";
      }
    }
    Map<String, String> environment = new LinkedHashMap<>();
    for (ObjectNode holder : new ObjectNode[] {global, resource.properties()}) {
      if (holder == null) {
        continue;
      }
      Props one = Props.of(r, intrinsics, holder);
      ObjectNode env = one.object("Environment");
      if (env != null) {
        Props vars = Props.of(r, intrinsics, env);
        environment.putAll(vars.map("Variables"));
      }
    }
    return new Function(
        resource.at(),
        resource.id(),
        null,
        runtime,
        handler,
        code,
        p.integer("MemorySize"),
        p.integer("Timeout"),
        environment,
        null);
  }
}
