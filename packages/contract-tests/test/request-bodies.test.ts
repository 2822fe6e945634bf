import {
  componentExample,
  createValidator,
  loadBundledSpec,
  type OpenApiDocument,
} from "@deepseek-openapi/spec";
import { describe, expect, it } from "vitest";
import type { Check } from "../src/checks/check.js";
import { allChecks } from "../src/checks/index.js";
import { invalidRequestChecks } from "../src/checks/invalid-requests.js";
import { simpleChat } from "../src/checks/requests.js";
import type { ApiRequest, ApiResponse } from "../src/http.js";
import { specValidator } from "../src/validation.js";
import { recordingContext } from "./helpers/context.js";

/**
 * The request bodies the checks send are written by hand; nothing but this file holds them to the spec. Each check
 * runs against a context that records what it sends and answers with the spec's example the request names (so that
 * a follow-up request, such as the tool round trip's, is built from a real answer).
 */

/** The invalid requests the schema cannot reject: bytes that are not JSON, and a model name (any string is allowed). */
const notRejectableBySchema = new Set(["invalid-requests.malformed-json", "invalid-requests.unknown-model"]);

const spec = loadBundledSpec();

/**
 * The schema lets a request carry fields it does not declare (a provider may add its own), so a misspelt field,
 * `stream_option` say, would pass it and be silently ignored. The checks send only documented fields: this
 * validator closes every object schema that declares its properties.
 */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== "object") return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, child]) => [key, closed(child)]));
  if (copy.type === "object" && "properties" in copy && !("additionalProperties" in copy)) {
    copy.additionalProperties = false;
  }
  return copy;
}
const strictValidator = createValidator(closed(spec) as OpenApiDocument);

function exampleAnswer(request: ApiRequest): ApiResponse {
  const example = request.mockExample ? componentExample(spec, request.mockExample) : undefined;
  const label = `${request.method} http://127.0.0.1:9${request.path}`;
  if (!example || request.accept === "text/event-stream") {
    return { status: 500, mediaType: "text/plain", text: "no example", label };
  }
  return { status: 200, mediaType: "application/json", text: JSON.stringify(example), label };
}

async function sentRequests(check: Check): Promise<ApiRequest[]> {
  const sent: ApiRequest[] = [];
  const context = recordingContext();
  context.send = (request) => {
    sent.push(request);
    return Promise.resolve(exampleAnswer(request));
  };
  await check.run(context);
  return sent;
}

function bodiesOf(requests: ApiRequest[]): { operationId: string; body: unknown; mediaType?: string }[] {
  return requests.flatMap((request) => {
    if (request.form === undefined && request.body === undefined) return [];
    const { operationId } = request;
    if (!operationId) throw new Error(`a body sent to ${request.path}, not addressed by its operation`);
    // The uploads (`multipart/form-data`): their forms are validated as objects of fields, a file as its name.
    if (request.form !== undefined) {
      const fields = Object.fromEntries(
        [...request.form].map(([name, value]) => [name, typeof value === "string" ? value : value.name]),
      );
      return [{ operationId, body: fields, mediaType: "multipart/form-data" }];
    }
    return [{ operationId, body: request.body }];
  });
}

/** Where each invalid request breaks the schema: nowhere else, so that it tests what its title says. */
const brokenField: Record<string, string> = {
  "invalid-requests.empty-messages": "messages",
  "invalid-requests.unknown-role": "messages[0].role",
  "invalid-requests.temperature-out-of-range": "temperature",
};

const invalidIds = new Set(invalidRequestChecks.map((check) => check.id));
const validChecks = allChecks.filter((check) => !invalidIds.has(check.id));
const schemaInvalidChecks = invalidRequestChecks.filter((check) => !notRejectableBySchema.has(check.id));

describe("the request bodies the checks send", () => {
  it("cover every check that sends a body to a chat, completions, Responses, Files or Anthropic endpoint", async () => {
    const withBodies: string[] = [];
    for (const check of allChecks) {
      if (bodiesOf(await sentRequests(check)).length > 0) withBodies.push(check.id);
    }
    expect(withBodies).toEqual(
      expect.arrayContaining([
        "chat.non-stream",
        "tools.round-trip",
        "json-mode.content",
        "logprobs.top-logprobs",
        "fim.non-stream",
        "fim.stream",
        "prefix-completion.continue",
        "invalid-requests.empty-messages",
        "responses.non-stream",
        "responses.stream",
        "files.upload",
        "anthropic-messages.non-stream",
        "anthropic-messages.stream",
        "anthropic-files.upload",
      ]),
    );
  });

  it("follow the tool round trip into its second request", async () => {
    const check = allChecks.find((c) => c.id === "tools.round-trip");
    if (!check) throw new Error("no check tools.round-trip");
    const bodies = bodiesOf(await sentRequests(check));
    expect(bodies).toHaveLength(2);
    const followUp = bodies[1]?.body as { messages?: { role: string }[] } | undefined;
    expect(followUp?.messages?.map((m) => m.role)).toEqual(["user", "assistant", "tool"]);
  });

  it("are held to the declared fields only: a misspelt field fails", () => {
    const body = { ...simpleChat("deepseek-chat"), stream_option: { include_usage: true } };
    expect(specValidator().validateRequest("createChatCompletion", body).valid).toBe(true);
    expect(strictValidator.validateRequest("createChatCompletion", body).issues).not.toEqual([]);
  });

  it.each(validChecks.map((check) => [check.id, check] as const))(
    "%s sends only bodies the spec accepts",
    async (_id, check) => {
      for (const { operationId, body, mediaType } of bodiesOf(await sentRequests(check))) {
        const described = `${operationId} ${JSON.stringify(body)}`;
        expect(specValidator().validateRequest(operationId, body, mediaType).issues, described).toEqual([]);
        expect(strictValidator.validateRequest(operationId, body, mediaType).issues, described).toEqual([]);
      }
    },
  );

  it.each(schemaInvalidChecks.map((check) => [check.id, check] as const))(
    "%s sends a body the spec rejects, for the one reason it is meant to",
    async (id, check) => {
      const bodies = bodiesOf(await sentRequests(check));
      expect(bodies).toHaveLength(1);
      for (const { operationId, body } of bodies) {
        const result = specValidator().validateRequest(operationId, body);
        expect(result.valid, JSON.stringify(body)).toBe(false);
        expect(result.issues.map((issue) => issue.path)).toEqual([brokenField[id]]);
      }
    },
  );

  it.each([...notRejectableBySchema])("%s is invalid in a way the schema cannot see", async (id) => {
    const check = invalidRequestChecks.find((c) => c.id === id);
    if (!check) throw new Error(`no check ${id}`);
    const [request] = await sentRequests(check);
    if (request?.rawBody !== undefined) {
      expect(() => JSON.parse(request.rawBody ?? "")).toThrow();
    } else {
      expect(specValidator().validateRequest("createChatCompletion", request?.body).issues).toEqual([]);
    }
  });
});
