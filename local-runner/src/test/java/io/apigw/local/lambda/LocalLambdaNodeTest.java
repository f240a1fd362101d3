package io.apigw.local.lambda;

import static io.apigw.local.lambda.Harness.assertOutcome;
import static io.apigw.local.lambda.Harness.fn;
import static io.apigw.local.lambda.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.local.lambda.InvokeResult.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LocalLambdaNodeTest extends LocalLambdaTestBase {

  @Test
  void runsACommonJsHandlerInCallbackStyle() {
    // given
    lambda.write(
        "cjs/index.js",
        "exports.handler = (event, context, callback) => {\n"
            + "  callback(null, { got: event, style: 'callback' });\n"
            + "};\n");
    lambda.function(fn("cjs", "nodejs20.x", "index.handler", "cjs").build()).start();

    // when
    InvokeResult result = lambda.invoke("cjs", "{\"a\":1}");

    // then
    assertOutcome(result).isEqualTo(Outcome.OK);
    assertThat(json(result).toString()).isEqualTo("{\"got\":{\"a\":1},\"style\":\"callback\"}");
  }

  @Test
  void runsAnEsModuleAsyncHandlerInASubfolder() {
    // given
    lambda.write(
        "esm/src/app.mjs",
        "import { setTimeout as sleep } from 'node:timers/promises';\n"
            + "export const handler = async (event) => {\n"
            + "  await sleep(5);\n"
            + "  return { doubled: event.n * 2, module: typeof require };\n"
            + "};\n");
    lambda.function(fn("esm", "nodejs20.x", "src/app.handler", "esm").build()).start();

    // when
    InvokeResult result = lambda.invoke("esm", "{\"n\":21}");

    // then
    assertOutcome(result).isEqualTo(Outcome.OK);
    assertThat(json(result).toString()).isEqualTo("{\"doubled\":42,\"module\":\"undefined\"}");
  }

  @Test
  void runsAnAsyncCommonJsHandlerAndAnUndefinedResultIsNull() {
    // given
    lambda.write("nothing/index.js", "module.exports.handler = async () => {};\n");
    lambda.function(fn("nothing", "nodejs18.x", "index.handler", "nothing").build()).start();

    // when
    InvokeResult result = lambda.invoke("nothing", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.OK);
    assertThat(Harness.text(result)).isEqualTo("null");
  }

  @Test
  void handlerSeesLambdasEnvironmentAndContext() {
    // given
    lambda.write(
        "ctx/index.js",
        "exports.handler = async (event, context) => {\n"
            + "  const before = context.getRemainingTimeInMillis();\n"
            + "  await new Promise(r => setTimeout(r, 60));\n"
            + "  const after = context.getRemainingTimeInMillis();\n"
            + "  const e = process.env;\n"
            + "  return { before, after, requestId: context.awsRequestId,\n"
            + "    functionName: context.functionName, memory: context.memoryLimitInMB,\n"
            + "    arn: context.invokedFunctionArn, group: context.logGroupName,\n"
            + "    stream: context.logStreamName, version: context.functionVersion,\n"
            + "    env: { name: e.AWS_LAMBDA_FUNCTION_NAME, memory: e.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,\n"
            + "      version: e.AWS_LAMBDA_FUNCTION_VERSION, group: e.AWS_LAMBDA_LOG_GROUP_NAME,\n"
            + "      stream: e.AWS_LAMBDA_LOG_STREAM_NAME, region: e.AWS_REGION,\n"
            + "      defaultRegion: e.AWS_DEFAULT_REGION, exec: e.AWS_EXECUTION_ENV, tz: e.TZ,\n"
            + "      handler: e._HANDLER, root: e.LAMBDA_TASK_ROOT, runtimeDir: e.LAMBDA_RUNTIME_DIR,\n"
            + "      api: e.AWS_LAMBDA_RUNTIME_API, trace: e._X_AMZN_TRACE_ID,\n"
            + "      own: e.GREETING, cwd: process.cwd() } };\n"
            + "};\n");
    lambda
        .options(o -> o.region("eu-west-3").accountId("999988887777"))
        .function(
            fn("ctx", "nodejs20.x", "index.handler", "ctx")
                .memory(256)
                .timeout(7)
                .env("GREETING", "hello")
                .env("AWS_REGION", "mars-north-1")
                .build())
        .start();

    // when
    InvokeResult result = lambda.invoke("ctx", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.OK);
    JsonNode r = json(result);
    assertThat(r.get("requestId").asText()).isEqualTo(lambda.startedRequestIds("ctx").get(0));
    assertThat(r.get("before").asLong()).isBetween(5000L, 7000L);
    assertThat(r.get("after").asLong()).isLessThanOrEqualTo(r.get("before").asLong() - 50);
    assertThat(r.get("functionName").asText()).isEqualTo("ctx");
    assertThat(r.get("memory").asText()).isEqualTo("256");
    assertThat(r.get("arn").asText())
        .isEqualTo("arn:aws:lambda:eu-west-3:999988887777:function:ctx");
    assertThat(r.get("group").asText()).isEqualTo("/aws/lambda/ctx");
    assertThat(r.get("stream").asText()).matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
    assertThat(r.get("version").asText()).isEqualTo("$LATEST");
    JsonNode env = r.get("env");
    assertThat(env.get("name").asText()).isEqualTo("ctx");
    assertThat(env.get("memory").asText()).isEqualTo("256");
    assertThat(env.get("version").asText()).isEqualTo("$LATEST");
    assertThat(env.get("group").asText()).isEqualTo("/aws/lambda/ctx");
    assertThat(env.get("stream").asText()).isEqualTo(r.get("stream").asText());
    assertThat(env.get("region").asText()).isEqualTo("eu-west-3");
    assertThat(env.get("defaultRegion").asText()).isEqualTo("eu-west-3");
    assertThat(env.get("exec").asText()).isEqualTo("AWS_Lambda_nodejs20.x");
    assertThat(env.get("tz").asText()).isEqualTo(":UTC");
    assertThat(env.get("handler").asText()).isEqualTo("index.handler");
    assertThat(Path.of(env.get("root").asText())).isEqualTo(dir.resolve("ctx"));
    assertThat(Path.of(env.get("cwd").asText())).isEqualTo(dir.resolve("ctx"));
    assertThat(Path.of(env.get("runtimeDir").asText())).exists();
    assertThat(env.get("api").asText()).matches("127\\.0\\.0\\.1:\\d+");
    assertThat(env.get("trace").asText()).startsWith("Root=1-");
    assertThat(env.get("own").asText()).isEqualTo("hello");
    assertThat(lambda.linesContaining("ignoring reserved environment variable AWS_REGION"))
        .isEqualTo(1);
  }

  @Test
  void consoleOutputReachesTheLogWithTheRequestId() {
    // given
    lambda.write(
        "talk/index.js", "exports.handler = async () => { console.log('hi %s', 'there'); };\n");
    lambda.function(fn("talk", "nodejs20.x", "index.handler", "talk").build()).start();

    // when
    lambda.invoke("talk", "{}");

    // then
    String id = lambda.startedRequestIds("talk").get(0);
    assertThat(lambda.awaitLines(l -> l.endsWith("\t" + id + "\tINFO\thi there")))
        .anySatisfy(
            l -> assertThat(l).startsWith("[talk] ").endsWith("\t" + id + "\tINFO\thi there"))
        .anySatisfy(l -> assertThat(l).startsWith("[talk] REPORT RequestId: " + id));
  }

  @Test
  void aThrownErrorIsAFunctionErrorWithItsTypeAndMessage() {
    // given
    lambda.write(
        "fails/index.mjs",
        "export const handler = async () => { throw new TypeError('bad input'); };\n");
    lambda.function(fn("fails", "nodejs20.x", "index.handler", "fails").build()).start();

    // when
    InvokeResult result = lambda.invoke("fails", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.FUNCTION_ERROR);
    assertThat(result.errorType()).isEqualTo("TypeError");
    assertThat(result.errorMessage()).isEqualTo("bad input");
    assertThat(json(result).get("errorType").asText()).isEqualTo("TypeError");
    assertThat(json(result).get("stackTrace").get(0).asText()).contains("index.mjs");
  }

  @Test
  void aCallbackErrorIsAFunctionError() {
    // given
    lambda.write(
        "cb/index.js", "exports.handler = (e, c, callback) => callback(new RangeError('nope'));\n");
    lambda.function(fn("cb", "nodejs20.x", "index.handler", "cb").build()).start();

    // when
    InvokeResult result = lambda.invoke("cb", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.FUNCTION_ERROR);
    assertThat(result.errorType()).isEqualTo("RangeError");
    assertThat(result.errorMessage()).isEqualTo("nope");
  }

  @Test
  void aProcessThatExitsIsCrashedAndIsReplacedOnTheNextInvocation() {
    // given
    lambda.write(
        "crash/index.js",
        "exports.handler = async (event) => {\n"
            + "  if (event.crash) process.exit(3);\n"
            + "  return process.pid;\n"
            + "};\n");
    lambda.function(fn("crash", "nodejs20.x", "index.handler", "crash").build()).start();
    long firstPid = json(lambda.invoke("crash", "{}")).asLong();

    // when
    InvokeResult crashed = lambda.invoke("crash", "{\"crash\":true}");
    InvokeResult after = lambda.invoke("crash", "{}");

    // then
    assertOutcome(crashed).isEqualTo(Outcome.CRASHED);
    assertThat(crashed.errorType()).isEqualTo("Runtime.ExitError");
    assertThat(crashed.errorMessage()).endsWith("Error: Runtime exited with error: exit status 3");
    assertOutcome(after).isEqualTo(Outcome.OK);
    assertThat(json(after).asLong()).isNotEqualTo(firstPid);
  }

  @Test
  void anUncaughtAsynchronousErrorIsReportedThenTheProcessIsReplaced() {
    // given
    lambda.write(
        "uncaught/index.js",
        "exports.handler = (event, context, callback) => {\n"
            + "  if (event.boom) setTimeout(() => { throw new SyntaxError('late'); }, 1);\n"
            + "  else callback(null, 'fine');\n"
            + "};\n");
    lambda.function(fn("uncaught", "nodejs20.x", "index.handler", "uncaught").build()).start();

    // when
    InvokeResult failed = lambda.invoke("uncaught", "{\"boom\":true}");
    InvokeResult after = lambda.invoke("uncaught", "{}");

    // then
    assertOutcome(failed).isEqualTo(Outcome.FUNCTION_ERROR);
    assertThat(failed.errorType()).isEqualTo("SyntaxError");
    assertThat(failed.errorMessage()).isEqualTo("late");
    assertThat(Harness.text(after)).isEqualTo("\"fine\"");
  }

  @Test
  void aHangingFunctionTimesOutNearItsTimeoutThenWorksAgain() {
    // given
    lambda.write(
        "hang/index.js",
        "exports.handler = async (event) => {\n"
            + "  if (event.hang) await new Promise(() => {});\n"
            + "  return 'awake';\n"
            + "};\n");
    lambda.function(fn("hang", "nodejs20.x", "index.handler", "hang").timeout(1).build()).start();
    lambda.invoke("hang", "{}");

    // when
    InvokeResult timedOut = lambda.invoke("hang", "{\"hang\":true}");
    InvokeResult after = lambda.invoke("hang", "{}");

    // then
    assertOutcome(timedOut).isEqualTo(Outcome.TIMEOUT);
    assertThat(timedOut.errorMessage()).isEqualTo("Task timed out after 1.00 seconds");
    assertThat(timedOut.durationMillis()).isBetween(950L, 2500L);
    assertOutcome(after).isEqualTo(Outcome.OK);
    assertThat(Harness.text(after)).isEqualTo("\"awake\"");
  }

  @Test
  void aHandlerThatCannotBeLoadedIsCrashedAndEachInvocationTriesAgain() {
    // given
    Path code = lambda.write("broken/index.js", "exports.somethingElse = () => 1;\n");
    lambda
        .options(o -> o.codeCheckInterval(Duration.ZERO))
        .function(fn("broken", "nodejs20.x", "index.handler", "broken").build())
        .start();

    // when
    InvokeResult first = lambda.invoke("broken", "{}");
    InvokeResult second = lambda.invoke("broken", "{}");
    rewrite(code, "exports.handler = async () => 'fixed';\n");
    InvokeResult fixed = lambda.invoke("broken", "{}");

    // then
    assertOutcome(first).isEqualTo(Outcome.CRASHED);
    assertThat(first.errorType()).isEqualTo("Runtime.HandlerNotFound");
    assertThat(first.errorMessage()).isEqualTo("index.handler is undefined or not exported");
    assertOutcome(second).isEqualTo(Outcome.CRASHED);
    assertThat(lambda.linesContaining("INIT_REPORT")).isEqualTo(2);
    assertThat(Harness.text(fixed)).isEqualTo("\"fixed\"");
  }

  @Test
  void aSyntaxErrorIsAnInitErrorOfItsOwnType() {
    // given
    lambda.write("syntax/index.js", "exports.handler = async () => {{;\n");
    lambda.function(fn("syntax", "nodejs20.x", "index.handler", "syntax").build()).start();

    // when
    InvokeResult result = lambda.invoke("syntax", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.CRASHED);
    assertThat(result.errorType()).isEqualTo("Runtime.UserCodeSyntaxError");
  }

  @Test
  void theSecondInvocationReusesTheWarmProcess() {
    // given
    lambda.write(
        "warm/index.js",
        "const loadedAt = Date.now();\n"
            + "exports.handler = async () => ({ pid: process.pid, loadedAt });\n");
    lambda.function(fn("warm", "nodejs20.x", "index.handler", "warm").build()).start();

    // when
    InvokeResult cold = lambda.invoke("warm", "{}");
    InvokeResult warm = lambda.invoke("warm", "{}");

    // then
    assertThat(json(warm).get("pid")).isEqualTo(json(cold).get("pid"));
    assertThat(json(warm).get("loadedAt")).isEqualTo(json(cold).get("loadedAt"));
    assertThat(lambda.linesContaining("Init Duration")).isEqualTo(1);
  }

  @Test
  void changedCodeIsPickedUpByTheNextInvocation() throws Exception {
    // given
    Path code = lambda.write("change/index.js", "exports.handler = async () => 'v1';\n");
    lambda
        .options(o -> o.codeCheckInterval(Duration.ZERO))
        .function(fn("change", "nodejs20.x", "index.handler", "change").build())
        .start();
    InvokeResult before = lambda.invoke("change", "{}");

    // when
    rewrite(code, "exports.handler = async () => 'v2';\n");
    InvokeResult after = lambda.invoke("change", "{}");

    // then
    assertThat(Harness.text(before)).isEqualTo("\"v1\"");
    assertThat(Harness.text(after)).isEqualTo("\"v2\"");
  }

  @Test
  void twoHundredConcurrentInvocationsShareAtMostTheFunctionsConcurrency() throws Exception {
    // given
    lambda.write(
        "busy/index.js",
        "require('fs').appendFileSync(process.env.STARTS, process.pid + '\\n');\n"
            + "exports.handler = async (event) => {\n"
            + "  await new Promise(r => setTimeout(r, 5));\n"
            + "  return { n: event.n, pid: process.pid };\n"
            + "};\n");
    Path starts = dir.resolve("starts.txt");
    lambda
        .function(
            fn("busy", "nodejs20.x", "index.handler", "busy")
                .concurrency(4)
                .env("STARTS", starts.toString())
                .build())
        .start();

    // when
    List<CompletableFuture<InvokeResult>> calls = new ArrayList<>();
    FunctionInvoker invoker = lambda.invoker();
    for (int i = 0; i < 200; i++) {
      calls.add(invoker.invoke("busy", ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8)));
    }
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

    // then
    Set<Integer> answered = new HashSet<>();
    Set<Long> pids = new HashSet<>();
    for (CompletableFuture<InvokeResult> call : calls) {
      InvokeResult result = call.get();
      assertOutcome(result).isEqualTo(Outcome.OK);
      answered.add(json(result).get("n").asInt());
      pids.add(json(result).get("pid").asLong());
    }
    assertThat(answered).hasSize(200);
    List<String> started = Files.readAllLines(starts);
    assertThat(started)
        .hasSizeLessThanOrEqualTo(4)
        .containsAll(pids.stream().map(String::valueOf).toList());
  }

  @Test
  void anUnknownFunctionIsNotFound() {
    // given
    lambda.start();

    // when
    InvokeResult result = lambda.invoke("nobody", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.NOT_FOUND);
    assertThat(result.errorMessage()).contains("function:nobody");
  }

  private static void rewrite(Path file, String content) {
    try {
      Files.writeString(file, content);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
