import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createBundledValidator, type Validator } from "@deepseek-openapi/spec";
import type { IHttpRequest } from "@stoplight/prism-http";
import { basePaths, stripBasePath } from "./base-paths.js";
import { chooseAnswer, UnknownPreference } from "./choose-answer.js";
import { type ErrorResponse, errorResponse } from "./error-response.js";
import { defaultPaceMs, writeEventStream } from "./event-stream.js";
import { parsePrefer } from "./prefer.js";
import { loadPrism, type PrismEngine, type PrismOperation, PrismRefusal } from "./prism.js";
import type { RequestBody } from "./rules.js";

export interface MockOptions {
  /** The TCP port; 0 (the default) asks the OS for a free one. */
  readonly port?: number;
  /** The interface to listen on; `127.0.0.1` by default. */
  readonly host?: string;
  /** Milliseconds between two events of a stream; {@link defaultPaceMs} by default. */
  readonly pace?: number;
  /** Called when an exchange ends: answered in full, or closed by the client. */
  readonly onExchange?: (exchange: MockExchange) => void;
}

/** One request and how its answer ended. */
export interface MockExchange {
  readonly method: string;
  /** The path as requested, with its base path (`/beta/completions`). */
  readonly path: string;
  readonly operationId?: string;
  readonly status: number;
  /** The spec's named example the mock asked Prism for, if any. */
  readonly example?: string;
  readonly stream: boolean;
  /** `aborted` when the client closed the connection before the answer was written in full. */
  readonly outcome: "completed" | "aborted";
}

export interface RunningMock {
  /** `http://127.0.0.1:PORT`: the base URL of DeepSeek's root server; `/v1` and `/beta` under it work too. */
  readonly url: string;
  readonly port: number;
  /** Every exchange so far, in the order they ended. */
  readonly exchanges: readonly MockExchange[];
  /** Stops listening and closes every open connection; safe to call more than once. */
  close(): Promise<void>;
}

/** The port is taken, or the host cannot be listened on. */
export class MockListenError extends Error {
  override readonly name = "MockListenError";
}

const bodyLimitBytes = 10 * 1024 * 1024;
const json = "application/json";

