package io.apigw.deployers.generate;

import io.apigw.model.Api;
import io.apigw.model.Parsed;
import io.apigw.model.testing.Samples;
import io.apigw.openapi.ApiFiles;
import io.apigw.openapi.OpenApi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The samples and what each target makes of them, for the tests. */
final class Generated {
  private Generated() {}

  /** One sample generated for one target. */
  record Case(String sample, Generator.Target target, Api api) {
    String format() {
      return target.name().toLowerCase(Locale.ROOT);
    }

    String text() {
      return Generator.generate(api, target, Generator.Options.defaults());
    }

    String json() {
      return Generator.generate(
          api, target, Generator.Options.defaults().withFormat(OpenApi.Format.JSON));
    }

    @Override
    public String toString() {
      return sample + " → " + format();
    }
  }

  static List<Path> sampleFiles() {
    List<Path> files = new ArrayList<>(Samples.files(".apigw"));
    files.addAll(Samples.files(".openapi.yaml"));
    files.add(Samples.root().resolve("samples/sam/template.yaml"));
    return files;
  }

  static String name(Path file) {
    String name = file.getFileName().toString();
    if (name.equals("template.yaml")) {
      return file.getParent().getFileName()
          + "-template"; // samples/sam/template.yaml: sam-template
    }
    return name.endsWith(".apigw")
        ? name.substring(0, name.length() - ".apigw".length())
        : name.substring(0, name.length() - ".yaml".length());
  }

  static Api load(Path file) {
    try {
      Parsed<Api> parsed = ApiFiles.load(file).parsed();
      if (parsed.value() == null) {
        throw new IllegalStateException(file + " does not read: " + parsed.diagnostics());
      }
      return parsed.value();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every sample × every target it can be generated for. */
  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (Path file : sampleFiles()) {
      Api api = load(file);
      for (Generator.Target target : Generator.Target.values()) {
        if (target == Generator.Target.OPENAPI
            && api.protocol() == io.apigw.model.Protocol.WEBSOCKET) {
          continue;
        }
        cases.add(new Case(name(file), target, api));
      }
    }
    return cases;
  }

  /** Only the templates (SAM and CloudFormation). */
  static List<Case> templates() {
    return cases().stream().filter(c -> c.target() != Generator.Target.OPENAPI).toList();
  }
}
