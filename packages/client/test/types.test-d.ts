// Type-level tests, checked by tsc through `vitest run` (typecheck): the result type follows `stream`, and wrong
// requests do not compile.
import { describe, expectTypeOf, it } from "vitest";
import {
  type AnthropicFileList,
  type AnthropicFileObject,
  type AnthropicMessage,
  type AnthropicMessageParam,
  type AnthropicStreamEvent,
  type AssistantMessage,
  type ChatCompletion,
  type ChatCompletionChunk,
  type ChatCompletionStream,
  type ChatMessage,
  type ClientErrorType,
  type CollectedChatCompletion,
  type CollectedMessage,
  type CollectedResponse,
  type Completion,
  type CompletionChunk,
  type CompletionStream,
  collectMessage,
  collectResponse,
  collectStream,
  createDeepSeekClient,
  createMessage,
  createResponse,
  type DeepSeekError,
  deleteFile,
  type FileContentPart,
  type FileDeleted,
  type FileList,
  type FileObject,
  type FinishReason,
  type KnownModelId,
  listAnthropicFiles,
  listFiles,
  type ModelId,
  type ModelList,
  type paths,
  type ResponseObject,
  type ResponseStreamEvent,
  retrieveAnthropicFile,
  type Stream,
  type ToolMessage,
  type UserBalance,
  type UserContentPart,
  uploadAnthropicFile,
  uploadFile,
} from "../src/index.js";

const deepseek = createDeepSeekClient({ apiKey: "k" });
const messages: ChatMessage[] = [{ role: "user", content: "hi" }];
const model = "deepseek-v4-flash";

describe("stream narrows the result", () => {
  it("without stream, or with stream: false, a ChatCompletion", () => {
    expectTypeOf(
      deepseek.chat.completions.create({ model: "deepseek-v4-flash", messages }),
    ).resolves.toEqualTypeOf<ChatCompletion>();
    expectTypeOf(
      deepseek.chat.completions.create({ model: "deepseek-v4-flash", messages, stream: false }),
    ).resolves.toEqualTypeOf<ChatCompletion>();
  });

  it("with stream: true, an async iterable of ChatCompletionChunk", () => {
    const stream = deepseek.chat.completions.create({ model: "deepseek-v4-flash", messages, stream: true });
    expectTypeOf(stream).resolves.toEqualTypeOf<ChatCompletionStream>();
    expectTypeOf<ChatCompletionStream>().toExtend<AsyncIterable<ChatCompletionChunk>>();
    expectTypeOf<ChatCompletionStream>().toEqualTypeOf<Stream<ChatCompletionChunk>>();
  });

  it("with a boolean only known at run time, either", () => {
    const stream: boolean = Math.random() > 0.5;
    expectTypeOf(
      deepseek.chat.completions.create({ model: "deepseek-v4-flash", messages, stream }),
    ).resolves.toEqualTypeOf<ChatCompletion | ChatCompletionStream>();
  });

  it("FIM narrows the same way", () => {
    expectTypeOf(
      deepseek.completions.create({ model: "deepseek-v4-pro", prompt: "a" }),
    ).resolves.toEqualTypeOf<Completion>();
    expectTypeOf(
      deepseek.completions.create({ model: "deepseek-v4-pro", prompt: "a", stream: true }),
    ).resolves.toEqualTypeOf<CompletionStream>();
    expectTypeOf<CompletionStream>().toExtend<AsyncIterable<CompletionChunk>>();
  });

  it("models and balance", () => {
    expectTypeOf(deepseek.models.list()).resolves.toEqualTypeOf<ModelList>();
    expectTypeOf(deepseek.user.getBalance({ timeout: 1_000 })).resolves.toEqualTypeOf<UserBalance>();
  });

  it("each method's result is its operation's 200 answer in the spec's paths, not a type chosen by hand", () => {
    type Answer<Path extends keyof paths, Method extends "get" | "post"> = paths[Path][Method] extends {
      responses: { 200: { content: infer Content } };
    }
      ? Content
      : never;
    type Json<Path extends keyof paths, Method extends "get" | "post"> =
      Answer<Path, Method> extends {
        "application/json": infer Body;
      }
        ? Body
        : never;
    expectTypeOf(deepseek.models.list()).resolves.toEqualTypeOf<Json<"/models", "get">>();
    expectTypeOf(deepseek.user.getBalance()).resolves.toEqualTypeOf<Json<"/user/balance", "get">>();
    expectTypeOf(deepseek.chat.completions.create({ model, messages })).resolves.toEqualTypeOf<
      Json<"/chat/completions", "post">
    >();
    expectTypeOf(deepseek.completions.create({ model, prompt: "def f():" })).resolves.toEqualTypeOf<
      Json<"/completions", "post">
    >();
  });

  it("chunks are typed without casts, and collectStream gives the message to send back", async () => {
    const stream = await deepseek.chat.completions.create({
      model: "deepseek-v4-flash",
      messages,
      stream: true,
    });
    for await (const chunk of stream) {
      expectTypeOf(chunk.choices[0]?.delta.content).toEqualTypeOf<string | null | undefined>();
      expectTypeOf(chunk.choices[0]?.delta.reasoning_content).toEqualTypeOf<string | null | undefined>();
    }
    const result = await collectStream(stream);
    expectTypeOf(result).toEqualTypeOf<CollectedChatCompletion>();
    expectTypeOf(result.message).toEqualTypeOf<AssistantMessage>();
    expectTypeOf(result.message).toExtend<ChatMessage>();
    expectTypeOf(result.content).toEqualTypeOf<string>();
  });
});

