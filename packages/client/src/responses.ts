import { forEachEvent } from "./each-event.js";
import { DeepSeekError } from "./errors.js";
import { responsesBaseURL } from "./generated/providers.js";
import { namedEventStream } from "./named-stream.js";
import { type CreateOperation, callOperation } from "./operation.js";
import type { RequestOptions } from "./request.js";
import type { Stream } from "./stream.js";
import type {
  ResponseFunctionCall,
  ResponseObject,
  ResponseOutputItem,
  ResponseRequest,
  ResponseStreamEvent,
  ResponseUsage,
} from "./types.js";

export type ResponseStream = Stream<ResponseStreamEvent>;

const responseEvents = namedEventStream(["response.completed", "response.incomplete", "response.failed"]);

/** `POST /responses` (OpenAI Responses format); with `stream: true` a `Stream` of its named events. */
export const createResponse = (async (client: object, request: ResponseRequest, options?: RequestOptions) =>
  callOperation(
    client,
    { method: "POST", path: "/responses", server: responsesBaseURL, body: request },
    options,
    request?.stream === true && responseEvents,
  )) as CreateOperation<ResponseRequest, ResponseObject, ResponseStreamEvent>;

/** A streamed response put together. */
export interface CollectedResponse {
  /** The text of the message items. */
  text: string;
  /** The chain of thought of the reasoning items. */
  reasoning: string;
  /** The function calls, their arguments whole. */
  functionCalls: ResponseFunctionCall[];
  /** Every output item, in order: send them back in `input` next turn (reasoning included) for a tool loop. */
  output: ResponseOutputItem[];
  /** `completed` or `incomplete` (see `response.incomplete_details`). A failed response throws instead. */
  status: ResponseObject["status"];
  usage: ResponseUsage | null;
  /** The terminal event's response. */
  response: ResponseObject;
}

type Loose = Record<string, unknown> & { content?: Loose[] };

/** Reads a Responses stream to its terminal event and assembles the answer; a `response.failed` throws. */
export async function collectResponse(
  stream: AsyncIterable<ResponseStreamEvent>,
): Promise<CollectedResponse> {
  let text = "";
  let reasoning = "";
  let response: ResponseObject | undefined;
  const items: Loose[] = [];
  await forEachEvent(stream, (event) => {
    switch (event.type) {
      case "response.reasoning_text.delta":
        reasoning += event.delta;
        appendDelta(items, event, "text");
        break;
      case "response.output_text.delta":
        text += event.delta;
        appendDelta(items, event, "text");
        break;
      case "response.function_call_arguments.delta":
        appendDelta(items, event, "arguments");
        break;
      case "response.custom_tool_call_input.delta":
        appendDelta(items, event, "input");
        break;
      case "response.output_item.added":
      case "response.output_item.done":
        items[event.output_index] = structuredClone(event.item) as Loose;
        break;
      case "response.created":
      case "response.in_progress":
      case "response.completed":
      case "response.incomplete":
      case "response.failed":
        response = event.response;
    }
  });
  if (!response || response.status === "in_progress")
    throw new DeepSeekError("Stream ended before response.completed", { type: "response_error" });
  if (response.status === "failed")
    throw new DeepSeekError(response.error?.message ?? "The response failed", {
      type: "response_error",
      code: response.error?.code,
    });
  // The terminal response carries every item whole; assembled ones stand in where a provider leaves it empty.
  const output = response.output?.length ? response.output : (items.filter(Boolean) as ResponseOutputItem[]);
  return {
    text,
    reasoning,
    functionCalls: output.filter((item): item is ResponseFunctionCall => item.type === "function_call"),
    output,
    status: response.status,
    usage: response.usage ?? null,
    response,
  };
}

type DeltaEvent = { output_index: number; content_index?: number; delta: string };

/** Adds a delta to its item (until the item's `done` event replaces it whole). */
function appendDelta(items: Loose[], { output_index, content_index, delta }: DeltaEvent, field: string) {
  const item = items[output_index];
  if (!item) return;
  let target: Loose = item;
  if (content_index !== undefined) {
    item.content ??= [];
    target = item.content[content_index] ??= {
      type: item.type === "reasoning" ? "reasoning_text" : "output_text",
    };
  }
  target[field] = `${target[field] ?? ""}${delta}`;
}
