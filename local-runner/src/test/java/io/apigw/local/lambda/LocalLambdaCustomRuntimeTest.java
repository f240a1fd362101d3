package io.apigw.local.lambda;

import static io.apigw.local.lambda.Harness.assertOutcome;
import static io.apigw.local.lambda.Harness.fn;
import static io.apigw.local.lambda.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.local.lambda.InvokeResult.Outcome;
import org.junit.jupiter.api.Test;

/** Custom runtimes: the function's own executable {@code bootstrap} speaks the Runtime API. */
class LocalLambdaCustomRuntimeTest extends LocalLambdaTestBase {
  /** A custom runtime as a user would write one: the loop of the Runtime API, in Python. */
  static final String PYTHON_RUNTIME =
      """
      #!/usr/bin/env python3
      import json, os, time, urllib.request
      base = 'http://%s/2018-06-01/runtime' % os.environ['AWS_LAMBDA_RUNTIME_API']

      def post(path, body, headers={}):
          request = urllib.request.Request(base + path, data=body, method='POST', headers=headers)
          with urllib.request.urlopen(request) as response:
              return response.status

      while True:
          with urllib.request.urlopen(base + '/invocation/next') as r:
              request_id = r.headers['Lambda-Runtime-Aws-Request-Id']
              deadline = int(r.headers['Lambda-Runtime-Deadline-Ms'])
              arn = r.headers['Lambda-Runtime-Invoked-Function-Arn']
              trace = r.headers['Lambda-Runtime-Trace-Id']
              event = json.loads(r.read())
          if event.get('fail'):
              error = {'errorMessage': 'custom failure', 'errorType': 'CustomError', 'stackTrace': []}
              post('/invocation/%s/error' % request_id, json.dumps(error).encode(),
                   {'Lambda-Runtime-Function-Error-Type': 'CustomError'})
              continue
          out = {'requestId': request_id, 'remaining': deadline - int(time.time() * 1000),
                 'arn': arn, 'trace': trace, 'handler': os.environ['_HANDLER'],
                 'exec': os.environ.get('AWS_EXECUTION_ENV'), 'pid': os.getpid()}
          status = post('/invocation/%s/response' % request_id, json.dumps(out).encode())
          print('response accepted with', status, flush=True)
      """;

  @Test
  void runsTheFunctionsOwnBootstrapWithTheRuntimeApiHeaders() {
    // given
    lambda.writeExecutable("custom/bootstrap", PYTHON_RUNTIME);
    lambda
        .function(fn("custom", "provided.al2023", "my.handler", "custom").timeout(5).build())
        .start();

    // when
    InvokeResult first = lambda.invoke("custom", "{}");
    InvokeResult second = lambda.invoke("custom", "{}");

    // then
    assertOutcome(first).isEqualTo(Outcome.OK);
    JsonNode r = json(first);
    assertThat(r.get("requestId").asText()).isEqualTo(lambda.startedRequestIds("custom").get(0));
    assertThat(r.get("remaining").asLong()).isBetween(4000L, 5000L);
    assertThat(r.get("arn").asText())
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:custom");
    assertThat(r.get("trace").asText())
        .matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0");
    assertThat(r.get("handler").asText()).isEqualTo("my.handler");
    assertThat(r.get("exec").isNull()).isTrue();
    assertThat(json(second).get("pid")).isEqualTo(r.get("pid"));
    assertThat(lambda.awaitLines(l -> l.equals("[custom] response accepted with 202")))
        .contains("[custom] response accepted with 202");
  }

  @Test
  void anErrorPostedByTheRuntimeIsAFunctionError() {
    // given
    lambda.writeExecutable("custom/bootstrap", PYTHON_RUNTIME);
    lambda.function(fn("custom", "provided", "h", "custom").build()).start();

    // when
    InvokeResult result = lambda.invoke("custom", "{\"fail\":true}");

    // then
    assertOutcome(result).isEqualTo(Outcome.FUNCTION_ERROR);
    assertThat(result.errorType()).isEqualTo("CustomError");
    assertThat(result.errorMessage()).isEqualTo("custom failure");
  }

  @Test
  void anInitErrorPostedByTheRuntimeIsACrashWithItsMessage() {
    // given
    lambda.writeExecutable(
        "init/bootstrap",
        """
        #!/usr/bin/env python3
        import json, os, urllib.request
        body = json.dumps({'errorMessage': 'config missing', 'errorType': 'Runtime.ConfigError'})
        request = urllib.request.Request(
            'http://%s/2018-06-01/runtime/init/error' % os.environ['AWS_LAMBDA_RUNTIME_API'],
            data=body.encode(), method='POST',
            headers={'Lambda-Runtime-Function-Error-Type': 'Runtime.ConfigError'})
        with urllib.request.urlopen(request) as response:
            print('init error accepted with', response.status, flush=True)
        """);
    lambda.function(fn("init", "provided.al2", "h", "init").build()).start();

    // when
    InvokeResult result = lambda.invoke("init", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.CRASHED);
    assertThat(result.errorType()).isEqualTo("Runtime.ConfigError");
    assertThat(result.errorMessage()).isEqualTo("config missing");
  }

  @Test
  void aMissingBootstrapIsACrash() {
    // given
    lambda.write("empty/readme.txt", "no bootstrap here");
    lambda.function(fn("empty", "provided.al2023", "h", "empty").build()).start();

    // when
    InvokeResult result = lambda.invoke("empty", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.CRASHED);
    assertThat(result.errorType()).isEqualTo("Runtime.InvalidEntrypoint");
    assertThat(result.errorMessage()).startsWith("Couldn't find valid bootstrap(s)");
  }

  @Test
  void aRuntimeApigwCannotRunIsACrashThatSaysSo() {
    // given
    lambda.write("rb/app.rb", "def handler(event:, context:) = 1\n");
    lambda.function(fn("rb", "ruby3.3", "app.handler", "rb").build()).start();

    // when
    InvokeResult result = lambda.invoke("rb", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.CRASHED);
    assertThat(result.errorType()).isEqualTo("Runtime.Unsupported");
    assertThat(result.errorMessage()).contains("ruby3.3");
  }
}
