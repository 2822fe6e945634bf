import { componentExample, findOperation, loadBundledSpec, splitEventStream } from "@deepseek-openapi/spec";
import { editEvents, editJson, editNamedEvents, type Fault, preferred } from "./fault-proxy.js";
import type { ReceivedRequest } from "./servers.js";

const spec = loadBundledSpec();
/** The Anthropic-format Files path, as the spec names it. */
const anthropicFilesPath = findOperation(spec, "listAnthropicFiles").path;
const asks = (example: string) => (request: ReceivedRequest) => preferred(request) === example;
// biome-ignore lint/suspicious/noExplicitAny: faults read arbitrary request JSON
const body = (request: ReceivedRequest) => (request.json ?? {}) as Record<string, any>;

/** How many events a stream example has: a stream cut off before its last has one fewer. */
const eventCount = (example: string) =>
  splitEventStream(String(componentExample(spec, example))).events.length;
/** A conforming answer: the spec's answer to the minimal request. */
const validCompletion = structuredClone(componentExample(spec, "basic-response"));

/**
 * The violations the self-test injects, each with the check that must catch it. Every one is a way real
 * "compatible" providers have been seen to break clients.
 */
export const faults: Fault[] = [
  {
    name: "a required field is missing (model)",
    check: "chat.non-stream",
    path: "model",
    matches: asks("seed-000-ppapi-response"),
    breakAnswer: (a) => editJson(a, (b) => delete b.model),
  },
  {
    name: "a field has the wrong type (created as a string)",
    check: "chat.non-stream",
    path: "created",
    matches: asks("seed-000-ppapi-response"),
    breakAnswer: (a) => editJson(a, (b) => (b.created = String(b.created))),
  },
  {
    name: 'an unknown finish_reason ("done")',
    check: "chat.non-stream",
    path: "choices[0].finish_reason",
    matches: asks("seed-000-ppapi-response"),
    breakAnswer: (a) => editJson(a, (b) => (b.choices[0].finish_reason = "done")),
  },
  {
    name: "wrong usage arithmetic (total_tokens)",
    check: "chat.non-stream",
    path: "usage.total_tokens",
    matches: asks("seed-000-ppapi-response"),
    breakAnswer: (a) => editJson(a, (b) => (b.usage.total_tokens += 1)),
  },
  {
    name: "cache hits and misses that do not add up to prompt_tokens",
    check: "chat.non-stream",
    path: "usage.prompt_cache_hit_tokens",
    matches: asks("seed-000-ppapi-response"),
    breakAnswer: (a) => editJson(a, (b) => (b.usage.prompt_cache_hit_tokens += 3)),
  },
  {
    name: "created in milliseconds",
    check: "chat.non-stream",
    path: "created",
    matches: asks("seed-000-ppapi-response"),
    breakAnswer: (a) => editJson(a, (b) => (b.created *= 1000)),
  },
  {
    name: "a stream without data: [DONE]",
    check: "streaming.events",
    path: "(stream)",
    matches: asks("stream-text"),
    breakAnswer: (a) => editEvents(a, (data) => (data === "[DONE]" ? null : data)),
  },
  {
    name: "chunks with different ids",
    check: "streaming.events",
    path: "chunk[2].id",
    matches: asks("stream-text"),
    breakAnswer: (a) => editEvents(a, (data, i) => (i === 2 ? { ...data, id: "another-id" } : data)),
  },
  {
    name: "different created across chunks",
    check: "streaming.events",
    path: "chunk[3].created",
    matches: asks("stream-text"),
    breakAnswer: (a) => editEvents(a, (data, i) => (i === 3 ? { ...data, created: data.created + 1 } : data)),
  },
  {
    name: "invalid JSON in a chunk",
    check: "streaming.events",
    path: "chunk[1]",
    matches: asks("stream-text"),
    breakAnswer: (a) => editEvents(a, (data, i) => (i === 1 ? `${JSON.stringify(data).slice(0, 40)}` : data)),
  },
  {
    name: "two finish_reasons for one choice",
    check: "streaming.events",
    path: "chunk[4].choices[0].finish_reason",
    matches: asks("stream-text"),
    breakAnswer: (a) =>
      editEvents(a, (data, i) => {
        if (i === 2) data.choices[0].finish_reason = "stop";
        return data;
      }),
  },
  {
    name: "missing usage although include_usage was asked for",
    check: "streaming.usage",
    path: "usage",
    matches: asks("stream-usage-chunk"),
    breakAnswer: (a) =>
      editEvents(a, (data) => (data !== "[DONE]" && data.choices.length === 0 ? null : data)),
  },
  {
    name: "a stream sent as application/json",
    check: "streaming.usage",
    path: "(content-type)",
    matches: asks("stream-usage-chunk"),
    breakAnswer: (a) => ({ ...a, contentType: "application/json" }),
  },
  {
    name: "a 401 with an HTML body",
    check: "auth.missing-key",
    path: "(content-type)",
    matches: (r) => !r.headers.authorization && r.path === "/chat/completions",
    breakAnswer: () => ({
      status: 401,
      contentType: "text/html",
      body: "<html><body><h1>401 Unauthorized</h1></body></html>",
    }),
  },
  {
    name: "a 200 for an invalid request (temperature 3)",
    check: "invalid-requests.temperature-out-of-range",
    path: "(status)",
    matches: (r) => body(r).temperature === 3,
    breakAnswer: () => ({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify(validCompletion),
    }),
  },
  {
    name: "a 500 for an invalid request (empty messages)",
    check: "invalid-requests.empty-messages",
    path: "(status)",
    matches: (r) => Array.isArray(body(r).messages) && body(r).messages.length === 0,
    breakAnswer: () => ({
      status: 500,
      contentType: "application/json",
      body: JSON.stringify({ error: { message: "internal error", type: "unknown_error" } }),
    }),
  },
  {
    name: "reasoning_content merged into content",
    check: "reasoning.non-stream",
    path: "choices[0].message",
    matches: asks("reasoning-response"),
    breakAnswer: (a) =>
      editJson(a, (b) => {
        const message = b.choices[0].message;
        message.content = `<think>${message.reasoning_content}</think>${message.content}`;
        delete message.reasoning_content;
      }),
  },
  {
    name: "reasoning fragments after the content began",
    check: "reasoning.stream",
    path: "delta.reasoning_content",
    matches: asks("stream-reasoning"),
    breakAnswer: (a) =>
      editEvents(a, (data, i) => {
        if (i === 1) data.choices[0].delta = { content: "9.8 ", reasoning_content: null };
        return data;
      }),
  },
  {
    name: "tool arguments that are not JSON",
    check: "tools.call",
    path: "choices[0].message.tool_calls[0].function.arguments",
    matches: asks("tool-call-response"),
    breakAnswer: (a) =>
      editJson(a, (b) => (b.choices[0].message.tool_calls[0].function.arguments = "{city: Hangzhou")),
  },
  {
    name: 'finish_reason "tool_calls" without tool calls',
    check: "tools.call",
    path: "choices[0].finish_reason",
    matches: asks("tool-call-response"),
    breakAnswer: (a) => editJson(a, (b) => delete b.choices[0].message.tool_calls),
  },
  {
    name: "a streamed tool call whose first fragment has no id",
    check: "tools.stream",
    path: "delta.tool_calls[0]",
    matches: asks("stream-tool-call"),
    breakAnswer: (a) =>
      editEvents(a, (data, i) => {
        if (i === 1) delete data.choices[0].delta.tool_calls[0].id;
        return data;
      }),
  },
  {
    name: "JSON mode content that is not JSON",
    check: "json-mode.content",
    path: "choices[0].message.content",
    matches: asks("json-mode-response"),
    breakAnswer: (a) => editJson(a, (b) => (b.choices[0].message.content = "The Nile River.")),
  },
  {
    name: "more top_logprobs than requested",
    check: "logprobs.top-logprobs",
    path: "choices[0].logprobs.content[0].top_logprobs",
    matches: asks("logprobs-response"),
    breakAnswer: (a) =>
      editJson(a, (b) =>
        b.choices[0].logprobs.content[0].top_logprobs.push({ token: "Hey", logprob: -5, bytes: null }),
      ),
  },
  {
    name: "a FIM stream with a chat chunk object",
    check: "fim.stream",
    path: "chunk[0].object",
    matches: asks("fim-stream"),
    breakAnswer: (a) =>
      editEvents(a, (data) => (data === "[DONE]" ? data : { ...data, object: "chat.completion.chunk" })),
  },
  {
    name: "an event after data: [DONE]",
    check: "fim.stream",
    path: "(stream)",
    matches: asks("fim-stream"),
    breakAnswer: (a) => ({ ...a, body: `${a.body.replace(/\n*$/, "\n\n")}data: {"late": true}\n\n` }),
  },
  {
    name: "a model list with the wrong content type",
    check: "models.list",
    path: "(content-type)",
    matches: asks("models-v4"),
    breakAnswer: (a) => ({ ...a, contentType: "text/plain" }),
  },
  {
    name: "balance amounts as numbers",
    check: "balance.get",
    path: "balance_infos[0].total_balance",
    matches: asks("balance"),
    breakAnswer: (a) =>
      editJson(a, (b) => {
        for (const info of b.balance_infos) {
          for (const key of ["total_balance", "granted_balance", "topped_up_balance"])
            info[key] = Number(info[key]);
        }
      }),
  },
  {
    name: "a total balance that is not granted + topped up",
    check: "balance.get",
    path: "balance_infos[0].total_balance",
    matches: asks("balance"),
    breakAnswer: (a) => editJson(a, (b) => (b.balance_infos[0].total_balance = "111.00")),
  },
  {
    name: "a Responses stream that starts with response.in_progress (created second)",
    check: "responses.stream",
    path: "event[0].type",
    matches: asks("responses-stream-text"),
    breakAnswer: (a) => editNamedEvents(a, ([first, second, ...rest]) => [second, first, ...rest]),
    findings: [
      {
        path: "event[0].type",
        message: 'must be "response.created" (the first event); got "response.in_progress"',
      },
      {
        path: "event[1].type",
        message: 'must be "response.in_progress" (right after response.created); got "response.created"',
      },
      { path: "event[1].sequence_number", message: "must be greater than the previous event's (1); got 0" },
    ],
  },
  {
    name: "a Responses stream cut off before response.completed",
    check: "responses.stream",
    path: "(stream)",
    matches: asks("responses-stream-text"),
    breakAnswer: (a) => editNamedEvents(a, (events) => events.filter((e) => e.type !== "response.completed")),
    findings: [
      {
        path: "(stream)",
        message: `must end with a terminal event (response.completed or response.incomplete or response.failed); it ended after ${eventCount("responses-stream-text") - 1} events without one (cut off)`,
      },
    ],
  },
  {
    name: "an uploaded File object with the wrong object type",
    check: "files.upload",
    path: "object",
    matches: (request) => request.method === "POST" && request.path === "/files",
    breakAnswer: (a) => editJson(a, (b) => (b.object = "document")),
    findings: [{ path: "object", message: 'must be "file"; got "document"' }],
  },
  {
    name: "an uploaded Anthropic-format file with the wrong type",
    check: "anthropic-files.upload",
    path: "type",
    matches: (request) => request.method === "POST" && request.path === anthropicFilesPath,
    breakAnswer: (a) => editJson(a, (b) => (b.type = "document")),
    findings: [{ path: "type", message: 'must be "file"; got "document"' }],
  },
  {
    name: "an Anthropic-format deletion answered as a file",
    check: "anthropic-files.upload",
    path: "type",
    matches: (request) => request.method === "DELETE" && request.path.startsWith(`${anthropicFilesPath}/`),
    breakAnswer: (a) => editJson(a, (b) => (b.type = "file")),
    findings: [{ path: "type", message: 'must be "file_deleted"; got "file"' }],
  },
  {
    name: "an Anthropic-format file list whose file has an OpenAI object field instead of type",
    check: "anthropic-files.list",
    path: "data[0]",
    matches: asks("anthropic-file-list"),
    breakAnswer: (a) =>
      editJson(a, (b) => {
        delete b.data[0].type;
        b.data[0].object = "file";
      }),
    findings: [{ path: "data[0].type", message: "is required" }],
  },
  {
    name: "an Anthropic stream whose message_delta comes before the last content_block_stop",
    check: "anthropic-messages.stream",
    path: "event[",
    matches: asks("anthropic-stream-text"),
    breakAnswer: (a) =>
      editNamedEvents(a, (events) => {
        const stop = events.map((e) => e.type).lastIndexOf("content_block_stop");
        const delta = events.findIndex((e) => e.type === "message_delta");
        [events[stop], events[delta]] = [events[delta], events[stop]];
        return events;
      }),
    findings: [{ path: "event[9]", message: "message_delta came while content block 1 was still open" }],
  },
  {
    name: "an Anthropic stream cut off before message_stop",
    check: "anthropic-messages.stream",
    path: "(stream)",
    matches: asks("anthropic-stream-text"),
    breakAnswer: (a) => editNamedEvents(a, (events) => events.filter((e) => e.type !== "message_stop")),
    findings: [
      {
        path: "(stream)",
        message:
          "must end with a terminal event (message_stop); it ended after 11 events without one (cut off)",
      },
    ],
  },
];
