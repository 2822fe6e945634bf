// The scenarios every runtime of test/runtimes.test.ts runs with the built client: what the local server answers
// (`answers`, served by ./server.ts) and what the client must make of it (`run`). Plain JavaScript with no imports
// but the client, so that Node, Deno, Bun, edge-runtime and workerd all run this one file (the last two bundled).
import {
  collectResponse,
  collectStream,
  createDeepSeekClient,
  createResponse,
  DeepSeekError,
  uploadFile,
} from "../../dist/index.js";

const created = 1_781_043_600;
const chunk = (delta, finish_reason = null) => ({
  id: "chatcmpl-runtime",
  object: "chat.completion.chunk",
  created,
  model: "deepseek-v4-flash",
  choices: [{ index: 0, delta, finish_reason }],
});
const event = (data) => `data: ${JSON.stringify(data)}\n\n`;
const done = "data: [DONE]\n\n";
/** One event per word, the last one finishing, then [DONE]. */
const wordEvents = (words) => [
  ...words.map((word, i) => event(chunk({ content: word }, i === words.length - 1 ? "stop" : null))),
  done,
];
const json = (status, body, headers = {}) => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  pieces: [JSON.stringify(body)],
});
const apiError = (message, type) => ({ error: { message, type, param: null, code: type } });
const completion = {
  id: "chatcmpl-runtime",
  object: "chat.completion",
  created,
  model: "deepseek-v4-flash",
  choices: [
    { index: 0, message: { role: "assistant", content: "Hi there" }, logprobs: null, finish_reason: "stop" },
  ],
  usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
};
const toolCall = {
  index: 0,
  id: "call_1",
  type: "function",
  function: { name: "get_weather", arguments: "" },
};
const request = { model: "deepseek-v4-flash", messages: [{ role: "user", content: "hi" }] };
/** A named event, as the Responses and Anthropic-format streams send them. */
const named = (data) => `event: ${data.type}\n${event(data)}`;
const responseBase = { id: "resp_1", object: "response", created_at: created, model: "deepseek-v4-flash" };
const words = ["one ", "two ", "three ", "four"];

/** Rejects when `promise` has not settled after `ms`: a hang is a finding, not a stuck test. */
function within(ms, promise, what) {
  let timer;
  const guard = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer));
}
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function check(condition, message) {
  if (!condition) throw new Error(message);
}
/** The DeepSeekError that `promise` rejects with. */
async function failureOf(promise) {
  try {
    await promise;
  } catch (error) {
    check(error instanceof DeepSeekError, `expected a DeepSeekError, got ${error}`);
    return error;
  }
  throw new Error("expected a DeepSeekError, got a result");
}
/** The caller's `abort` listeners on `signal` that are still attached. */
function liveListeners(signal) {
  const live = new Set();
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = (type, listener, options) => {
    live.add(listener);
    add(type, listener, options);
  };
  signal.removeEventListener = (type, listener, options) => {
    live.delete(listener);
    remove(type, listener, options);
  };
  return live;
}

/** A stream opened with a signal of its own, its first chunk read. */
async function afterFirstChunk(client) {
  const controller = new AbortController();
  const stream = await client().chat.completions.create(
    { ...request, stream: true },
    { signal: controller.signal },
  );
  const iterator = stream[Symbol.asyncIterator]();
  await iterator.next();
  return { controller, iterator };
}

/**
 * Each scenario: the answers of the server, one per request (the last one again for any further request: `pause`
 * ms between pieces, `hold` ms before the end), and `run(client)`, which throws when the client got it wrong.
 */
