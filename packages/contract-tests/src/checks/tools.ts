import { firstMessage } from "../assertions/chat-completion.js";
import { excerpt, isRecord } from "../assertions/excerpt.js";
import { parseJson } from "../assertions/json-response.js";
import { completeChat, streamChat } from "./chat-requests.js";
import { type CheckContext, featureChecks } from "./check.js";
import { toolCallChat, weatherTool } from "./requests.js";

/**
 * The model called the offered tool, with arguments that are a JSON object. That finish_reason says so is one of
 * the invariants `completeChat` and `streamChat` check for every completion.
 */
function checkToolCalls(context: CheckContext, completion: unknown, at: string): Record<string, unknown>[] {
  const message = firstMessage(completion);
  if (!message) return [];
  const calls = Array.isArray(message.tool_calls) ? message.tool_calls.filter(isRecord) : [];
  if (calls.length === 0) {
    context.fail(
      `${at}.message.tool_calls`,
      "must hold the call of get_weather (the prompt asks for it); got none",
    );
    return [];
  }
  calls.forEach((call, index) => {
    const fn = isRecord(call.function) ? call.function : {};
    const path = `${at}.message.tool_calls[${index}].function`;
    if (fn.name !== weatherTool.function.name) {
      context.fail(`${path}.name`, `must name an offered tool (get_weather); got ${JSON.stringify(fn.name)}`);
    }
    if (typeof fn.arguments !== "string") return; // the schema reports it
    if (!isRecord(parseJson(fn.arguments))) {
      context.fail(`${path}.arguments`, `must be a JSON object in a string; got ${excerpt(fn.arguments)}`);
    }
  });
  return calls;
}

export const toolChecks = featureChecks("tools", [
  {
    name: "call",
    title: "a tool call: tool_calls with JSON arguments and finish_reason tool_calls",
    async run(context) {
      const completion = await completeChat(context, toolCallChat(context.target.model), {
        mockExample: "tool-call-response",
      });
      checkToolCalls(context, completion, "choices[0]");
    },
  },
  {
    name: "stream",
    title: "a streamed tool call: fragments merge by index into JSON arguments",
    async run(context) {
      const completion = await streamChat(
        context,
        toolCallChat(context.target.model, { stream: true, stream_options: { include_usage: true } }),
        { mockExample: "stream-tool-call" },
      );
      if (completion) checkToolCalls(context, completion, "(accumulated) choices[0]");
    },
  },
  {
    name: "round-trip",
    title: "a tool result sent back (assistant message + tool message) is answered",
    async run(context) {
      const request = toolCallChat(context.target.model);
      const call = await completeChat(context, request, { mockExample: "tool-call-response" });
      const message = firstMessage(call);
      const calls = checkToolCalls(context, call, "choices[0]");
      if (!message || calls.length === 0) return;
      // Sent back exactly as received (reasoning_content included: thinking-mode tool loops require it).
      const toolMessages = calls.map((toolCall) => ({
        role: "tool",
        tool_call_id: toolCall.id,
        content: '{"temperature_c": 24, "condition": "sunny"}',
      }));
      const followUp = {
        ...request,
        messages: [...(request.messages as unknown[]), message, ...toolMessages],
      };
      const answer = await completeChat(context, followUp);
      const content = firstMessage(answer)?.content;
      if (typeof content !== "string" || content.trim() === "") {
        context.fail(
          "choices[0].message.content",
          `must answer with the tool's result; got ${JSON.stringify(content)}`,
        );
      }
    },
  },
]);
