// apigw's Node.js runtime: polls the Lambda Runtime API that apigw serves, as Lambda's own Node.js
// runtime does, and calls the handler named by _HANDLER in LAMBDA_TASK_ROOT. An ES module itself, so
// that import() loads both CommonJS and ES-module handlers the way Node decides for each file.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import util from "node:util";
import { pathToFileURL } from "node:url";

const API = process.env.AWS_LAMBDA_RUNTIME_API;
const BASE = "/2018-06-01/runtime";
const colon = API.lastIndexOf(":");
const host = API.slice(0, colon);
const port = Number(API.slice(colon + 1));

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

// The Runtime API over one persistent connection, in plain HTTP/1.1: a request is one write, and an
// answer is read straight off the socket. Node's http client costs a runtime that does nothing else
// several times the work of the invocation itself. Requests may be pipelined (HTTP/1.1 answers them
// in order): the loop asks for the next event in the same write as it posts a response.
const CRLF2 = Buffer.from("\r\n\r\n");
let socket;
const waiting = []; // { resolve, reject } of each request under way, in order
let chunks = []; // bytes read and not yet consumed
let buffered = 0;
let needed = 0; // bytes the answer under way needs in all, once its head is read

function connection() {
  if (socket && !socket.destroyed) return socket;
  chunks = [];
  buffered = 0;
  needed = 0;
  const s = net.connect({ host, port });
  s.setNoDelay(true);
  s.on("data", (chunk) => {
    if (socket !== s) return;
    chunks.push(chunk);
    buffered += chunk.length;
    if (buffered >= needed) while (parse());
  });
  const lost = (err) => {
    if (socket !== s) return;
    socket = undefined;
    for (const w of waiting.splice(0)) w.reject(err ?? new Error("the Runtime API closed the connection"));
  };
  s.on("error", lost);
  s.on("close", () => lost());
  socket = s;
  return s;
}

// Takes one whole answer off what was read, once it has all arrived (Content-Length or chunked);
// true when it took one.
function parse() {
  if (waiting.length === 0 || buffered === 0) return false;
  if (chunks.length > 1) chunks = [Buffer.concat(chunks, buffered)];
  const input = chunks[0];
  const end = input.indexOf(CRLF2);
  if (end < 0) return false;
  const lines = input.toString("latin1", 0, end).split("\r\n");
  const status = Number(lines[0].slice(9, 12));
  const headers = {};
  for (let i = 1; i < lines.length; i++) {
    const c = lines[i].indexOf(":");
    if (c <= 0) continue;
    const name = lines[i].slice(0, c).trim().toLowerCase();
    const value = lines[i].slice(c + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  let body;
  let consumed;
  const start = end + 4;
  if (/\bchunked\b/i.test(headers["transfer-encoding"] ?? "")) {
    const parts = [];
    let at = start;
    for (;;) {
      const eol = input.indexOf("\r\n", at);
      if (eol < 0) return false;
      const size = parseInt(input.toString("latin1", at, eol), 16);
      if (Number.isNaN(size)) throw new Error("bad chunk size from the Runtime API");
      if (size === 0) {
        const trailerEnd = input.indexOf(CRLF2, eol);
        if (trailerEnd < 0) return false;
        consumed = trailerEnd + 4;
        break;
      }
      if (input.length < eol + 2 + size + 2) return false;
      parts.push(input.subarray(eol + 2, eol + 2 + size));
      at = eol + 2 + size + 2;
    }
    body = Buffer.concat(parts);
  } else {
    consumed = start + Number(headers["content-length"] ?? 0);
    if (input.length < consumed) {
      needed = consumed;
      return false;
    }
    body = input.subarray(start, consumed);
  }
  needed = 0;
  chunks = consumed < input.length ? [input.subarray(consumed)] : [];
  buffered = input.length - consumed;
  const w = waiting.shift();
  if ((headers.connection ?? "").toLowerCase() === "close") {
    const s = socket;
    socket = undefined;
    s.destroy();
    for (const later of waiting.splice(0)) later.reject(new Error("the Runtime API closed the connection"));
  }
  w.resolve({ status, headers, body });
  return true;
}

function call(method, urlPath, body, headers = {}) {
  return new Promise((resolve, reject) => {
    let head = `${method} ${BASE}${urlPath} HTTP/1.1\r\nHost: ${API}\r\n`;
    for (const name in headers) head += `${name}: ${headers[name]}\r\n`;
    if (body !== undefined) head += `Content-Length: ${Buffer.byteLength(body)}\r\n`;
    waiting.push({ resolve, reject });
    connection().write(body === undefined ? head + "\r\n" : head + "\r\n" + body);
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

// A handler whose promise never settles must not leave an empty event loop: Node would exit.
setInterval(() => {}, 1 << 30);

let asked = call("GET", "/invocation/next");
for (;;) {
  const next = await asked;
  if (next.status !== 200) {
    console.error(`Runtime API answered ${next.status} to /next: ${next.body}`);
    process.exit(1);
  }
  const id = next.headers["lambda-runtime-aws-request-id"];
  currentRequestId = id;
  if (next.headers["lambda-runtime-trace-id"]) process.env._X_AMZN_TRACE_ID = next.headers["lambda-runtime-trace-id"];
  else delete process.env._X_AMZN_TRACE_ID;
  let body;
  let failure;
  try {
    const event = JSON.parse(next.body.toString("utf8"));
    const result = await run(handler, event, contextFor(next.headers));
    body = JSON.stringify(result === undefined ? null : result);
  } catch (e) {
    failure = e ?? new Error("undefined");
  }
  const posted =
    failure === undefined
      ? call("POST", `/invocation/${id}/response`, body, { "Content-Type": "application/json" })
      : postError(`/invocation/${id}/error`, failure);
  asked = call("GET", "/invocation/next");
  asked.catch(() => {}); // awaited at the top of the loop; a lost connection fails the post first
  await posted;
  currentRequestId = undefined;
}
