package io.apigw.local.lambda;

import static io.apigw.local.lambda.Harness.assertOutcome;
import static io.apigw.local.lambda.Harness.fn;
import static org.assertj.core.api.Assertions.assertThat;

import io.apigw.local.lambda.InvokeResult.Outcome;
import io.apigw.model.Function;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class LocalLambdaLifecycleTest extends LocalLambdaTestBase {

  @Test
  void closeKillsEveryProcessAndWhatTheyStarted() {
    // given a warm process of each kind, one a shell that started a child of its own
    lambda.write("node/index.js", "exports.handler = async () => process.pid;\n");
    lambda.write("py/main.py", "import os\ndef handler(e, c):\n    return os.getpid()\n");
    lambda.write("shell/loop.py", LocalLambdaCustomRuntimeTest.PYTHON_RUNTIME);
    lambda.writeExecutable("shell/bootstrap", "#!/bin/sh\nsleep 300 &\npython3 loop.py\n");
    lambda
        .function(fn("node", "nodejs20.x", "index.handler", "node").build())
        .function(fn("py", "python3.11", "main.handler", "py").build())
        .function(fn("shell", "provided.al2023", "h", "shell").build());
    lambda.start();
    for (String function : List.of("node", "py", "shell")) {
      assertOutcome(lambda.invoke(function, "{}")).isEqualTo(Outcome.OK);
    }
    List<ProcessHandle> running = ProcessHandle.current().descendants().toList();
    assertThat(running.stream().map(p -> p.info().command().orElse("?")))
        .anySatisfy(c -> assertThat(c).endsWith("sleep"))
        .anySatisfy(c -> assertThat(c).contains("node"));

    // when
    lambda.close();

    // then
    assertThat(running).hasSizeGreaterThanOrEqualTo(5).noneMatch(ProcessHandle::isAlive);
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
  }

  @Test
  void closeEndsRunningAndQueuedInvocationsAsCrashed() throws Exception {
    // given
    lambda.write(
        "slow/index.js",
        "exports.handler = async () => new Promise(r => setTimeout(() => r('late'), 30000));\n");
    lambda.function(
        fn("slow", "nodejs20.x", "index.handler", "slow").timeout(60).concurrency(1).build());
    FunctionInvoker invoker = lambda.start();
    CompletableFuture<InvokeResult> running = invoker.invoke("slow", new byte[0]);
    CompletableFuture<InvokeResult> queued = invoker.invoke("slow", new byte[0]);
    awaitStarted("slow");

    // when
    invoker.close();

    // then
    assertOutcome(running.get(10, TimeUnit.SECONDS)).isEqualTo(Outcome.CRASHED);
    assertOutcome(queued.get(10, TimeUnit.SECONDS)).isEqualTo(Outcome.CRASHED);
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
  }

  @Test
  void closeCalledOnAnEventLoopReturnsPromptly() throws Exception {
    // given warm processes, whose servers run on the event loops
    lambda.write("a/index.js", "exports.handler = async () => 1;\n");
    for (String name : List.of("a1", "a2", "a3", "a4", "a5")) {
      lambda.function(fn(name, "nodejs20.x", "index.handler", "a").build());
    }
    FunctionInvoker invoker = lambda.start();
    for (String name : List.of("a1", "a2", "a3", "a4", "a5")) {
      assertOutcome(lambda.invoke(name, "{}")).isEqualTo(Outcome.OK);
    }
    CompletableFuture<Long> took = new CompletableFuture<>();

    // when
    vertx.runOnContext(
        v -> {
          long started = System.nanoTime();
          invoker.close();
          took.complete((System.nanoTime() - started) / 1_000_000);
        });

    // then
    assertThat(took.get(20, TimeUnit.SECONDS)).isLessThan(2000);
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
  }

  @Test
  void aZipDeploymentPackageIsUnpackedAndRun() throws IOException {
    // given
    Path zip = dir.resolve("dist/function.zip");
    Files.createDirectories(zip.getParent());
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream entries = new ZipOutputStream(out)) {
      entries.putNextEntry(new ZipEntry("lib/index.js"));
      entries.write("exports.handler = async () => 'zipped';\n".getBytes(StandardCharsets.UTF_8));
      entries.closeEntry();
    }
    lambda.function(fn("zipped", "nodejs20.x", "lib/index.handler", "dist/function.zip").build());
    lambda.start();

    // when
    InvokeResult result = lambda.invoke("zipped", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.OK);
    assertThat(Harness.text(result)).isEqualTo("\"zipped\"");
  }

  @Test
  void aFunctionWithoutRuntimeAndHandlerIsNotFoundLocally() {
    // given
    lambda.function(Function.ofArn("remote", "arn:aws:lambda:us-east-1:1:function:remote"));
    lambda.start();

    // when
    InvokeResult result = lambda.invoke("remote", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.NOT_FOUND);
    assertThat(result.errorMessage()).contains("no runtime and handler");
  }

  private void awaitStarted(String function) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (lambda.startedRequestIds(function).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(lambda.startedRequestIds(function)).isNotEmpty();
  }
}