describe("wrong requests do not compile", () => {
  it("rejects unknown fields, wrong types and missing fields", () => {
    // @ts-expect-error: `prompt` is not a chat field
    deepseek.chat.completions.create({ model: "deepseek-v4-flash", messages, prompt: "x" });
    // @ts-expect-error: `messages` is required
    deepseek.chat.completions.create({ model: "deepseek-v4-flash" });
    // @ts-expect-error: temperature is a number
    deepseek.chat.completions.create({ model: "deepseek-v4-flash", messages, temperature: "hot" });
    // @ts-expect-error: no such role
    deepseek.chat.completions.create({ model, messages: [{ role: "robot", content: "x" }] });
    // @ts-expect-error: a tool message needs tool_call_id
    deepseek.chat.completions.create({ model, messages: [{ role: "tool", content: "42" }] });
    // @ts-expect-error: an assistant message needs content or tool_calls
    deepseek.chat.completions.create({ model, messages: [{ role: "assistant" }] });
    // @ts-expect-error: tool_calls: null does not stand in for content
    deepseek.chat.completions.create({ model, messages: [{ role: "assistant", tool_calls: null }] });
    // @ts-expect-error: FIM needs a prompt
    deepseek.completions.create({ model: "deepseek-v4-pro", suffix: "x" });
    // @ts-expect-error: not an option of a call
    deepseek.models.list({ retries: 3 });
    // @ts-expect-error: not a provider of the spec
    createDeepSeekClient({ provider: "openai" });
  });

  it("accepts any model ID, and knows the documented ones", () => {
    deepseek.chat.completions.create({ model: "deepseek-ai/DeepSeek-R1", messages });
    expectTypeOf<"deepseek-v4-flash">().toExtend<KnownModelId>();
    expectTypeOf<KnownModelId>().toExtend<ModelId>();
    expectTypeOf<"any-provider-model">().toExtend<ModelId>();
  });

  it("DeepSeekError carries the API's fields", () => {
    expectTypeOf<DeepSeekError["status"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<DeepSeekError["requestId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DeepSeekError["rawBody"]>().toEqualTypeOf<string | undefined>();
  });

  it("DeepSeekError's type, code and param are never null, and type names the client's own kinds", () => {
    expectTypeOf<null>().not.toExtend<DeepSeekError["type"]>();
    expectTypeOf<null>().not.toExtend<DeepSeekError["code"]>();
    expectTypeOf<null>().not.toExtend<DeepSeekError["param"]>();
    expectTypeOf<ClientErrorType>().toExtend<NonNullable<DeepSeekError["type"]>>();
    expectTypeOf<"invalid_request_error">().toExtend<NonNullable<DeepSeekError["type"]>>();
  });
});

describe("what DeepSeek's docs of 2026-09 allow and refuse", () => {
  const question = { role: "user", content: "What is in the chart?" } as const;

  it("accepts reasoning_effort none, and refuses a level that does not exist", () => {
    deepseek.chat.completions.create({ model, messages, reasoning_effort: "none" });
    // @ts-expect-error: not an effort level
    deepseek.chat.completions.create({ model, messages, reasoning_effort: "extreme" });
  });

  it("accepts a tool message whose content is a list of parts", () => {
    deepseek.chat.completions.create({
      model,
      messages: [
        question,
        {
          role: "tool",
          tool_call_id: "call_0",
          content: [
            { type: "text", text: "The chart:" },
            { type: "image_url", image_url: { url: "https://example.com/chart.png" } },
          ],
        },
      ],
    });
    const unknownPart: ToolMessage = {
      role: "tool",
      tool_call_id: "call_0",
      // @ts-expect-error: a part needs a known type
      content: [{ type: "input_text", text: "x" }],
    };
    void unknownPart;
  });

  it("takes a flat file part by file_id or by file_data with a filename, never both and never neither", () => {
    const byId: FileContentPart = { type: "file", file_id: "file-api-7f3a9c" };
    const inline: FileContentPart = {
      type: "file",
      file_data: "data:image/png;base64,iVBORw0KGgo=",
      filename: "a.png",
    };
    expectTypeOf(byId).toExtend<UserContentPart>();
    deepseek.chat.completions.create({ model, messages: [{ role: "user", content: [byId, inline] }] });
    // @ts-expect-error: file_id and file_data exclude each other
    const both: FileContentPart = {
      type: "file",
      file_id: "file-api-7f3a9c",
      file_data: "data:image/png;base64,AA==",
    };
    // @ts-expect-error: filename goes only with file_data
    const namedId: FileContentPart = { type: "file", file_id: "file-api-7f3a9c", filename: "a.png" };
    // @ts-expect-error: a file part needs file_id or file_data
    const neither: FileContentPart = { type: "file" };
    // @ts-expect-error: not OpenAI's nested file object
    const nested: FileContentPart = { type: "file", file: { file_id: "file-api-7f3a9c" } };
    void [both, namedId, neither, nested];
  });

  it("accepts a function name of 128 characters", () => {
    const name = "a".repeat(64) + "_B-9".repeat(16);
    deepseek.chat.completions.create({
      model,
      messages,
      tools: [{ type: "function", function: { name } }],
      tool_choice: { type: "function", function: { name } },
      thinking: { type: "disabled" },
    });
  });

  it("reports finish_reason aborted, in chat and in FIM", () => {
    expectTypeOf<"aborted">().toExtend<FinishReason>();
    expectTypeOf<"aborted">().toExtend<Completion["choices"][number]["finish_reason"]>();
    expectTypeOf<"done">().not.toExtend<FinishReason>();
  });
});

describe("the Responses, Files and Anthropic-format operations", () => {
  const client = createDeepSeekClient({ apiKey: "sk-test" });
  const anthropicRequest = {
    model: "deepseek-v4-flash",
    max_tokens: 100,
    messages: [{ role: "user" as const, content: "hi" }],
  };

  it("createResponse: with stream: true a Stream of ResponseStreamEvent, otherwise a ResponseObject", () => {
    expectTypeOf(createResponse(client, { model: "m", input: "hi", stream: true })).resolves.toEqualTypeOf<
      Stream<ResponseStreamEvent>
    >();
    expectTypeOf(
      createResponse(client, { model: "m", input: "hi" }),
    ).resolves.toEqualTypeOf<ResponseObject>();
    expectTypeOf(
      createResponse(client, { model: "m", input: "hi", stream: false }),
    ).resolves.toEqualTypeOf<ResponseObject>();
    const flag = Math.random() > 0.5;
    expectTypeOf(createResponse(client, { model: "m", input: "hi", stream: flag })).resolves.toEqualTypeOf<
      ResponseObject | Stream<ResponseStreamEvent>
    >();
    expectTypeOf(collectResponse).parameter(0).toEqualTypeOf<AsyncIterable<ResponseStreamEvent>>();
    expectTypeOf(collectResponse).returns.resolves.toEqualTypeOf<CollectedResponse>();
    // @ts-expect-error: input is required
    createResponse(client, { model: "m" });
  });

  it("createMessage: with stream: true a Stream of AnthropicStreamEvent, otherwise an AnthropicMessage", () => {
    expectTypeOf(createMessage(client, { ...anthropicRequest, stream: true })).resolves.toEqualTypeOf<
      Stream<AnthropicStreamEvent>
    >();
    expectTypeOf(createMessage(client, anthropicRequest)).resolves.toEqualTypeOf<AnthropicMessage>();
    expectTypeOf(collectMessage).returns.resolves.toEqualTypeOf<CollectedMessage>();
    // The collected content goes back as an assistant turn, thinking blocks included.
    expectTypeOf<CollectedMessage["message"]["content"]>().toExtend<AnthropicMessageParam["content"]>();
    // @ts-expect-error: max_tokens is required
    createMessage(client, { model: "m", messages: [] });
  });

  it("files: uploads take a Blob, IDs a string", () => {
    expectTypeOf(
      uploadFile(client, { file: new Blob([]), purpose: "user_data" }),
    ).resolves.toEqualTypeOf<FileObject>();
    // @ts-expect-error: the file is a Blob, not a path
    uploadFile(client, { file: "./a.png", purpose: "user_data" });
    expectTypeOf(listFiles(client, { limit: 10, order: "desc" })).resolves.toEqualTypeOf<FileList>();
    expectTypeOf(deleteFile(client, "file-1")).resolves.toEqualTypeOf<FileDeleted>();
    expectTypeOf(
      uploadAnthropicFile(client, { file: new File([], "a.png") }),
    ).resolves.toEqualTypeOf<AnthropicFileObject>();
    expectTypeOf(listAnthropicFiles(client, { after_id: "f" })).resolves.toEqualTypeOf<AnthropicFileList>();
    expectTypeOf(retrieveAnthropicFile(client, "f")).resolves.toEqualTypeOf<AnthropicFileObject>();
    // @ts-expect-error: the Anthropic list has no `order`
    listAnthropicFiles(client, { order: "asc" });
  });
});
