import { defaultModel } from "../../src/options.js";

/** Hand-made stream pieces for tests: a chat chunk, a content delta, and a body of `data:` events. */
export function chatChunk(choices: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "s-1",
    object: "chat.completion.chunk",
    created: 1781043600,
    model: defaultModel(),
    choices,
    ...extra,
  };
}

export function contentDelta(content: string, finish: string | null = null): Record<string, unknown> {
  return { index: 0, delta: { content }, finish_reason: finish };
}

/** The events as a `text/event-stream` body, `[DONE]` last; `separator` ends each event (a blank line by right). */
export function eventStream(chunks: readonly unknown[], separator = "\n\n"): string {
  return [...chunks.map((c) => `data: ${JSON.stringify(c)}`), "data: [DONE]"]
    .map((e) => e + separator)
    .join("");
}