export const scenarios = {
  "Responses stream of named events, no [DONE]": {
    answers: [
      {
        pieces: [
          named({
            type: "response.created",
            sequence_number: 0,
            response: { ...responseBase, status: "in_progress", output: [] },
          }),
          named({
            type: "response.reasoning_text.delta",
            sequence_number: 1,
            item_id: "rs",
            output_index: 0,
            content_index: 0,
            delta: "思考 🤔",
          }),
          named({
            type: "response.output_text.delta",
            sequence_number: 2,
            item_id: "m",
            output_index: 1,
            content_index: 0,
            delta: "Grüße",
          }),
          named({
            type: "response.completed",
            sequence_number: 3,
            response: { ...responseBase, status: "completed", output: [] },
          }),
        ],
      },
    ],
    async run(client) {
      const result = await collectResponse(
        await createResponse(client(), { model: "m", input: "hi", stream: true }),
      );
      check(
        result.reasoning === "思考 🤔" && result.text === "Grüße",
        `text ${result.reasoning} ${result.text}`,
      );
      check(result.status === "completed", `status ${result.status}`);
    },
  },
  "upload from a Blob": {
    answers: [
      json(200, {
        id: "file-api-1",
        object: "file",
        bytes: 4,
        created_at: created,
        filename: "a.png",
        purpose: "user_data",
      }),
    ],
    async run(client) {
      const file = new Blob([new Uint8Array([137, 80, 78, 71])], { type: "image/png" });
      const uploaded = await uploadFile(client(), { file, filename: "a.png", purpose: "user_data" });
      check(uploaded.id === "file-api-1", `id ${uploaded.id}`);
    },
  },
  "non-stream": {
    answers: [json(200, completion)],
    async run(client) {
      const answer = await client().chat.completions.create(request);
      check(answer.choices[0].message.content === "Hi there", `content ${answer.choices[0].message.content}`);
    },
  },
  "stream with reasoning": {
    answers: [
      {
        pieces: [
          event(chunk({ role: "assistant", content: null, reasoning_content: "Grüße, " })),
          event(chunk({ reasoning_content: "思考 🤔" })),
          ...wordEvents(["Hel", "lo"]),
        ],
      },
    ],
    async run(client) {
      const result = await collectStream(
        await client().chat.completions.create({ ...request, stream: true }),
      );
      check(result.reasoningContent === "Grüße, 思考 🤔", `reasoning ${result.reasoningContent}`);
      check(result.content === "Hello" && result.finishReason === "stop", `content ${result.content}`);
    },
  },
  "stream with tool calls, an empty reasoning kept": {
    answers: [
      {
        pieces: [
          event(chunk({ role: "assistant", content: null, reasoning_content: "", tool_calls: [toolCall] })),
          event(chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] })),
          event(chunk({ tool_calls: [{ index: 0, function: { arguments: '"Hangzhou"}' } }] }, "tool_calls")),
          done,
        ],
      },
    ],
    async run(client) {
      const { message } = await collectStream(
        await client().chat.completions.create({ ...request, stream: true }),
      );
      const call = message.tool_calls?.[0];
      check(call?.function.arguments === '{"city":"Hangzhou"}', `arguments ${call?.function.arguments}`);
      check(message.reasoning_content === "", `reasoning_content ${message.reasoning_content}`);
    },
  },
  "429 then 200, waiting as retry-after-ms says": {
    answers: [
      json(429, apiError("Rate Limit Reached", "rate_limit_error"), {
        "retry-after-ms": "20",
        "retry-after": "30",
      }),
      json(200, completion),
    ],
    async run(client) {
      const answer = await within(5_000, client().chat.completions.create(request), "the retried call");
      check(answer.choices[0].message.content === "Hi there", "answer after the retry");
    },
  },
  "401 is not retried": {
    answers: [json(401, apiError("Authentication Fails", "authentication_error")), json(200, completion)],
    async run(client) {
      const failure = await failureOf(client().chat.completions.create(request));
      check(failure.status === 401 && failure.message === "Authentication Fails", `got ${failure.message}`);
    },
  },
  "a JSON error to a streaming request keeps the provider's message": {
    answers: [json(200, apiError("Model busy", "server_error"))],
    async run(client) {
      const failure = await failureOf(
        (async () => collectStream(await client().chat.completions.create({ ...request, stream: true })))(),
      );
      check(failure.message === "Model busy" && failure.status === 200, `got ${failure.message}`);
    },
  },
  "abort mid-stream": {
    answers: [{ pieces: [event(chunk({ content: "first" }))], hold: 3_000 }],
    async run(client) {
      const { controller, iterator } = await afterFirstChunk(client);
      const pending = iterator.next();
      controller.abort();
      const failure = await failureOf(within(2_000, pending, "the read pending at the abort"));
      check(failure.type === "abort_error", `type ${failure.type}`);
    },
  },
  "an abort while no read is pending settles the next read": {
    answers: [{ pieces: wordEvents(words), pause: 20 }],
    async run(client) {
      const { controller, iterator } = await afterFirstChunk(client);
      await pause(300); // the rest of the body arrives while the loop is busy
      controller.abort();
      const failure = await failureOf(within(2_000, iterator.next(), "the read after the abort"));
      check(failure.type === "abort_error", `type ${failure.type}`);
    },
  },
  "the timeout counts only the wait for the server, not a slow loop": {
    answers: [{ pieces: wordEvents(words), pause: 20 }],
    async run(client) {
      const stream = await client({ timeout: 500 }).chat.completions.create({ ...request, stream: true });
      let content = "";
      const loop = (async () => {
        for await (const piece of stream) {
          content += piece.choices[0]?.delta.content ?? "";
          await pause(600);
        }
      })();
      await within(6_000, loop, "the slow loop");
      check(content === words.join(""), `content ${content}`);
    },
  },
  "a stream left unread does not time out": {
    answers: [{ pieces: wordEvents(words) }],
    async run(client) {
      const stream = await client({ timeout: 500 }).chat.completions.create({ ...request, stream: true });
      await pause(800);
      const result = await within(2_000, collectStream(stream), "reading the stream");
      check(result.content === words.join(""), `content ${result.content}`);
    },
  },
  "calls that retry leave no listener on the caller's signal": {
    answers: [
      json(500, apiError("Server Error", "server_error"), { "retry-after-ms": "1" }),
      json(200, completion),
    ],
    async run(client) {
      const controller = new AbortController();
      const live = liveListeners(controller.signal);
      const calls = Array.from({ length: 30 }, (_, i) =>
        client({}, String(i)).chat.completions.create(request, { signal: controller.signal }),
      );
      await within(5_000, Promise.all(calls), "30 calls");
      check(live.size === 0, `${live.size} listeners left on the caller's signal`);
    },
  },
};

/** What the server answers `openUnreadStream`. */
export const unreadStream = { answers: [{ pieces: wordEvents(words) }] };

/** Opens a stream with a long timeout and never reads it: the process must still end (test/runtimes.test.ts). */
export async function openUnreadStream(baseURL) {
  const client = createDeepSeekClient({
    apiKey: "sk-runtime",
    baseURL: `${baseURL}/unread/0`,
    timeout: 60_000,
  });
  await client.chat.completions.create({ ...request, stream: true });
}

/**
 * Runs every scenario at once against the server at `baseURL` (a path of its own for each runtime); resolves to
 * each scenario's outcome: `"ok"` or what went wrong.
 */
export async function runScenarios(baseURL) {
  const entries = Object.entries(scenarios).map(async ([name, scenario]) => {
    const client = (options = {}, id = "0") =>
      createDeepSeekClient({
        apiKey: "sk-runtime",
        baseURL: `${baseURL}/${encodeURIComponent(name)}/${id}`,
        retryBaseDelay: 1,
        ...options,
      });
    try {
      await within(8_000, scenario.run(client), "the scenario");
      return [name, "ok"];
    } catch (error) {
      return [name, String(error?.message ?? error)];
    }
  });
  return Object.fromEntries(await Promise.all(entries));
}
