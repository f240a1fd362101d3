package io.apigw.local.lambda;

import static io.apigw.local.lambda.Harness.assertOutcome;
import static io.apigw.local.lambda.Harness.fn;
import static io.apigw.local.lambda.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.local.lambda.InvokeResult.Outcome;
import org.junit.jupiter.api.Test;

class LocalLambdaPythonTest extends LocalLambdaTestBase {

  @Test
  void runsAModuleFunctionHandlerWithLambdasContext() {
    // given
    lambda.write(
        "py/pkg/app.py",
        "import os, time, logging\n"
            + "from decimal import Decimal\n"
            + "logger = logging.getLogger()\n"
            + "def handle(event, context):\n"
            + "    before = context.get_remaining_time_in_millis()\n"
            + "    time.sleep(0.06)\n"
            + "    after = context.get_remaining_time_in_millis()\n"
            + "    logger.info('handling %s', event['name'])\n"
            + "    print('printed')\n"
            + "    return {'hello': event['name'], 'before': before, 'after': after,\n"
            + "            'requestId': context.aws_request_id, 'name': context.function_name,\n"
            + "            'memory': context.memory_limit_in_mb, 'arn': context.invoked_function_arn,\n"
            + "            'group': context.log_group_name, 'stream': context.log_stream_name,\n"
            + "            'region': os.environ['AWS_REGION'], 'exec': os.environ['AWS_EXECUTION_ENV'],\n"
            + "            'own': os.environ['COLOUR'], 'price': Decimal('1.5'), 'pid': os.getpid()}\n");
    lambda.write("py/pkg/__init__.py", "");
    lambda
        .function(
            fn("py", "python3.12", "pkg/app.handle", "py")
                .memory(512)
                .env("COLOUR", "blue")
                .build())
        .start();

    // when
    InvokeResult result = lambda.invoke("py", "{\"name\":\"world\"}");

    // then
    assertOutcome(result).isEqualTo(Outcome.OK);
    JsonNode r = json(result);
    String requestId = lambda.startedRequestIds("py").get(0);
    assertThat(r.get("hello").asText()).isEqualTo("world");
    assertThat(r.get("requestId").asText()).isEqualTo(requestId);
    assertThat(r.get("before").asLong()).isBetween(2000L, 3000L);
    assertThat(r.get("after").asLong()).isLessThanOrEqualTo(r.get("before").asLong() - 50);
    assertThat(r.get("name").asText()).isEqualTo("py");
    assertThat(r.get("memory").asText()).isEqualTo("512");
    assertThat(r.get("arn").asText())
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:py");
    assertThat(r.get("group").asText()).isEqualTo("/aws/lambda/py");
    assertThat(r.get("stream").asText()).contains("[$LATEST]");
    assertThat(r.get("region").asText()).isEqualTo("us-east-1");
    assertThat(r.get("exec").asText()).isEqualTo("AWS_Lambda_python3.12");
    assertThat(r.get("own").asText()).isEqualTo("blue");
    assertThat(r.get("price").asDouble()).isEqualTo(1.5);
    assertThat(
            lambda.awaitLines(
                l -> l.equals("[py] printed"), l -> l.endsWith(requestId + "\thandling world")))
        .contains("[py] printed")
        .anySatisfy(
            l ->
                assertThat(l).startsWith("[py] [INFO]\t").endsWith(requestId + "\thandling world"));
  }

  @Test
  void anExceptionIsAFunctionErrorWithItsTypeAndMessage() {
    // given
    lambda.write(
        "err/main.py",
        "def handler(event, context):\n" + "    raise ValueError('no such pet: ' + event['id'])\n");
    lambda.function(fn("err", "python3.11", "main.handler", "err").build()).start();

    // when
    InvokeResult result = lambda.invoke("err", "{\"id\":\"7\"}");

    // then
    assertOutcome(result).isEqualTo(Outcome.FUNCTION_ERROR);
    assertThat(result.errorType()).isEqualTo("ValueError");
    assertThat(result.errorMessage()).isEqualTo("no such pet: 7");
    assertThat(json(result).get("stackTrace").toString()).contains("main.py");
  }

