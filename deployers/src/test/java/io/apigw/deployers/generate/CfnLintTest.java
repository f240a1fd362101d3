package io.apigw.deployers.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated template passes {@code cfn-lint} (1.51, run as a process on temporary files) with
 * no errors; SAM templates are also translated to CloudFormation by {@code aws-sam-translator}
 * ({@code sam_translate.py}, offline) and the result passes cfn-lint too. Skipped, with a message,
 * where cfn-lint or the translator is not installed.
 *
 * <p>One check is left out: E2533, "runtime deprecated", which the samples' own {@code nodejs20.x}
 * raises since 2026-04-30. It is about the definition's choice of runtime, not about the template.
 */
class CfnLintTest {
  private static final List<String> IGNORED = List.of("E2533");

  record Run(int code, String out) {}

  private static Run run(Path dir, List<String> command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    byte[] out;
    try (InputStream in = process.getInputStream()) {
      out = in.readAllBytes();
    }
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private static boolean available(Path dir, String... command) {
    try {
      return run(dir, List.of(command)).code() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** The errors cfn-lint finds in the files; warnings and informational findings are printed. */
  private static List<String> lint(Path dir, List<Path> files) throws Exception {
    List<String> command = new ArrayList<>(List.of("cfn-lint", "--format", "parseable"));
    command.add("--ignore-checks");
    command.addAll(IGNORED);
    command.add("--");
    files.forEach(f -> command.add(f.toString()));
    Run result = run(dir, command);
    List<String> errors = new ArrayList<>();
    int others = 0;
    for (String line : result.out().split("\n")) {
      String[] parts = line.split(":", 7);
      if (parts.length < 7) {
        continue;
      }
      if (parts[5].startsWith("E")) {
        errors.add(line);
      } else {
        others++;
        System.out.println("cfn-lint: " + line);
      }
    }
    System.out.printf(
        "cfn-lint: %d files, %d errors, %d warnings or notes%n",
        files.size(), errors.size(), others);
    // Exit codes are a bit mask: 2 errors, 4 warnings, 8 informational; anything else failed.
    assertThat(result.code() & ~(2 | 4 | 8)).as(result.out()).isZero();
    return errors;
  }

  @Test
  void everyTemplatePassesCfnLint(@TempDir Path dir) throws Exception {
    assumeTrue(available(dir, "cfn-lint", "--version"), "cfn-lint is not on the PATH; skipped");
    List<Path> files = new ArrayList<>();
    for (Generated.Case c : Generated.templates()) {
      Path yaml = dir.resolve(c.sample() + "." + c.format() + ".yaml");
      Path json = dir.resolve(c.sample() + "." + c.format() + ".json");
      Files.writeString(yaml, c.text());
      Files.writeString(json, c.json());
      files.add(yaml);
      files.add(json);
    }
    assertThat(lint(dir, files)).isEmpty();
  }

  @Test
  void samTemplatesTranslateAndTheirCloudFormationPassesCfnLint(@TempDir Path dir)
      throws Exception {
    assumeTrue(available(dir, "cfn-lint", "--version"), "cfn-lint is not on the PATH; skipped");
    assumeTrue(
        available(dir, "python3", "-c", "import samtranslator"),
        "python3 with aws-sam-translator is not installed; skipped");
    Path script = dir.resolve("sam_translate.py");
    try (InputStream in = CfnLintTest.class.getResourceAsStream("/sam_translate.py")) {
      Files.write(script, in.readAllBytes());
    }
    List<String> command = new ArrayList<>(List.of("python3", script.toString()));
    List<Path> translated = new ArrayList<>();
    for (Generated.Case c : Generated.templates()) {
      if (c.target() != Generator.Target.SAM) {
        continue;
      }
      Path in = dir.resolve(c.sample() + ".sam.json");
      Path out = dir.resolve(c.sample() + ".translated.json");
      Files.writeString(in, c.json());
      command.add(in.toString());
      command.add(out.toString());
      translated.add(out);
    }
    Run translation = run(dir, command);
    assertThat(translation.code()).as(translation.out()).isZero();
    for (Path out : translated) {
      assertThat(Files.readString(out)).doesNotContain("AWS::Serverless::");
    }
    assertThat(lint(dir, translated)).isEmpty();
  }
}
