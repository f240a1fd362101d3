// apigw's Node.js runtime: polls the Lambda Runtime API that apigw serves, as Lambda's own Node.js
// runtime does, and calls the handler named by _HANDLER in LAMBDA_TASK_ROOT. An ES module itself, so
// that import() loads both CommonJS and ES-module handlers the way Node decides for each file.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import util from "node:util";
import { pathToFileURL } from "node:url";

const API = process.env.AWS_LAMBDA_RUNTIME_API;
const BASE = "/2018-06-01/runtime";
const colon = API.lastIndexOf(":");
const host = API.slice(0, colon);
const port = Number(API.slice(colon + 1));
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

let currentRequestId;

// Lambda's Node.js runtime writes console output as "time\trequestId\tLEVEL\tmessage".
for (const [method, level] of [
  ["log", "INFO"],
  ["info", "INFO"],
  ["warn", "WARN"],
  ["error", "ERROR"],
  ["debug", "DEBUG"],
  ["trace", "TRACE"],
]) {
  console[method] = (...args) => {
    process.stdout.write(
      `${new Date().toISOString()}\t${currentRequestId ?? "undefined"}\t${level}\t${util.format(...args)}\n`,
    );
  };
}

function call(method, urlPath, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(body);
    const req = http.request(
      {
        host,
        port,
        method,
        path: BASE + urlPath,
        agent,
        headers: data ? { ...headers, "Content-Length": data.length } : headers,
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

class RuntimeError extends Error {
  constructor(name, message) {
    super(message);
    this.name = name;
  }
}

function errorDocument(err) {
  if (err instanceof Error) {
    const stack = typeof err.stack === "string" ? err.stack.split("\n").slice(1).map((l) => l.trim()) : [];
    return { errorType: err.name, errorMessage: err.message, stackTrace: stack };
  }
  if (typeof err === "string") return { errorType: "string", errorMessage: err, stackTrace: [] };
  let message;
  try {
    message = JSON.stringify(err);
  } catch {
    message = String(err);
  }
  return { errorType: typeof err, errorMessage: message, stackTrace: [] };
}

async function postError(urlPath, err) {
  const doc = errorDocument(err);
  await call("POST", urlPath, JSON.stringify(doc), {
    "Content-Type": "application/json",
    "Lambda-Runtime-Function-Error-Type": doc.errorType,
  });
}

async function loadHandler() {
  const spec = process.env._HANDLER ?? "";
  const slash = spec.lastIndexOf("/");
  const dir = spec.slice(0, slash + 1);
  const rest = spec.slice(slash + 1);
  const dot = rest.indexOf(".");
  if (dot <= 0 || dot === rest.length - 1) {
    throw new RuntimeError("Runtime.MalformedHandlerName", "Bad handler");
  }
  const moduleName = rest.slice(0, dot);
  const functionPath = rest.slice(dot + 1);
  const base = path.resolve(process.env.LAMBDA_TASK_ROOT, dir, moduleName);
  const file = [".js", ".mjs", ".cjs"].map((ext) => base + ext).find((f) => fs.existsSync(f));
  if (!file) {
    throw new RuntimeError("Runtime.ImportModuleError", `Error: Cannot find module '${dir}${moduleName}'`);
  }
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (e) {
    if (e instanceof SyntaxError) throw new RuntimeError("Runtime.UserCodeSyntaxError", `${e.name}: ${e.message}`);
    throw e;
  }
  const find = (root) => functionPath.split(".").reduce((o, key) => (o == null ? undefined : o[key]), root);
  const handler = find(mod) ?? find(mod.default);
  if (typeof handler !== "function") {
    throw new RuntimeError("Runtime.HandlerNotFound", `${dir}${moduleName}.${functionPath} is undefined or not exported`);
  }
  return handler;
}

// Settles on whichever comes first: the callback, or the promise an async handler returns.
function run(handler, event, context) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const callback = (err, result) => {
      if (settled) return;
      settled = true;
      if (err !== undefined && err !== null) reject(err);
      else resolve(result);
    };
    context.done = callback;
    context.succeed = (result) => callback(null, result);
    context.fail = (err) => callback(err ?? "handled");
    let returned;
    try {
      returned = handler(event, context, callback);
    } catch (e) {
      callback(e);
      return;
    }
    if (returned && typeof returned.then === "function") {
      returned.then(
        (v) => callback(null, v),
        (e) => callback(e ?? new Error("Promise rejected without a reason")),
      );
    } else if (handler.length < 3) {
      callback(null, returned);
    }
  });
}

function contextFor(headers) {
  const deadline = Number(headers["lambda-runtime-deadline-ms"]);
  const parse = (value) => {
    if (!value) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return undefined;
    }
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: headers["lambda-runtime-invoked-function-arn"],
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: headers["lambda-runtime-aws-request-id"],
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    identity: parse(headers["lambda-runtime-cognito-identity"]),
    clientContext: parse(headers["lambda-runtime-client-context"]),
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}

async function failAndExit(err) {
  try {
    if (currentRequestId) await postError(`/invocation/${currentRequestId}/error`, err);
    else await postError("/init/error", err);
  } finally {
    process.exit(128);
  }
}

process.on("uncaughtException", (err) => failAndExit(err));
process.on("unhandledRejection", (reason) => {
  const err = new RuntimeError("Runtime.UnhandledPromiseRejection", errorDocument(reason).errorMessage);
  failAndExit(err);
});

let handler;
try {
  handler = await loadHandler();
} catch (e) {
  await postError("/init/error", e);
  process.exit(129);
}

for (;;) {
  const next = await call("GET", "/invocation/next");
  if (next.status !== 200) {
    console.error(`Runtime API answered ${next.status} to /next: ${next.body}`);
    process.exit(1);
  }
  const id = next.headers["lambda-runtime-aws-request-id"];
  currentRequestId = id;
  if (next.headers["lambda-runtime-trace-id"]) process.env._X_AMZN_TRACE_ID = next.headers["lambda-runtime-trace-id"];
  else delete process.env._X_AMZN_TRACE_ID;
  // A handler whose promise never settles would otherwise leave an empty event loop, and Node exits.
  const keepAlive = setInterval(() => {}, 1 << 30);
  let body;
  let failure;
  try {
    const event = JSON.parse(next.body.toString("utf8"));
    const result = await run(handler, event, contextFor(next.headers));
    body = JSON.stringify(result === undefined ? null : result);
  } catch (e) {
    failure = e ?? new Error("undefined");
  } finally {
    clearInterval(keepAlive);
  }
  if (failure === undefined) {
    await call("POST", `/invocation/${id}/response`, body, { "Content-Type": "application/json" });
  } else {
    await postError(`/invocation/${id}/error`, failure);
  }
  currentRequestId = undefined;
}
