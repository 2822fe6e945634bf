// One method per operation of the bundled spec, each sent where the spec says: provider base URLs and the beta
// server both come from the spec's `servers`.
import {
  findOperation,
  listBetaFields,
  listOperations,
  listProviders,
  loadBundledSpec,
  operationParameters,
  operationServer,
  serverUrl,
} from "@deepseek-openapi/spec";
import { describe, expect, it } from "vitest";
import {
  createMessage,
  createResponse,
  type DeepSeekClient,
  deleteAnthropicFile,
  deleteFile,
  listAnthropicFiles,
  listFiles,
  type ProviderId,
  retrieveAnthropicFile,
  retrieveFile,
  uploadAnthropicFile,
  uploadFile,
} from "../src/index.js";
import { recordingClient } from "./support/recording-client.js";

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
  createResponse: (client) => createResponse(client, { model: "deepseek-v4-flash", input: "hi" }),
  uploadFile: (client) => uploadFile(client, { file: new Blob(["png"]), purpose: "user_data" }),
  listFiles: (client) => listFiles(client),
  retrieveFile: (client) => retrieveFile(client, "file-api-1"),
  deleteFile: (client) => deleteFile(client, "file-api-1"),
  createMessage: (client) =>
    createMessage(client, {
      model: "deepseek-v4-flash",
      max_tokens: 100,
      messages: [{ role: "user", content: "hi" }],
    }),
  uploadAnthropicFile: (client) => uploadAnthropicFile(client, { file: new Blob(["png"]) }),
  listAnthropicFiles: (client) => listAnthropicFiles(client),
  retrieveAnthropicFile: (client) => retrieveAnthropicFile(client, "file-api-1"),
  deleteAnthropicFile: (client) => deleteAnthropicFile(client, "file-api-1"),
};

/** Operations the spec has and the client does not call yet (none now); any other operation without a caller fails below. */
const pendingClientMethods = new Set<string>([]);

/** A client with a key whose fetch records each request and answers `{}`. */
const keyedClient = (options: { provider?: ProviderId; baseURL?: string } = {}) =>
  recordingClient({ apiKey: "sk-test", ...options });

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
      const { client, sent } = keyedClient({ baseURL: "http://127.0.0.1:4010" });
      await callers[operationId]?.(client);
      expect(sent).toHaveLength(1);
      expect(sent[0]?.method).toBe(method);
      expect(new URL(sent[0]?.url ?? "").pathname).toBe(path.replace("{file_id}", "file-api-1"));
    });
  }
});