  @Test
  void anUnserialisableResultIsAMarshalError() {
    // given
    lambda.write("marshal/main.py", "def handler(event, context):\n    return object()\n");
    lambda.function(fn("marshal", "python3.11", "main.handler", "marshal").build()).start();

    // when
    InvokeResult result = lambda.invoke("marshal", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.FUNCTION_ERROR);
    assertThat(result.errorType()).isEqualTo("Runtime.MarshalError");
  }

  @Test
  void sysExitIsACrashAndTheNextInvocationGetsANewProcess() {
    // given
    lambda.write(
        "exit/main.py",
        "import os, sys\n"
            + "def handler(event, context):\n"
            + "    if event.get('exit'):\n"
            + "        sys.exit(2)\n"
            + "    return os.getpid()\n");
    lambda.function(fn("exit", "python3.11", "main.handler", "exit").build()).start();
    long pid = json(lambda.invoke("exit", "{}")).asLong();

    // when
    InvokeResult crashed = lambda.invoke("exit", "{\"exit\":true}");
    InvokeResult after = lambda.invoke("exit", "{}");

    // then
    assertOutcome(crashed).isEqualTo(Outcome.CRASHED);
    assertThat(crashed.errorMessage()).endsWith("Runtime exited with error: exit status 2");
    assertOutcome(after).isEqualTo(Outcome.OK);
    assertThat(json(after).asLong()).isNotEqualTo(pid);
  }

  @Test
  void aModuleThatCannotBeImportedIsAnInitError() {
    // given
    lambda.write("imp/main.py", "import no_such_module\n" + "def handler(e, c):\n    return 1\n");
    lambda.function(fn("imp", "python3.11", "main.handler", "imp").build()).start();

    // when
    InvokeResult result = lambda.invoke("imp", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.CRASHED);
    assertThat(result.errorType()).isEqualTo("Runtime.ImportModuleError");
    assertThat(result.errorMessage())
        .isEqualTo("Unable to import module 'main': No module named 'no_such_module'");
  }

  @Test
  void aMissingFunctionIsAnInitError() {
    // given
    lambda.write("missing/main.py", "def other(e, c):\n    return 1\n");
    lambda.function(fn("missing", "python3.11", "main.handler", "missing").build()).start();

    // when
    InvokeResult result = lambda.invoke("missing", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.CRASHED);
    assertThat(result.errorType()).isEqualTo("Runtime.HandlerNotFound");
    assertThat(result.errorMessage()).isEqualTo("Handler 'handler' missing on module 'main'");
  }

  @Test
  void aHangingFunctionTimesOutThenWorksAgain() {
    // given
    lambda.write(
        "sleepy/main.py",
        "import time\n"
            + "def handler(event, context):\n"
            + "    if event.get('sleep'):\n"
            + "        time.sleep(60)\n"
            + "    return 'up'\n");
    lambda
        .function(fn("sleepy", "python3.11", "main.handler", "sleepy").timeout(1).build())
        .start();

    // when
    InvokeResult timedOut = lambda.invoke("sleepy", "{\"sleep\":true}");
    InvokeResult after = lambda.invoke("sleepy", "{}");

    // then
    assertOutcome(timedOut).isEqualTo(Outcome.TIMEOUT);
    assertThat(timedOut.errorMessage()).isEqualTo("Task timed out after 1.00 seconds");
    assertThat(Harness.text(after)).isEqualTo("\"up\"");
  }

  @Test
  void theWarmProcessIsReused() {
    // given
    lambda.write("warm/main.py", "import os\ndef handler(e, c):\n    return os.getpid()\n");
    lambda.function(fn("warm", "python3.11", "main.handler", "warm").build()).start();

    // when
    InvokeResult cold = lambda.invoke("warm", "{}");
    InvokeResult warm = lambda.invoke("warm", "{}");

    // then
    assertThat(json(warm).asLong()).isEqualTo(json(cold).asLong());
  }
}
