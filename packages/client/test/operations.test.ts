// One method per operation of the bundled spec, each sent where the spec says: provider base URLs and the beta
// server both come from the spec's `servers`.
import {
  findOperation,
  listOperations,
  listProviders,
  loadBundledSpec,
  operationServer,
  serverUrl,
} from "@deepseek-openapi/spec";
import { describe, expect, it } from "vitest";
import { createDeepSeekClient, type DeepSeekClient, type ProviderId } from "../src/index.js";

const spec = loadBundledSpec();
const providers = listProviders(spec);
const providerUrl = (id: string) => providers.find((provider) => provider.id === id)?.baseUrl;
const operations = listOperations(spec).map(({ path, method, operation }) => ({
  path,
  method: method.toUpperCase(),
  operationId: operation.operationId ?? "",
}));
/** The server FIM names for itself: DeepSeek's beta server. */
const betaURL = serverUrl(operationServer(spec, findOperation(spec, "createCompletion")));

/** How each operation is called on the client. A new operation in the spec fails the test below until it is here. */
const callers: Record<string, (client: DeepSeekClient) => Promise<unknown>> = {
  createChatCompletion: (client) =>
    client.chat.completions.create({
      model: "deepseek-v4-flash",
      messages: [{ role: "user", content: "hi" }],
    }),
  createCompletion: (client) =>
    client.completions.create({ model: "deepseek-v4-pro", prompt: "def f(", suffix: ")" }),
  listModels: (client) => client.models.list(),
  getUserBalance: (client) => client.user.getBalance(),
};

/**
 * Operations the spec has and the client does not call yet: the Responses, Files and Anthropic-format operations
 * of issue 13, whose client methods are that issue's client item. Remove each name as its method lands; any
 * other operation without a caller still fails below.
 */
const pendingClientMethods = new Set([
  "createResponse",
  "uploadFile",
  "listFiles",
  "retrieveFile",
  "deleteFile",
  "createMessage",
  "uploadAnthropicFile",
  "listAnthropicFiles",
  "retrieveAnthropicFile",
  "deleteAnthropicFile",
]);

/** A client whose fetch records each request and answers `{}`. */
function recordingClient(options: { provider?: ProviderId; baseURL?: string } = {}) {
  const sent: Request[] = [];
  const client = createDeepSeekClient({
    apiKey: "sk-test",
    ...options,
    fetch: async (url, init) => {
      sent.push(new Request(url, init));
      return new Response("{}", { headers: { "content-type": "application/json" } });
    },
  });
  return { client, sent };
}

