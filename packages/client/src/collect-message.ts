import { forEachEvent } from "./each-event.js";
import { DeepSeekError } from "./errors.js";
import type { AnthropicContentBlock, AnthropicMessage, AnthropicStreamEvent } from "./types.js";

/** A streamed Anthropic-format message put together. */
export interface CollectedMessage {
  /** The text of the text blocks. */
  text: string;
  /** The chain of thought of the thinking blocks. */
  thinking: string;
  /**
   * The whole message. For a tool loop send `{ role: "assistant", content: message.content }` back: its thinking
   * blocks keep their `signature` where the server sent one and have none where it did not.
   */
  message: AnthropicMessage;
}

type Block = AnthropicContentBlock & {
  text?: string;
  thinking?: string;
  signature?: string;
  input?: unknown;
};

/** Reads an Anthropic-format stream to its `message_stop` and assembles the message. */
export async function collectMessage(stream: AsyncIterable<AnthropicStreamEvent>): Promise<CollectedMessage> {
  let message: AnthropicMessage | undefined;
  let text = "";
  let thinking = "";
  const blocks: Block[] = [];
  const inputs: string[] = []; // a tool call's input JSON, in pieces until its block stops
  await forEachEvent(stream, (event) => {
    if (event.type === "message_start") message = structuredClone(event.message);
    else if (event.type === "content_block_start") blocks[event.index] = structuredClone(event.content_block);
    else if (event.type === "content_block_delta") {
      const block = blocks[event.index] ?? unstarted(event.index);
      const { delta } = event;
      if (delta.type === "text_delta") {
        text += delta.text;
        block.text = (block.text ?? "") + delta.text;
      } else if (delta.type === "thinking_delta") {
        thinking += delta.thinking;
        block.thinking = (block.thinking ?? "") + delta.thinking;
      } else if (delta.type === "signature_delta")
        block.signature = (block.signature ?? "") + delta.signature;
      else inputs[event.index] = (inputs[event.index] ?? "") + delta.partial_json;
    } else if (event.type === "content_block_stop" && inputs[event.index] !== undefined) {
      const block = blocks[event.index] ?? unstarted(event.index);
      block.input = parseInput(inputs[event.index] as string, event.index);
    } else if (event.type === "message_delta" && message) {
      Object.assign(message, event.delta);
      message.usage = { ...message.usage, ...event.usage } as AnthropicMessage["usage"];
    }
  });
  if (!message) throw new DeepSeekError("Stream ended without message_start", { type: "response_error" });
  message.content = blocks.filter(Boolean);
  return { text, thinking, message };
}

function unstarted(index: number): never {
  throw new DeepSeekError(`A delta for content block ${index}, which never started`, {
    type: "response_error",
  });
}

/** A tool call's input, whole: the model may write JSON that does not parse, which is the answer's fault. */
function parseInput(json: string, index: number): unknown {
  try {
    return JSON.parse(json || "{}");
  } catch {
    throw new DeepSeekError(`The input of tool call block ${index} is not JSON: ${json.slice(0, 300)}`, {
      type: "response_error",
      rawBody: json,
    });
  }
}
