import type { IncomingMessage, ServerResponse } from "node:http";
import type { ValidationResult, Validator } from "@deepseek-openapi/spec";
import type { IHttpRequest, IHttpResponse } from "@stoplight/prism-http";
import { stripBasePath } from "./base-paths.js";
import { chooseAnswer, UnknownPreference } from "./choose-answer.js";
import { type ErrorResponse, errorResponse } from "./error-response.js";
import { writeEventStream } from "./event-stream.js";
import { parsePrefer } from "./prefer.js";
import {
  type AnswerChoice,
  type PrismAnswer,
  type PrismEngine,
  type PrismOperation,
  PrismRefusal,
} from "./prism.js";
import { type RequestRead, readBody } from "./read-body.js";
import { operationFor } from "./route.js";
import type { RequestBody } from "./rules.js";
import { type Outcome, send } from "./send.js";

/** One request and how its answer ended. */
export interface MockExchange {
  readonly method: string;
  /** The path as requested, with its base path (`/beta/completions`). */
  readonly path: string;
  readonly operationId?: string;
  readonly status: number;
  /** The spec's named example the mock answered with, if any. */
  readonly example?: string;
  readonly stream: boolean;
  /** `aborted` when the client closed the connection before the answer was written in full. */
  readonly outcome: Outcome;
}

export interface MockContext {
  readonly prism: PrismEngine;
  /** {@link basePaths} of the spec. */
  readonly bases: readonly string[];
  readonly validator: Validator;
  readonly paceMs: number;
}

type Violations = PrismAnswer["inputViolations"];

