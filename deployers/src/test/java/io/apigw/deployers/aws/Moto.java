package io.apigw.deployers.aws;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A real AWS API emulator for deploy tests: {@code moto_server} (moto 5.2, in the system Python of
 * these machines) started on a free loopback port and stopped by {@link #close}. Where it is not
 * installed, {@link #start} skips the test with a message. {@link #aws} reads results back with the
 * real AWS CLI.
 */
public final class Moto implements AutoCloseable {
  public static final String REGION = "us-east-1";
  private static final Pattern RUNNING =
      Pattern.compile("Running on http://127\\.0\\.0\\.1:(\\d+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final URI endpoint;

  private Moto(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /** Starts moto on port 0 and waits for the port it bound; skips the test where moto is absent. */
  public static Moto start() throws IOException, InterruptedException {
    String command = onPath("moto_server");
    assumeTrue(
        command != null,
        "moto_server is not installed (pip install 'moto[server]'): AWS emulator tests skipped");
    Process process =
        new ProcessBuilder(command, "-H", "127.0.0.1", "-p", "0").redirectErrorStream(true).start();
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String line;
    List<String> seen = new ArrayList<>();
    while (System.nanoTime() < deadline && (line = lines.readLine()) != null) {
      seen.add(line);
      Matcher matcher = RUNNING.matcher(line);
      if (matcher.find()) {
        Thread drain =
            new Thread(
                () -> {
                  try {
                    while (lines.readLine() != null) {
                      // moto logs each request; keep the pipe from filling up
                    }
                  } catch (IOException ignored) {
                    // the process ended
                  }
                },
                "moto-log");
        drain.setDaemon(true);
        drain.start();
        return new Moto(process, URI.create("http://127.0.0.1:" + matcher.group(1)));
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("moto_server did not start: " + String.join("\n", seen));
  }

  public URI endpoint() {
    return endpoint;
  }

  public AwsOptions options() {
    return new AwsOptions(REGION, null, endpoint);
  }

  public static AwsCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
  }

  public AwsClients clients() {
    return AwsClients.of(options(), credentials());
  }

  /** Environment for a child process (the AWS CLI, apigw) to reach this emulator. */
  public Map<String, String> environment() {
    return Map.of(
        "AWS_ACCESS_KEY_ID", "testing",
        "AWS_SECRET_ACCESS_KEY", "testing",
        "AWS_DEFAULT_REGION", REGION,
        "AWS_REGION", REGION,
        "AWS_CONFIG_FILE", "/dev/null",
        "AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
  }

  /**
   * Runs the real AWS CLI against this emulator ({@code aws apigateway get-resources --rest-api-id
   * X}) and returns its JSON answer; skips the test where the CLI is absent.
   */
  public JsonNode aws(String... args) throws IOException, InterruptedException {
    String command = onPath("aws");
    assumeTrue(command != null, "the AWS CLI is not installed: read-back skipped");
    List<String> line = new ArrayList<>(List.of(command, "--endpoint-url", endpoint.toString()));
    line.addAll(List.of(args));
    line.addAll(List.of("--output", "json"));
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(false);
    builder.environment().putAll(environment());
    Path errors = Files.createTempFile("aws-cli", ".err");
    builder.redirectError(errors.toFile());
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("aws " + String.join(" ", args) + " did not finish");
    }
    String err = Files.readString(errors);
    Files.deleteIfExists(errors);
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "aws " + String.join(" ", args) + " failed (" + process.exitValue() + "): " + err);
    }
    String text = new String(out, StandardCharsets.UTF_8).trim();
    return text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
  }

  static String onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