/**
 * Starts the mock: Prism's mocker on the bundled spec behind a front that negotiates, chooses examples, serves every
 * base path and streams as DeepSeek does.
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const { port = 0, host = "127.0.0.1", pace = defaultPaceMs } = options;
  const prism = await loadPrism();
  const context: Context = {
    prism,
    bases: basePaths(prism.operations),
    validator: createBundledValidator(),
    pace,
  };
  const exchanges: MockExchange[] = [];
  const server = createServer((request, response) => {
    void handle(context, request, response).then(
      (exchange) => {
        exchanges.push(exchange);
        options.onExchange?.(exchange);
      },
      () => response.destroy(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(listenError(error, host, port)));
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`,
    port: address.port,
    exchanges,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): MockListenError {
  const why = error.code === "EADDRINUSE" ? "the port is already in use" : error.message;
  return new MockListenError(`cannot listen on ${host}:${port}: ${why}`);
}

interface Context {
  readonly prism: PrismEngine;
  readonly bases: readonly string[];
  readonly validator: Validator;
  readonly pace: number;
}

async function handle(
  context: Context,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<MockExchange> {
  const method = (request.method ?? "GET").toLowerCase();
  const url = new URL(request.url ?? "/", "http://mock");
  const seen = { method: method.toUpperCase(), path: url.pathname, stream: false };
  const finish = async (status: number, body: unknown, headers: Record<string, string> = {}) => ({
    ...seen,
    status,
    outcome: await send(response, status, body, headers),
  });

  response.setHeader("access-control-allow-origin", request.headers.origin ?? "*");
  if (method === "options") {
    response.setHeader(
      "access-control-allow-headers",
      request.headers["access-control-request-headers"] ?? "*",
    );
    response.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
    return finish(204, undefined);
  }
  const read = await readJsonBody(request);
  if ("error" in read) return finish(read.status, read.error);

  const path = stripBasePath(url.pathname, context.bases);
  const operation = context.prism.operations.find((o) => o.method === method && o.path === path);
  const prismRequest: IHttpRequest = {
    method: method as IHttpRequest["method"],
    url: { path, query: Object.fromEntries(url.searchParams) },
    // The body was read as JSON whatever its content-type said (`curl -d` sends a form type).
    headers: {
      ...(request.headers as Record<string, string>),
      ...(read.body === undefined ? {} : { "content-type": json }),
    },
    ...(read.body === undefined ? {} : { body: read.body }),
  };
  const body: RequestBody = isObject(read.body) ? read.body : {};
  try {
    const choice = operation
      ? chooseAnswer(operation, body, parsePrefer(request.headers.prefer?.toString()))
      : { mediaType: json };
    const { output, inputViolations } = await context.prism.answer(prismRequest, choice);
    const headers = Object.fromEntries(
      Object.entries(output.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    );
    const exchange = {
      ...seen,
      ...(operation ? { operationId: operation.iid } : {}),
      ...(choice.exampleKey && output.statusCode === (choice.code ?? 200)
        ? { example: choice.exampleKey }
        : {}),
    };
    if (inputViolations.length > 0 && (output.statusCode === 400 || output.statusCode === 422) && operation) {
      const invalid = describeInvalidBody(context.validator, operation, read.body, inputViolations);
      return {
        ...exchange,
        status: output.statusCode,
        outcome: await send(response, output.statusCode, invalid, headers),
      };
    }
    if (headers["content-type"]?.startsWith("text/event-stream") && typeof output.body === "string") {
      response.writeHead(output.statusCode, {
        ...headers,
        "cache-control": "no-cache",
        connection: "keep-alive",
      });
      const outcome = await writeEventStream(response, output.body, context.pace);
      return { ...exchange, stream: true, status: output.statusCode, outcome };
    }
    return {
      ...exchange,
      status: output.statusCode,
      outcome: await send(response, output.statusCode, output.body, headers),
    };
  } catch (error) {
    if (error instanceof UnknownPreference) return finish(400, errorResponse(error.message));
    if (error instanceof PrismRefusal && error.status === 404) {
      return finish(
        404,
        errorResponse(`No such endpoint: ${seen.method} ${url.pathname}. ${served(context)}`),
      );
    }
    if (error instanceof PrismRefusal) return finish(error.status, errorResponse(error.message));
    throw error;
  }
}

type ReadBody = { body: unknown } | { status: number; error: ErrorResponse };

/** The request's JSON body (undefined when it has none), or the 400 a body that is not JSON gets at once. */
async function readJsonBody(request: IncomingMessage): Promise<ReadBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > bodyLimitBytes) {
      return { status: 413, error: errorResponse(`The request body is larger than ${bodyLimitBytes} bytes`) };
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return { body: undefined };
  try {
    return { body: JSON.parse(text) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { status: 400, error: errorResponse(`Failed to parse the request body as JSON: ${why}`) };
  }
}

/**
 * The `ErrorResponse` for a body Prism found invalid, naming the fields: the spec's validator words it (which field,
 * what was expected); Prism's own words stand in where it finds nothing.
 */
function describeInvalidBody(
  validator: Validator,
  operation: PrismOperation,
  body: unknown,
  violations: readonly { readonly path?: readonly string[]; readonly message: string }[],
): ErrorResponse {
  const result = body === undefined ? undefined : validator.validateRequest(operation.iid ?? "", body);
  if (result && !result.valid) {
    const described = result.issues.map((issue) => `${issue.path} ${issue.message}`).join("; ");
    return errorResponse(`Invalid request body: ${described}`, result.issues[0]?.path ?? null);
  }
  const first = violations[0];
  const param = first?.path?.slice(1).join(".") || null;
  return errorResponse(`Invalid request: ${violations.map((v) => v.message).join("; ")}`, param);
}

async function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
): Promise<"completed" | "aborted"> {
  const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
  const type = headers["content-type"] ?? (typeof body === "string" ? "text/plain" : json);
  response.writeHead(status, {
    ...headers,
    ...(body === undefined ? {} : { "content-type": type }),
    "content-length": Buffer.byteLength(text),
  });
  return new Promise((resolve) => {
    response.once("finish", () => resolve("completed"));
    response.once("close", () => resolve("aborted"));
    response.end(text);
  });
}

/** What the mock serves, for the answer to a request it has no route for. */
function served({ prism, bases }: Context): string {
  const routes = prism.operations.map((o) => `${o.method.toUpperCase()} ${o.path}`).join(", ");
  const under = bases.map((b) => b || "/").join(", ");
  return `The mock serves ${routes}, under ${under}.`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