/** Answers one request, never with a hang or a stack trace: an error of the mock itself is a 500 ErrorResponse. */
export async function handleRequest(
  context: MockContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<MockExchange> {
  const url = new URL(request.url ?? "/", "http://mock");
  const seen = { method: request.method ?? "GET", path: url.pathname, stream: false };
  try {
    return { ...seen, ...(await answer(context, request, response, url)) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (response.headersSent) {
      response.destroy();
      return { ...seen, status: response.statusCode, outcome: "aborted" };
    }
    return {
      ...seen,
      status: 500,
      outcome: await send(response, 500, errorResponse(`The mock failed: ${why}`)),
    };
  }
}

type Answered = Omit<MockExchange, "method" | "path" | "stream"> & { stream?: boolean };

async function answer(
  context: MockContext,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<Answered> {
  const method = (request.method ?? "GET").toLowerCase();
  response.setHeader("access-control-allow-origin", request.headers.origin ?? "*");
  if (method === "options") return answerPreflight(context, request, response);
  const read = await readBody(request);
  if ("error" in read) return { status: read.status, outcome: await send(response, read.status, read.error) };

  const path = stripBasePath(url.pathname, context.bases);
  const operation = operationFor(context.prism.operations, method, path);
  let choice: AnswerChoice;
  try {
    const body: RequestBody = isObject(read.body) ? read.body : {};
    choice = operation
      ? chooseAnswer(operation, body, parsePrefer(request.headers.prefer?.toString()))
      : { mediaType: "application/json" };
  } catch (error) {
    if (!(error instanceof UnknownPreference)) throw error;
    return { status: 400, outcome: await send(response, 400, errorResponse(error.message)) };
  }
  const prismRequest: IHttpRequest = {
    method: method as IHttpRequest["method"],
    url: { path, query: Object.fromEntries(url.searchParams) },
    headers: {
      ...(request.headers as Record<string, string>),
      ...(read.prism ? { "content-type": read.prism.contentType } : {}),
    },
    ...(read.prism ? { body: read.prism.body } : {}),
  };
  try {
    const answered = await context.prism.answer(prismRequest, choice);
    const output = operation
      ? refuseWhatTheSpecRefuses(context.validator, operation, read, answered)
      : answered.output;
    return {
      ...(operation?.iid ? { operationId: operation.iid } : {}),
      ...(choice.exampleKey && output === answered.output && output.statusCode === choice.code
        ? { example: choice.exampleKey }
        : {}),
      ...(await writeOutput(context, response, output)),
    };
  } catch (error) {
    if (!(error instanceof PrismRefusal)) throw error;
    const message =
      error.status === 404
        ? `No such endpoint: ${request.method} ${url.pathname}. ${served(context)}`
        : error.message;
    return { status: error.status, outcome: await send(response, error.status, errorResponse(message)) };
  }
}

/** Writes Prism's answer: an event stream event by event, anything else whole. */
async function writeOutput(
  context: MockContext,
  response: ServerResponse,
  output: IHttpResponse,
): Promise<{ status: number; stream: boolean; outcome: Outcome }> {
  const headers = Object.fromEntries(
    Object.entries(output.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const status = output.statusCode;
  if (headers["content-type"]?.startsWith("text/event-stream") && typeof output.body === "string") {
    response.writeHead(status, { ...headers, "cache-control": "no-cache", connection: "keep-alive" });
    return { status, stream: true, outcome: await writeEventStream(response, output.body, context.paceMs) };
  }
  return { status, stream: false, outcome: await send(response, status, output.body, headers) };
}

/** Lets browser apps call the mock from another origin, with every method of the spec's operations. */
async function answerPreflight(
  { prism }: MockContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<Answered> {
  response.setHeader(
    "access-control-allow-headers",
    request.headers["access-control-request-headers"] ?? "*",
  );
  const methods = new Set([
    ...prism.operations.map((operation) => operation.method.toUpperCase()),
    "OPTIONS",
  ]);
  response.setHeader("access-control-allow-methods", [...methods].join(", "));
  return { status: 204, outcome: await send(response, 204, undefined) };
}

/**
 * Prism's answer, or the error for a body it should have refused: one it found invalid (worded by the spec's
 * validator), or one it let through that the spec's own validator refuses (Prism does not check
 * `dependentRequired`). Such a body gets the status Prism gives invalid bodies: 422 where the operation declares it,
 * else 400.
 */
function refuseWhatTheSpecRefuses(
  validator: Validator,
  operation: PrismOperation,
  read: RequestRead,
  { output, inputViolations }: PrismAnswer,
): IHttpResponse {
  if (inputViolations.length > 0)
    return output.statusCode === 400 || output.statusCode === 422
      ? { ...output, body: describeInvalidBody(validator, operation, read, inputViolations) }
      : output;
  if (output.statusCode < 200 || output.statusCode > 299) return output;
  const result = validateBody(validator, operation, read);
  if (!result || result.valid) return output;
  const status = operation.responses.some((each) => each.code === "422") ? 422 : 400;
  return {
    statusCode: status,
    headers: { "content-type": "application/json" },
    body: invalidBodyError(result.issues),
  };
}

/** What the spec's validator says of the body as read, in its media type; nothing for a request without one. */
function validateBody(
  validator: Validator,
  operation: PrismOperation,
  { body, prism }: RequestRead,
): ValidationResult | undefined {
  if (body === undefined || !prism) return undefined;
  return validator.validateRequest(operation.iid ?? "", body, prism.contentType.split(";")[0]);
}

/** The `ErrorResponse` naming each field the spec's validator found wrong; `param` is the first. */
function invalidBodyError(issues: readonly { path: string; message: string }[]): ErrorResponse {
  const described = issues.map((issue) => `${issue.path} ${issue.message}`).join("; ");
  return errorResponse(`Invalid request body: ${described}`, issues[0]?.path ?? null);
}

/**
 * The `ErrorResponse` for a body Prism found invalid, naming the fields: the spec's validator words it (which field,
 * what was expected); Prism's own words stand in where it finds nothing (no body at all).
 */
function describeInvalidBody(
  validator: Validator,
  operation: PrismOperation,
  read: RequestRead,
  violations: Violations,
): ErrorResponse {
  const result = validateBody(validator, operation, read);
  if (result && !result.valid) return invalidBodyError(result.issues);
  const param = violations[0]?.path?.slice(1).join(".") || null;
  return errorResponse(`Invalid request: ${violations.map((v) => v.message).join("; ")}`, param);
}

/** What the mock serves, for the answer to a request it has no route for. */
function served({ prism, bases }: MockContext): string {
  const routes = prism.operations.map((o) => `${o.method.toUpperCase()} ${o.path}`).join(", ");
  return `The mock serves ${routes}, under ${bases.map((b) => b || "/").join(", ")}.`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