describe("the operations with servers of their own", () => {
  const anthropicURL = serverUrl(operationServer(spec, findOperation(spec, "createMessage")));
  const filesURL = serverUrl(operationServer(spec, findOperation(spec, "uploadFile")));
  const serverOf = (id: string) => serverUrl(operationServer(spec, findOperation(spec, id)));
  const anthropicIds = operations.map((o) => o.operationId).filter((id) => serverOf(id) === anthropicURL);
  // The operations whose path names a server of its own that is the Files one (not the document's servers).
  const openaiIds = operations
    .map((o) => o.operationId)
    .filter((id) => findOperation(spec, id).pathItem.servers && serverOf(id) === filesURL);
  /** The `anthropic-beta` header an operation requires, at the spec's example; `null` when it needs none. */
  const betaHeaderOf = (id: string) =>
    operationParameters(spec, findOperation(spec, id)).find(
      (parameter) => parameter.in === "header" && parameter.name === "anthropic-beta" && parameter.required,
    )?.example ?? null;

  for (const provider of ["deepseek", "deepseek-v1"] as const) {
    it(`from ${provider}, the Anthropic format goes to ${anthropicURL} with the key in x-api-key`, async () => {
      expect(anthropicIds).toContain("createMessage");
      for (const id of anthropicIds) {
        const { client, sent } = keyedClient({ provider });
        await callers[id]?.(client);
        const path = operations.find((o) => o.operationId === id)?.path.replace("{file_id}", "file-api-1");
        expect({ id, url: sent[0]?.url }).toEqual({ id, url: `${anthropicURL}${path}` });
        expect(sent[0]?.headers.get("x-api-key")).toBe("sk-test");
        expect(sent[0]?.headers.get("authorization")).toBeNull();
        expect({ id, beta: sent[0]?.headers.get("anthropic-beta") }).toEqual({ id, beta: betaHeaderOf(id) });
      }
    });

    it(`from ${provider}, Responses and Files go to ${filesURL} with the bearer key`, async () => {
      expect(openaiIds).toContain("createResponse");
      for (const id of openaiIds) {
        const { client, sent } = keyedClient({ provider });
        await callers[id]?.(client);
        expect(
          sent[0]?.url.startsWith(`${filesURL}/${id === "createResponse" ? "responses" : "files"}`),
        ).toBe(true);
        expect(sent[0]?.headers.get("authorization")).toBe("Bearer sk-test");
      }
    });
  }

  it("an upload sends the Blob and the form fields as multipart/form-data", async () => {
    const { client, sent } = keyedClient();
    const file = new File([new Uint8Array([137, 80, 78, 71])], "dot.png", { type: "image/png" });
    await uploadFile(client, {
      file,
      purpose: "user_data",
      "expires_after[anchor]": "created_at",
      "expires_after[seconds]": 3600,
    });
    await uploadAnthropicFile(client, { file: new Blob(["gif"], { type: "image/gif" }), filename: "a.gif" });
    const [openai, anthropic] = await Promise.all(sent.map((request) => request.formData()));
    expect(sent[0]?.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    expect([...(openai?.keys() ?? [])]).toEqual([
      "purpose",
      "expires_after[anchor]",
      "expires_after[seconds]",
      "file",
    ]);
    expect(openai?.get("expires_after[seconds]")).toBe("3600");
    const sentFile = openai?.get("file") as File;
    expect([sentFile.name, sentFile.type, [...new Uint8Array(await sentFile.arrayBuffer())]]).toEqual([
      "dot.png",
      "image/png",
      [137, 80, 78, 71],
    ]);
    expect((anthropic?.get("file") as File | undefined)?.name).toBe("a.gif");
  });

  it("rejects an upload that is not a Blob, and an empty file ID, before sending", async () => {
    const { client, sent } = keyedClient();
    await expect(
      uploadFile(client, { file: "dot.png" as unknown as Blob, purpose: "user_data" }),
    ).rejects.toThrow("file must be a Blob or File, got string");
    await expect(retrieveFile(client, "")).rejects.toThrow('file_id must be a non-empty string, got ""');
    await expect(deleteAnthropicFile(client, undefined as unknown as string)).rejects.toThrow(
      "file_id must be a non-empty string, got undefined",
    );
    await expect(listFiles({})).rejects.toThrow("client must be made by createDeepSeekClient");
    expect(sent).toHaveLength(0);
  });
});

describe("base URLs", () => {
  const fixed = providers.filter((provider) => provider.baseUrl !== null);

  for (const { id, baseUrl } of fixed) {
    const provider = id as ProviderId;
    it(`provider ${provider} sends chat completions to ${baseUrl}`, async () => {
      const { client, sent } = keyedClient({ provider });
      await callers.createChatCompletion?.(client);
      expect(sent[0]?.url).toBe(`${baseUrl}/chat/completions`);
    });
  }

  it("the default provider is the spec's first server", async () => {
    const { client, sent } = keyedClient();
    await callers.listModels?.(client);
    expect(sent[0]?.url).toBe(`${providers[0]?.baseUrl}/models`);
  });

  it("baseURL overrides the provider", async () => {
    const { client, sent } = keyedClient({ provider: "ppapi", baseURL: "https://example.test/api/" });
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
      const { client, sent } = keyedClient({ provider });
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

  it("covers exactly the request fields the spec marks x-beta (a new beta field needs a rule in needsBeta)", () => {
    // The fields the test above sends, each in the place the client's beta rule looks for it.
    const routed = [
      { schema: "AssistantMessage", property: "prefix" },
      { schema: "FunctionDefinition", property: "strict" },
    ];
    expect(listBetaFields(spec)).toEqual(routed);
  });

  it("from another provider, FIM goes to that provider's own URL", async () => {
    const { client, sent } = keyedClient({ provider: "ppapi" });
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
    const body = `${events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join("")}data: [DONE]\n\n`;
    const { client, sent } = recordingClient({ apiKey: "sk-test" }, body, "text/event-stream");
    const stream = await client.completions.create({ model: "deepseek-v4-pro", prompt: "", stream: true });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.text ?? "";
    expect(text).toBe(pieces.join(""));
    expect(sent[0]?.url).toBe(`${betaURL}/completions`);
    expect(sent[0]?.headers.get("accept")).toBe("text/event-stream");
  });
});