describe("operations", () => {
  it("the spec has operations, and a beta server for /completions", () => {
    expect(operations.length).toBeGreaterThanOrEqual(4);
    expect(betaURL).toMatch(/^https:\/\//);
  });

  it("lists as pending only operations the spec has and the client does not call", () => {
    const ids = operations.map((operation) => operation.operationId);
    for (const pending of pendingClientMethods) {
      expect(ids, pending).toContain(pending);
      expect(Object.keys(callers), pending).not.toContain(pending);
    }
  });

  for (const { operationId, method, path } of operations.filter(
    (o) => !pendingClientMethods.has(o.operationId),
  )) {
    it(`${operationId} has a client method that sends ${method} ${path}`, async () => {
      expect(Object.keys(callers)).toContain(operationId);
      const { client, sent } = recordingClient({ baseURL: "http://127.0.0.1:4010" });
      await callers[operationId]?.(client);
      expect(sent).toHaveLength(1);
      expect(sent[0]?.method).toBe(method);
      expect(new URL(sent[0]?.url ?? "").pathname).toBe(path);
    });
  }
});

describe("base URLs", () => {
  const fixed = providers.filter((provider) => provider.baseUrl !== null);

  for (const { id, baseUrl } of fixed) {
    const provider = id as ProviderId;
    it(`provider ${provider} sends chat completions to ${baseUrl}`, async () => {
      const { client, sent } = recordingClient({ provider });
      await callers.createChatCompletion?.(client);
      expect(sent[0]?.url).toBe(`${baseUrl}/chat/completions`);
    });
  }

  it("the default provider is the spec's first server", async () => {
    const { client, sent } = recordingClient();
    await callers.listModels?.(client);
    expect(sent[0]?.url).toBe(`${providers[0]?.baseUrl}/models`);
  });

  it("baseURL overrides the provider", async () => {
    const { client, sent } = recordingClient({ provider: "ppapi", baseURL: "https://example.test/api/" });
    await callers.getUserBalance?.(client);
    expect(sent[0]?.url).toBe("https://example.test/api/user/balance");
  });
});

describe("beta features on DeepSeek go to the beta server by themselves", () => {
  const deepseekProviders = providers
    .filter(({ baseUrl }) => baseUrl?.startsWith(new URL(betaURL).origin))
    .map(({ id }) => id as ProviderId);
  const messages = [{ role: "user" as const, content: "Write a haiku" }];

  it("DeepSeek's servers are found in the spec", () => {
    expect(deepseekProviders).toContain("deepseek");
    expect(deepseekProviders).toContain("deepseek-v1");
  });

  for (const provider of deepseekProviders) {
    it(`from ${provider}: FIM, chat prefix completion and strict tools use the beta server; plain chat does not`, async () => {
      const { client, sent } = recordingClient({ provider });
      await client.completions.create({
        model: "deepseek-v4-pro",
        prompt: "def fib(n):",
        suffix: "return x",
      });
      await client.chat.completions.create({
        model: "deepseek-v4-flash",
        messages: [...messages, { role: "assistant", content: "Autumn", prefix: true }],
      });
      const strictTool = {
        type: "function" as const,
        function: {
          name: "f",
          strict: true,
          parameters: { type: "object", properties: {}, required: [], additionalProperties: false },
        },
      };
      await client.chat.completions.create({ model: "deepseek-v4-flash", messages, tools: [strictTool] });
      await client.chat.completions.create({
        model: "deepseek-v4-flash",
        messages: [...messages, { role: "assistant", content: "Autumn", prefix: false }],
        tools: [{ type: "function", function: { name: "g" } }],
      });
      expect(sent.map((request) => request.url)).toEqual([
        `${betaURL}/completions`,
        `${betaURL}/chat/completions`,
        `${betaURL}/chat/completions`,
        `${providerUrl(provider)}/chat/completions`,
      ]);
    });
  }

  it("from another provider, FIM goes to that provider's own URL", async () => {
    const { client, sent } = recordingClient({ provider: "ppapi" });
    await client.completions.create({ model: "deepseek-v4-pro", prompt: "x" });
    expect(sent[0]?.url).toBe(`${providerUrl("ppapi")}/completions`);
  });
});

describe("FIM streams", () => {
  it("with stream: true, completions.create gives typed CompletionChunks, on the beta server", async () => {
    const pieces = ["def ", "fib", "(n):"];
    const events = pieces.map((text, i) => ({
      id: "fim-1",
      object: "text_completion",
      created: 1,
      model: "deepseek-v4-pro",
      choices: [{ index: 0, text, finish_reason: i === pieces.length - 1 ? "stop" : null }],
    }));
    const sent: Request[] = [];
    const client = createDeepSeekClient({
      apiKey: "sk-test",
      fetch: async (url, init) => {
        sent.push(new Request(url, init));
        const body = `${events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join("")}data: [DONE]\n\n`;
        return new Response(body, { headers: { "content-type": "text/event-stream" } });
      },
    });
    const stream = await client.completions.create({ model: "deepseek-v4-pro", prompt: "", stream: true });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.text ?? "";
    expect(text).toBe(pieces.join(""));
    expect(sent[0]?.url).toBe(`${betaURL}/completions`);
    expect(sent[0]?.headers.get("accept")).toBe("text/event-stream");
  });
});
