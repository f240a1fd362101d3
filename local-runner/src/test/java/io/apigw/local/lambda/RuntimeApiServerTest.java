package io.apigw.local.lambda;

import static io.apigw.local.lambda.Harness.assertOutcome;
import static io.apigw.local.lambda.Harness.fn;
import static io.apigw.local.lambda.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigw.local.lambda.InvokeResult.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Runtime API's answers to calls a runtime should not make, seen by a custom runtime that makes
 * them and reports the status codes it got.
 */
class RuntimeApiServerTest extends LocalLambdaTestBase {
  private static final String PROBING_RUNTIME =
      """
      #!/usr/bin/env python3
      import json, os, urllib.request, urllib.error
      base = 'http://%s/2018-06-01/runtime' % os.environ['AWS_LAMBDA_RUNTIME_API']

      def call(method, path, body=None):
          request = urllib.request.Request(base + path, data=body, method=method)
          try:
              with urllib.request.urlopen(request) as response:
                  return response.status, json.loads(response.read() or b'null')
          except urllib.error.HTTPError as e:
              return e.code, json.loads(e.read() or b'null')

      while True:
          with urllib.request.urlopen(base + '/invocation/next') as r:
              request_id = r.headers['Lambda-Runtime-Aws-Request-Id']
              event = json.loads(r.read())
          if event.get('big'):
              status, body = call('POST', '/invocation/%s/response' % request_id, b'x' * (7 * 1024 * 1024))
              print('big response', status, body['errorType'], flush=True)
              continue
          seen = {
              'unknownId': call('POST', '/invocation/not-a-request/response', b'{}'),
              'initErrorLate': call('POST', '/init/error', b'{}'),
              'unknownPath': call('GET', '/nothing-here'),
              'wrongMethod': call('POST', '/invocation/next', b'{}'),
          }
          status, _ = call('POST', '/invocation/%s/response' % request_id, json.dumps(seen).encode())
          again, body = call('POST', '/invocation/%s/response' % request_id, b'{}')
          print('first', status, 'again', again, body['errorType'], flush=True)
      """;

  @BeforeEach
  void probe() {
    lambda.writeExecutable("probe/bootstrap", PROBING_RUNTIME);
    lambda.function(fn("probe", "provided.al2023", "h", "probe").build()).start();
  }

  @Test
  void answersWrongCallsWithLambdasStatusCodesAndErrorTypes() throws Exception {
    // when
    InvokeResult result = lambda.invoke("probe", "{}");

    // then
    assertOutcome(result).isEqualTo(Outcome.OK);
    JsonNode seen = json(result);
    assertThat(seen.get("unknownId").get(0).asInt()).isEqualTo(400);
    assertThat(seen.get("unknownId").get(1).get("errorType").asText())
        .isEqualTo("InvalidRequestID");
    assertThat(seen.get("initErrorLate").get(0).asInt()).isEqualTo(403);
    assertThat(seen.get("initErrorLate").get(1).get("errorType").asText())
        .isEqualTo("InvalidStateTransition");
    assertThat(seen.get("unknownPath").get(0).asInt()).isEqualTo(404);
    assertThat(seen.get("wrongMethod").get(0).asInt()).isEqualTo(405);
    awaitLine("[probe] first 202 again 403 InvalidStateTransition");
  }

  @Test
  void aResponseOverSixMegabytesIsRefusedAndTheInvocationFails() throws Exception {
    // when
    InvokeResult result = lambda.invoke("probe", "{\"big\":true}");

    // then
    assertOutcome(result).isEqualTo(Outcome.FUNCTION_ERROR);
    assertThat(result.errorType()).isEqualTo("Function.ResponseSizeTooLarge");
    assertThat(result.errorMessage())
        .isEqualTo("Response payload size exceeded maximum allowed payload size (6291456 bytes).");
    awaitLine("[probe] big response 413 RequestEntityTooLarge");
    assertOutcome(lambda.invoke("probe", "{}")).isEqualTo(Outcome.OK);
  }

  private void awaitLine(String line) throws InterruptedException {
    for (int i = 0; i < 500 && !lambda.lines.contains(line); i++) {
      Thread.sleep(10);
    }
    assertThat(lambda.lines).contains(line);
  }
}
