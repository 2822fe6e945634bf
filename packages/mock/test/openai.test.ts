// The `openai` SDK pointed at the mock, as an app developer would: no Accept header of its own choosing, no Prefer.
import { splitEventStream } from "@deepseek-openapi/spec";
import OpenAI, { toFile } from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "../src/index.js";
import { exampleValue, pngBytes, ruleExample, streamedContent } from "./support/spec.js";

type Completion = { choices: { message: { content: string; tool_calls?: unknown[] } }[] };
type FimCompletion = { choices: { text: string }[] };

let mock: RunningMock;
let openai: OpenAI;
beforeAll(async () => {
  mock = await startMock({ pace: 2 });
  openai = new OpenAI({ baseURL: mock.url, apiKey: "sk-mock-test", maxRetries: 0 });
});
afterAll(() => mock?.close());

const hello = { model: "deepseek-v4-flash", messages: [{ role: "user" as const, content: "Hello!" }] };

describe("the openai SDK against the mock", () => {
  it("gets a chat completion", async () => {
    const completion = await openai.chat.completions.create(hello);
    expect(completion.choices[0]?.message.content).toBe(
      exampleValue<Completion>("basic-response").choices[0]?.message.content,
    );
  });

  it("streams a chat completion in several chunks with text (stream: true)", async () => {
    const stream = await openai.chat.completions.create({ ...hello, stream: true });
    const texts: string[] = [];
    let finishReason: string | null | undefined;
    for await (const chunk of stream) {
      const choice = chunk.choices[0];
      if (choice?.delta.content) texts.push(choice.delta.content);
      finishReason = choice?.finish_reason ?? finishReason;
    }
    const expected = streamedContent(ruleExample("createChatCompletion", { ...hello, stream: true }));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(texts).toEqual(expected);
    expect(finishReason).toBe("stop");
  });

  it("gets a tool call when it offers tools", async () => {
    const completion = await openai.chat.completions.create({
      ...hello,
      tools: [{ type: "function", function: { name: "get_weather", parameters: { type: "object" } } }],
    });
    expect(completion.choices[0]?.finish_reason).toBe("tool_calls");
    expect(completion.choices[0]?.message.tool_calls).toEqual(
      exampleValue<Completion>("tool-call-response").choices[0]?.message.tool_calls,
    );
  });

  it("streams a tool call, its arguments in fragments", async () => {
    const stream = await openai.chat.completions.create({
      ...hello,
      stream: true,
      tools: [{ type: "function", function: { name: "get_weather", parameters: { type: "object" } } }],
    });
    let args = "";
    for await (const chunk of stream) {
      for (const call of chunk.choices[0]?.delta.tool_calls ?? []) args += call.function?.arguments ?? "";
    }
    expect(JSON.parse(args)).toEqual({ city: "Hangzhou" });
  });

  it("gets a FIM completion through the beta base URL", async () => {
    const beta = new OpenAI({ baseURL: `${mock.url}/beta`, apiKey: "sk-mock-test", maxRetries: 0 });
    const completion = await beta.completions.create({ model: "deepseek-v4-pro", prompt: "def fib(n):\n" });
    expect(completion.choices[0]?.text).toBe(exampleValue<FimCompletion>("fim-response").choices[0]?.text);
  });

  it("works through the /v1 base URL too", async () => {
    const v1 = new OpenAI({ baseURL: `${mock.url}/v1`, apiKey: "sk-mock-test", maxRetries: 0 });
    const models = await v1.models.list();
    expect(models.data.map((m) => m.id)).toEqual(
      exampleValue<{ data: { id: string }[] }>(ruleExample("listModels")).data.map((m) => m.id),
    );
  });

  it("lists the models", async () => {
    const models = await openai.models.list();
    expect(models.data.map((m) => m.id)).toEqual(
      exampleValue<{ data: { id: string }[] }>(ruleExample("listModels")).data.map((m) => m.id),
    );
  });

  it("reads the balance (GET /user/balance)", async () => {
    const balance = await openai.get("/user/balance");
    expect(balance).toEqual(exampleValue("balance"));
  });

  it("creates a response in the Responses format", async () => {
    const response = await openai.responses.create({ model: "deepseek-v4-flash", input: "Hello!" });
    const expected = exampleValue<{ id: string }>(ruleExample("createResponse"));
    expect(response.id).toBe(expected.id);
    expect(response.output_text).toBe(
      exampleValue<{ output: { type: string; content?: { text: string }[] }[] }>(
        ruleExample("createResponse"),
      )
        .output.filter((item) => item.type === "message")
        .flatMap((item) => item.content?.map((part) => part.text) ?? [])
        .join(""),
    );
  });

  it("streams a response: the SDK yields each named event of the spec's stream, in order", async () => {
    const stream = await openai.responses.create({
      model: "deepseek-v4-flash",
      input: "Hello!",
      stream: true,
    });
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    const expected = splitEventStream(exampleValue(ruleExample("createResponse", { stream: true }))).events;
    expect(types.length).toBeGreaterThanOrEqual(5);
    expect(types).toEqual(expected.map((event) => event.event));
    expect(types.at(-1)).toBe("response.completed");
  });

  it("uploads a file as multipart/form-data (purpose user_data) and gets the spec's File object", async () => {
    const file = await openai.files.create({
      file: await toFile(pngBytes, "cat.png", { type: "image/png" }),
      purpose: "user_data",
    });
    expect(file).toEqual(exampleValue(ruleExample("uploadFile")));
  });

  it("uploads an expiring file: the SDK's expires_after becomes the form fields the spec names", async () => {
    const file = await openai.files.create({
      file: await toFile(pngBytes, "chart.webp", { type: "image/webp" }),
      purpose: "user_data",
      expires_after: { anchor: "created_at", seconds: 86400 },
    });
    expect(file).toEqual(
      exampleValue(
        ruleExample("uploadFile", {
          "expires_after[anchor]": "created_at",
          "expires_after[seconds]": "86400",
        }),
      ),
    );
  });

  it("lists, retrieves and deletes files", async () => {
    const page = await openai.files.list();
    expect(page.data).toEqual(exampleValue<{ data: unknown[] }>(ruleExample("listFiles")).data);
    expect(await openai.files.retrieve("file-api-7f3a9c")).toEqual(exampleValue(ruleExample("retrieveFile")));
    expect(await openai.files.delete("file-api-7f3a9c")).toEqual(exampleValue(ruleExample("deleteFile")));
  });

  it("gets an AuthenticationError for a request without a key", async () => {
    // The SDK insists on a key; a null header removes it from the request.
    const keyless = new OpenAI({
      baseURL: mock.url,
      apiKey: "unused",
      defaultHeaders: { authorization: null },
      maxRetries: 0,
    });
    const failure = await keyless.models.list().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((failure as InstanceType<typeof OpenAI.AuthenticationError>).error).toEqual(
      exampleValue<{ error: unknown }>("error-401-authentication-fails").error,
    );
  });
});
