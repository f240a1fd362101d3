package io.apigw.deployers.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A template being built: parameters, resources and outputs, each kept sorted by logical id so that
 * the output does not depend on the order the generators ran in.
 */
final class Template {
  private final String description;
  private final boolean sam;
  private final Map<String, ObjectNode> parameters = new TreeMap<>();
  private final Map<String, ObjectNode> resources = new TreeMap<>();
  private final Map<String, ObjectNode> outputs = new TreeMap<>();

  Template(String description, boolean sam) {
    this.description = description;
    this.sam = sam;
  }

  /** Adds a resource and returns its {@code Properties} to fill in. */
  ObjectNode resource(String logicalId, String type) {
    return resource(logicalId, type, List.of());
  }

  ObjectNode resource(String logicalId, String type, List<String> dependsOn) {
    if (resources.containsKey(logicalId)) {
      throw new IllegalStateException("logical id used twice: " + logicalId);
    }
    ObjectNode resource = Cfn.object();
    resource.put("Type", type);
    if (!dependsOn.isEmpty()) {
      resource.set("DependsOn", Cfn.strings(dependsOn.stream().sorted().distinct().toList()));
    }
    ObjectNode properties = resource.putObject("Properties");
    resources.put(logicalId, resource);
    return properties;
  }

  /** The {@code Properties} of a resource added before. */
  ObjectNode properties(String logicalId) {
    return (ObjectNode) resources.get(logicalId).get("Properties");
  }

  boolean has(String logicalId) {
    return resources.containsKey(logicalId) || parameters.containsKey(logicalId);
  }

  /** A String parameter, with a default when the model knows a value. */
  void parameter(String logicalId, String description, String defaultValue) {
    ObjectNode parameter = Cfn.object();
    parameter.put("Type", "String");
    parameter.put("Description", description);
    if (defaultValue != null) {
      parameter.put("Default", defaultValue);
    }
    parameters.put(logicalId, parameter);
  }

  void output(String logicalId, String description, JsonNode value) {
    ObjectNode output = Cfn.object();
    output.put("Description", description);
    output.set("Value", value);
    outputs.put(logicalId, output);
  }

  ObjectNode toTree() {
    ObjectNode root = Cfn.object();
    root.put("AWSTemplateFormatVersion", "2010-09-09");
    if (sam) {
      root.put("Transform", "AWS::Serverless-2016-10-31");
    }
    root.put("Description", description);
    if (!parameters.isEmpty()) {
      root.putObject("Parameters").setAll(parameters);
    }
    root.putObject("Resources").setAll(resources);
    if (!outputs.isEmpty()) {
      root.putObject("Outputs").setAll(outputs);
    }
    return root;
  }
}
