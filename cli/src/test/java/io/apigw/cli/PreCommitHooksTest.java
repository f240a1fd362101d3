package io.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.apigw.model.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The repository's {@code .pre-commit-hooks.yaml}: each hook runs a script of this repository
 * (pre-commit runs {@code language: script} entries from the hook repository's root) with a
 * subcommand apigw has, and its {@code files} pattern picks definitions, not every YAML file.
 */
class PreCommitHooksTest {
  @Test
  void hooksRunTheLauncherWithRealSubcommands() throws Exception {
    Path root = Samples.root();
    JsonNode hooks =
        new ObjectMapper(new YAMLFactory())
            .readTree(root.resolve(".pre-commit-hooks.yaml").toFile());

    assertThat(hooks.isArray()).isTrue();
    for (JsonNode hook : hooks) {
      assertThat(hook.path("id").asText()).startsWith("apigw-");
      assertThat(hook.path("language").asText()).isEqualTo("script");
      String[] entry = hook.path("entry").asText().split(" ");
      assertThat(Files.isExecutable(root.resolve(entry[0]))).as(entry[0]).isTrue();
      String[] args = Arrays.copyOfRange(entry, 1, entry.length + 1);
      args[args.length - 1] = "--help";
      assertThat(Cli.run(args).code()).as(hook.path("entry").asText()).isZero();
    }
    Pattern lintFiles = Pattern.compile(hooks.get(0).path("files").asText());
    assertThat(lintFiles.matcher("api/petstore.apigw").find()).isTrue();
    assertThat(lintFiles.matcher("docs/openapi.yaml").find()).isTrue();
    assertThat(lintFiles.matcher("api/orders-api.json").find()).isTrue();
    assertThat(lintFiles.matcher(".github/workflows/ci.yaml").find()).isFalse();
    assertThat(lintFiles.matcher("docker-compose.yml").find()).isFalse();
  }
}
