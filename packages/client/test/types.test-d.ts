// Type-level tests, checked by tsc through `vitest run` (typecheck): the result type follows `stream`, and wrong
// requests do not compile.
import { describe, expectTypeOf, it } from "vitest";
import {
  type AssistantMessage,
  type ChatCompletion,
  type ChatCompletionChunk,
  type ChatCompletionStream,
  type ChatMessage,
  type ClientErrorType,
  type CollectedChatCompletion,
  type Completion,
  type CompletionChunk,
  type CompletionStream,
  collectStream,
  createDeepSeekClient,
  type DeepSeekError,
  type KnownModelId,
  type ModelId,
  type ModelList,
  type paths,
  type Stream,
  type UserBalance,
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
