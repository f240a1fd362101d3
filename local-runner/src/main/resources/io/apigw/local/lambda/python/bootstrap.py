# apigw's Python runtime: polls the Lambda Runtime API that apigw serves, as Lambda's own Python
# runtime does, and calls the "module.function" handler named by _HANDLER in LAMBDA_TASK_ROOT.
import decimal
import http.client
import importlib
import json
import logging
import os
import sys
import time
import traceback
import types

BASE = "/2018-06-01/runtime"
_host, _, _port = os.environ["AWS_LAMBDA_RUNTIME_API"].rpartition(":")
_connection = http.client.HTTPConnection(_host, int(_port))
_current_request_id = None


def _call(method, path, body=None, headers=None):
    global _connection
    for attempt in (1, 2):
        try:
            _connection.request(method, BASE + path, body=body, headers=headers or {})
            response = _connection.getresponse()
            return response.status, response.getheaders(), response.read()
        except (http.client.HTTPException, ConnectionError):
            # A keep-alive connection the server closed; one fresh try.
            _connection.close()
            _connection = http.client.HTTPConnection(_host, int(_port))
            if attempt == 2:
                raise


def _error_document(error_type, message, trace):
    return {"errorMessage": message, "errorType": error_type, "stackTrace": trace}


def _document_of(exc):
    trace = [line for line in traceback.format_list(traceback.extract_tb(exc.__traceback__))]
    return _error_document(type(exc).__name__, str(exc), trace)


def _post_error(path, document):
    _call(
        "POST",
        path,
        json.dumps(document).encode("utf-8"),
        {
            "Content-Type": "application/json",
            "Lambda-Runtime-Function-Error-Type": document["errorType"],
        },
    )


class _RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _current_request_id
        return True


def _configure_logging():
    # Lambda's Python runtime gives the root logger a handler in this format, so logger.info() prints.
    handler = logging.StreamHandler(sys.stdout)
    formatter = logging.Formatter(
        "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s",
        "%Y-%m-%dT%H:%M:%S",
    )
    formatter.converter = time.gmtime
    handler.setFormatter(formatter)
    handler.addFilter(_RequestIdFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


class _CognitoIdentity:
    def __init__(self, document):
        document = document or {}
        self.cognito_identity_id = document.get("cognitoIdentityId")
        self.cognito_identity_pool_id = document.get("cognitoIdentityPoolId")


class _ClientContext:
    def __init__(self, document):
        self.client = types.SimpleNamespace(**(document.get("client") or {}))
        self.custom = document.get("custom")
        self.env = document.get("env")


class LambdaContext:
    def __init__(self, headers):
        self.aws_request_id = headers.get("lambda-runtime-aws-request-id")
        self.invoked_function_arn = headers.get("lambda-runtime-invoked-function-arn")
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self._deadline_ms = int(headers.get("lambda-runtime-deadline-ms", "0"))
        identity = _json_or_none(headers.get("lambda-runtime-cognito-identity"))
        self.identity = _CognitoIdentity(identity) if identity else None
        client_context = _json_or_none(headers.get("lambda-runtime-client-context"))
        self.client_context = _ClientContext(client_context) if client_context else None

    def get_remaining_time_in_millis(self):
        return max(0, self._deadline_ms - int(time.time() * 1000))


def _json_or_none(text):
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _decimal_default(value):
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError("Object of type %s is not JSON serializable" % type(value).__name__)


class _InitError(Exception):
    def __init__(self, error_type, message):
        super().__init__(message)
        self.error_type = error_type


def _load_handler():
    spec = os.environ.get("_HANDLER", "")
    try:
        module_name, function_name = spec.rsplit(".", 1)
    except ValueError as e:
        raise _InitError("Runtime.MalformedHandlerName", "Bad handler '%s': %s" % (spec, e))
    module_name = module_name.replace("/", ".")
    try:
        module = importlib.import_module(module_name)
    except SyntaxError as e:
        raise _InitError("Runtime.UserCodeSyntaxError", "Syntax error in module '%s': %s" % (module_name, e))
    except ImportError as e:
        raise _InitError("Runtime.ImportModuleError", "Unable to import module '%s': %s" % (module_name, e))
    handler = getattr(module, function_name, None)
    if handler is None:
        raise _InitError(
            "Runtime.HandlerNotFound", "Handler '%s' missing on module '%s'" % (function_name, module_name)
        )
    return handler


def main():
    global _current_request_id
    task_root = os.environ["LAMBDA_TASK_ROOT"]
    # The bootstrap's own folder must not shadow the user's modules.
    sys.path = [task_root] + [p for p in sys.path if p != os.path.dirname(os.path.abspath(__file__))]
    _configure_logging()
    try:
        handler = _load_handler()
    except _InitError as e:
        _post_error("/init/error", _error_document(e.error_type, str(e), []))
        sys.exit(1)
    except Exception as e:
        _post_error("/init/error", _document_of(e))
        sys.exit(1)

    while True:
        status, headers, body = _call("GET", "/invocation/next")
        if status != 200:
            print("Runtime API answered %d to /next: %r" % (status, body), file=sys.stderr)
            sys.exit(1)
        headers = {k.lower(): v for k, v in headers}
        request_id = headers["lambda-runtime-aws-request-id"]
        _current_request_id = request_id
        if "lambda-runtime-trace-id" in headers:
            os.environ["_X_AMZN_TRACE_ID"] = headers["lambda-runtime-trace-id"]
        else:
            os.environ.pop("_X_AMZN_TRACE_ID", None)
        try:
            event = json.loads(body) if body else None
            result = handler(event, LambdaContext(headers))
        except Exception as e:
            _post_error("/invocation/%s/error" % request_id, _document_of(e))
        else:
            try:
                payload = json.dumps(result, default=_decimal_default).encode("utf-8")
            except (TypeError, ValueError) as e:
                _post_error(
                    "/invocation/%s/error" % request_id,
                    _error_document("Runtime.MarshalError", "Unable to marshal response: %s" % e, []),
                )
            else:
                _call(
                    "POST",
                    "/invocation/%s/response" % request_id,
                    payload,
                    {"Content-Type": "application/json"},
                )
        _current_request_id = None


if __name__ == "__main__":
    main()
